/**
 * Shared harness of the SIGKILL crash tests (issue 9): bundles a child (and the job worker) once with esbuild, as
 * the app's build does, so a run costs the job under test rather than a TypeScript compile; starts the child and
 * kills it at a random moment after it printed `started`, with the span learnt from runs that finished, so that
 * most kills land mid-job whether the machine is idle or loaded; checks a file on a fresh connection.
 * Used by test/unit/redemptions/crash.test.ts and test/unit/influencers/crash.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '../..');

export interface CrashBundle {
  child: string;
  worker: string;
  cleanup(): void;
}

/** Bundles `entry` (a child under test/helpers) and the job worker; inside the repository, so that the bundles
 * resolve node_modules and the migrations folder as the sources do. */
export async function bundleChild(entry: string): Promise<CrashBundle> {
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'test-results/crash-bundle-'));
  const child = path.join(dir, 'child.mjs');
  const worker = path.join(dir, 'worker.mjs');
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' } as const;
  await build({ ...common, entryPoints: [path.resolve(root, entry)], outfile: child });
  await build({ ...common, entryPoints: [path.join(root, 'src/main/jobs/worker.ts')], outfile: worker });
  return { child, worker, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface KillResult {
  /** 'finished' when the child printed `finished` before the kill. */
  outcome: 'killed' | 'finished';
  /** From `started` to `finished`, when it finished. */
  tookMs: number | null;
}

/** Runs the child with `args` and SIGKILLs it `afterMs` after it printed `started`. */
export function killDuringJob(childFile: string, args: string[], afterMs: number): Promise<KillResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let startedAt = 0;
    let tookMs: number | null = null;
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('started') && !startedAt) {
        startedAt = Date.now();
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
      if (out.includes('finished') && tookMs === null) tookMs = Date.now() - startedAt;
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ outcome: tookMs === null ? 'killed' : 'finished', tookMs });
      else reject(new Error(`child ended with ${code}: ${err.slice(0, 500)}`));
    });
  });
}

/**
 * The kill moment: uniform over the job's own duration on this machine (learnt from the runs that finished), a
 * little past it, so that some kills land after the job was done.
 */
export class KillMoment {
  constructor(private span: number) {}
  next(): number {
    return Math.floor(Math.random() * this.span * 1.15);
  }
  learn(r: KillResult): void {
    if (r.tookMs !== null) this.span = Math.max(50, r.tookMs);
  }
}

/**
 * integrity_check on a connection of its own: a long-lived connection that ran an FTS5 integrity check before
 * another connection wrote the index reports a stale cache as corruption (a fresh one, and queries, are fine).
 */
export function integrityOf(file: string): unknown {
  const c = new Database(file, { readonly: true });
  try {
    return c.pragma('integrity_check', { simple: true });
  } finally {
    c.close();
  }
}
