import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import fs from 'node:fs';

/** The renderer's features: each may import shared UI (components/), helpers (lib/), api/, i18n/ — never another feature. */
const FEATURES = fs.readdirSync('src/renderer/src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const BASE_ZONES = [
  { target: './src/renderer', from: './src/main', message: 'The renderer reaches the core only through the contract (src/shared) and the API client.' },
  { target: './src/renderer', from: './src/preload', message: 'The renderer uses window.kollab through src/renderer/src/api, not the preload module.' },
  { target: './src/shared', from: ['./src/main', './src/renderer', './src/preload'], message: 'src/shared is imported by every side and imports none of them.' },
  { target: './src/main', from: ['./src/renderer', './src/preload'], message: 'The core never imports the renderer or the preload.' },
  {
    target: './src/main/shell',
    from: './src/main',
    except: ['./shell', './core/context.ts', './db/connection.ts', './briefings/pdf.ts'],
    message: 'The shell starts the core (core/context.ts) and prints PDFs; it does not reach into domain internals.',
  },
];
const DEMO_ZONE = {
  target: './src/main',
  from: './src/main/demo',
  message: 'Production code never imports demo code (the demo is loaded only by the workspace reset job).',
};
const FEATURE_ZONES = FEATURES.map((f) => ({
  target: `./src/renderer/src/features/${f}`,
  from: './src/renderer/src/features',
  except: [`./${f}`],
  message: 'No imports across renderer features: move shared UI to components/ and helpers to lib/.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // Domain code, the shared contract and the renderer never import Electron: only the thin shell and
    // the preload do, so everything that matters runs (and is tested) without it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/shell/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src/main/shell and src/preload may import electron.' }],
          patterns: [{ group: ['electron/*'], message: 'Only src/main/shell and src/preload may import electron.' }],
        },
      ],
    },
  },
  // Layering (after bulletproof-react's import/no-restricted-paths zones and Signal's process rules).
  // test/unit/core/layering.test.ts proves each zone fails on a deliberately wrong import.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      // Without these, import-x reads only .js dependencies and never sees a cycle through .ts files.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...BASE_ZONES, DEMO_ZONE, ...FEATURE_ZONES] }],
    },
  },
  // The demo's own files import each other. LEGACY: the other files listed still import the demo and are
  // being moved; the list may only shrink.
  {
    files: ['src/main/demo/**', 'src/main/core/context.ts', 'src/main/jobs/tasks.ts', 'src/main/redemptions/values.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...BASE_ZONES, ...FEATURE_ZONES] }] },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
