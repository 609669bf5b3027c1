#!/usr/bin/env node
// `npm test`: every suite in order — typecheck, lint, Electron security scan, build, unit/component tests
// (vitest, real SQLite files), end-to-end tests (Playwright in Debian's Chromium against the browser mode).
// Ends with one line `N passed, N failed` over all suites. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const summary = [];
// The names of failed tests, printed above the summary: CI keeps only the end of the output.
const failures = [];

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, secs };
}

// The first line of a failure message without colour codes, cut to fit one line.
function oneLine(text) {
  const esc = String.fromCharCode(27);
  const first = String(text ?? '')
    .split(esc)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('')
    .split('\n')
    .find((l) => l.trim() !== '') ?? '';
  return first.trim().slice(0, 200);
}

function check(label, cmd, args) {
  const r = run(label, cmd, args);
  if (r.ok) passed++;
  else failed++;
  summary.push(`${r.ok ? 'ok  ' : 'FAIL'} ${label} (${r.secs}s)`);
  return r.ok;
}

function suite(label, cmd, args, reportFile, { count, failedNames, env = {} }) {
  fs.rmSync(reportFile, { force: true });
  const r = run(label, cmd, args, env);
  let counted;
  try {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    counted = count(report);
    try {
      failures.push(...failedNames(report));
    } catch {
      // the names are a help only; the counts above decide
    }
  } catch {
    counted = [0, 1]; // the runner did not get as far as writing its report
  }
  let [p, f] = counted;
  if (!r.ok && f === 0) f = 1;
  passed += p;
  failed += f;
  summary.push(`${f === 0 ? 'ok  ' : 'FAIL'} ${label}: ${p} passed, ${f} failed (${r.secs}s)`);
}

check('native module built for Node', process.execPath, ['scripts/ensure-node-abi.mjs']);
check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['.']);
check('Electron security scan (electronegativity)', process.execPath, ['scripts/electronegativity.mjs']);
const built = check('build (electron-vite)', process.execPath, ['scripts/build.mjs']);

const vitestReport = path.join(results, 'vitest.json');
suite(
  'unit and component tests (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  {
    count: (j) => [j.numPassedTests, j.numFailedTests + (j.numRuntimeErrorTests ?? 0) + (j.success === false && j.numFailedTests === 0 ? 1 : 0)],
    failedNames: (j) =>
      j.testResults.flatMap((file) => {
        const where = path.relative(root, file.name);
        const tests = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
        if (tests.length === 0 && file.status === 'failed') return [`vitest ${where}: ${oneLine(file.message)}`];
        return tests.map((a) => `vitest ${where} › ${a.fullName}: ${oneLine(a.failureMessages?.[0])}`);
      }),
  },
);

if (built) {
  const pwReport = path.join(results, 'playwright.json');
  suite(
    'end-to-end tests (Playwright, Chromium)',
    bin('playwright'),
    ['test'],
    pwReport,
    {
      count: (j) => [j.stats.expected + (j.stats.flaky ?? 0), j.stats.unexpected + (j.errors?.length ? 1 : 0)],
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport },
      failedNames: (j) => {
        const names = [];
        const walk = (s, trail) => {
          for (const spec of s.specs ?? []) {
            for (const t of spec.tests ?? []) {
              if (t.status !== 'unexpected') continue;
              const last = t.results?.[t.results.length - 1];
              names.push(`playwright ${spec.file}:${spec.line} › ${[...trail, spec.title].join(' › ')}: ${oneLine(last?.error?.message)}`);
            }
          }
          for (const child of s.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...trail, child.title] : trail);
        };
        for (const s of j.suites ?? []) walk(s, []);
        return names;
      },
    },
  );
} else {
  failed++;
  summary.push('FAIL end-to-end tests: skipped because the build failed');
}

process.stdout.write(`\n${summary.join('\n')}\n`);
if (failures.length > 0) {
  const shown = failures.slice(0, 30);
  process.stdout.write(`\nFailed:\n${shown.map((f) => `  ✗ ${f}`).join('\n')}\n`);
  if (failures.length > shown.length) process.stdout.write(`  … and ${failures.length - shown.length} more\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
