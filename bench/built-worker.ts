/**
 * The job worker as the app ships it: one bundle with its task modules split into chunks that load on demand
 * (what electron-vite builds into out/main/worker.js), built by esbuild into out/bench-worker/. Run from source,
 * every job worker would first compile its whole module graph through tsx (seconds) — a cost of the dev set-up,
 * not of the import.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the worker bundle of the sources under `from` (default: this checkout) and returns its entry file (for createCore's `workerFile`). */
export async function builtWorker(from = root): Promise<string> {
  const outdir = path.join(from, 'out', 'bench-worker');
  await build({
    entryPoints: { worker: path.join(from, 'src/main/jobs/worker.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'error',
  });
  return path.join(outdir, 'worker.js');
}
