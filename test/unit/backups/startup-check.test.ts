/**
 * Issue 9: the start-up look at the workspace file (schema version, quick_check — about a second at 1M orders)
 * runs in a worker on a read-only connection. Meanwhile the workspace answers `recovery.status` with
 * starting/checking, the file is not written to (not a byte, no WAL), and other calls wait for the core.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { startWorkspace, type StartPhase } from '../../../src/main/core/context';
import { tempDir } from '../../helpers/tmp';

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function workspace(dir: string, people: number): string {
  const file = path.join(dir, 'kollab.db');
  const db = openDatabase(file);
  const ins = db.$client.prepare('INSERT INTO influencers (name) VALUES (?)');
  db.$client.transaction(() => {
    for (let i = 0; i < people; i++) ins.run(`Person ${i}`);
  })();
  db.$client.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"')").run();
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  return file;
}

describe('start-up check in a worker', () => {
  it('answers starting/checking and leaves the file untouched until the check passed', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = workspace(t.dir, 50);
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    const before = sha(file);

    const phases: StartPhase[] = [];
    // The check is made slow, so the state during it can be observed.
    const w = startWorkspace({ dataDir: t.dir, quietLog: true, firstRun: 'empty', checkDelayMs: 400, onPhase: (p) => phases.push(p) });
    cleanups.push(() => w.close());
    expect(await w.dispatch('recovery.status', {})).toEqual({ ok: true, value: { state: 'starting', phase: 'checking' } });
    const list = w.dispatch('influencers.list', { limit: 1 });
    // The thread stays free: the event loop turns while the check runs, and the answer is still the same.
    await new Promise((r) => setImmediate(r));
    expect(await w.dispatch('recovery.status', {})).toEqual({ ok: true, value: { state: 'starting', phase: 'checking' } });
    expect(w.current()).toBeNull();
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    await w.ready;
    expect(phases).toEqual(['checking']);
    expect(await w.dispatch('recovery.status', {})).toEqual({ ok: true, value: { state: 'ok' } });
    expect(await list).toMatchObject({ ok: true, value: { total: 50 } });
  }, 30_000);

  it('a damaged file found by the worker leads to the recovery state, the file byte for byte unchanged', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = workspace(t.dir, 3000);
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    // Garbage over a page in the middle of the table.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 5);
    fs.closeSync(fd);
    const before = sha(file);

    const w = startWorkspace({ dataDir: t.dir, quietLog: true, firstRun: 'empty' });
    cleanups.push(() => w.close());
    await w.ready;
    expect(await w.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { state: 'recovery', problem: 'corrupt' } });
    expect(w.current()).toBeNull();
    expect(sha(file)).toBe(before);
  }, 30_000);
});
