import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { createCore } from '../../../src/main/core/context';
import { defaultMigrationsDir, openDatabase } from '../../../src/main/db/connection';
import { listBackups } from '../../../src/main/backups/service';
import { tempDir } from '../../helpers/tmp';

/**
 * SIGKILL at random moments during backups and restores, 50 runs each: afterwards every file is sound
 * (integrity_check), the workspace holds one whole state (all of a source's rows or all of the other's — never a
 * mix), and the core starts. The child is a bundle of the real modules (esbuild), so a run takes ~0.3 s.
 */
const RUNS = 50;
const CHILD = path.resolve('test-results/crash-child.mjs');
let t: { dir: string; cleanup: () => void };

beforeAll(async () => {
  t = tempDir('kollab-crash-');
  await build({
    entryPoints: [path.resolve('test/unit/backups/crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: CHILD,
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
}, 60_000);
afterAll(() => t?.cleanup());

/**
 * Starts the child, waits for `ready` and a random number (0–2) of finished steps, then kills it at a random moment
 * up to `maxMs` later — so the kills land in every phase of a step, however fast the machine is.
 */
function runAndKill(args: string[], maxMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const rl = readline.createInterface({ input: child.stdout! });
    const delay = Math.floor(Math.random() * maxMs);
    const steps = Math.floor(Math.random() * 3);
    let seen = -1; // `ready` is the first line
    rl.on('line', () => {
      if (++seen === steps) setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(delay) : reject(new Error(`child ended by itself (${code}): ${err}`))));
  });
}

function influencers(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT count(*) FROM influencers').pluck().get() as number;
  } finally {
    db.close();
  }
}

async function startsAndCounts(dir: string): Promise<number> {
  const running = await createCore({ dataDir: dir, quietLog: true, workerFile: inject('workerBundle'), firstRun: 'empty' });
  try {
    const db = running.core.db.$client;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT count(*) FROM influencers').pluck().get() as number;
  } finally {
    await running.close();
  }
}

function workspaceWith(dir: string, people: number): void {
  const db = openDatabase(path.join(dir, 'kollab.db'));
  const insert = db.$client.prepare('INSERT INTO influencers (name, notes) VALUES (?, ?)');
  db.$client.transaction(() => {
    for (let i = 0; i < people; i++) insert.run(`Person ${i}`, 'x'.repeat(2000));
  })();
  db.$client.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"')").run();
  db.$client.close();
}

describe('SIGKILL at random moments', () => {
  it.concurrent(`during backups (${RUNS} runs): every backup and the workspace are sound, and the core starts`, async () => {
    const dir = path.join(t.dir, 'backup');
    fs.mkdirSync(dir);
    workspaceWith(dir, 300);
    let failures = 0;
    let last = 300;
    for (let run = 0; run < RUNS; run++) {
      await runAndKill(['backup', dir, defaultMigrationsDir()], 150);
      try {
        const now = await startsAndCounts(dir); // start-up also removes a half-written backup (*.tmp)
        expect(now).toBeGreaterThanOrEqual(last);
        last = now;
        expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        for (const b of listBackups(dir)) expect(influencers(path.join(dir, 'backups', b.name))).toBeGreaterThanOrEqual(300);
      } catch (err) {
        failures++;
        console.error(`run ${run}:`, err);
      }
    }
    console.log(`backup crash runs: ${RUNS}, failures: ${failures}, backups at the end: ${listBackups(dir).length}, rows: ${last}`);
    expect(failures).toBe(0);
  }, 240_000);

  it.concurrent(`during restores (${RUNS} runs): the workspace is one whole state — either source, never a mix — and the core starts`, async () => {
    const dir = path.join(t.dir, 'restore');
    const sources = path.join(t.dir, 'sources');
    for (const [name, people] of [['a', 100], ['b', 250]] as const) {
      fs.mkdirSync(path.join(sources, name), { recursive: true });
      workspaceWith(path.join(sources, name), people);
    }
    fs.mkdirSync(dir);
    workspaceWith(dir, 100);
    let failures = 0;
    const seen = new Map<number, number>();
    for (let run = 0; run < RUNS; run++) {
      await runAndKill(['restore', dir, defaultMigrationsDir(), path.join(sources, 'a', 'kollab.db'), path.join(sources, 'b', 'kollab.db')], 250);
      try {
        const n = await startsAndCounts(dir); // start-up also removes a half-staged restore
        expect([100, 250]).toContain(n);
        seen.set(n, (seen.get(n) ?? 0) + 1);
        expect(fs.existsSync(path.join(dir, 'kollab.db.restoring'))).toBe(false);
        for (const b of listBackups(dir)) expect([100, 250]).toContain(influencers(path.join(dir, 'backups', b.name)));
      } catch (err) {
        failures++;
        console.error(`run ${run}:`, err);
      }
    }
    console.log(`restore crash runs: ${RUNS}, failures: ${failures}, states after the kill: ${JSON.stringify(Object.fromEntries(seen))}`);
    expect(failures).toBe(0);
    expect(seen.size).toBe(2); // the kills landed both before and after swaps
  }, 240_000);
});
