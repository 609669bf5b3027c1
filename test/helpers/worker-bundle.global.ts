/**
 * Vitest global setup: bundles the job worker once (esbuild, as the app's build does), so every test core starts its
 * workers from one plain JavaScript file instead of compiling the TypeScript sources through tsx in each new worker
 * (seconds per worker on two loaded cores). Tests get the path with `inject('workerBundle')` (helpers/core.ts).
 * Inside the repository, so that the bundle resolves node_modules as the sources do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    workerBundle: string;
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(__dirname, '../..');
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'test-results/worker-bundle-'));
  const file = path.join(dir, 'worker.mjs');
  await build({
    entryPoints: [path.join(root, 'src/main/jobs/worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  project.provide('workerBundle', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
