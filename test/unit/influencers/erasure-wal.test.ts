/**
 * An erasure empties the WAL, also when another connection is checkpointing at that moment (the quiet worker's
 * checkpoint after an import): SQLite answers that TRUNCATE with "busy" at once, and the old page images of the
 * person would stay in kollab.db-wal. Here a second process holds the WAL's checkpointer lock (byte 121 of the -shm
 * file, as SQLite's unix VFS locks it) the way a running checkpoint does; the erasure waits for it and then empties
 * the WAL. Real SQLite file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';

const HOLD_CHECKPOINT_LOCK = `
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 121)
print('locked', flush=True)
sys.stdin.read()
`;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A process holding the checkpointer lock of the workspace's WAL until it is killed. */
async function holdCheckpointLock(dir: string): Promise<ChildProcess> {
  const child = spawn('python3', ['-c', HOLD_CHECKPOINT_LOCK, path.join(dir, 'kollab.db-shm')], { stdio: ['pipe', 'pipe', 'inherit'] });
  cleanups.push(() => void child.kill());
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(line.toString().trim()).toBe('locked');
  return child;
}

describe('erasing a person while another checkpoint runs', () => {
  it('waits for that checkpoint and then empties the WAL, so no page image of the person is left in it', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const c = t.core.db.$client;
    const created = await t.dispatch('influencers.create', { name: 'Zora Quellbrunn', email: 'zora.quellbrunn@example.de' });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const wal = path.join(t.dir, 'kollab.db-wal');
    expect(fs.readFileSync(wal).includes('Quellbrunn')).toBe(true);

    const holder = await holdCheckpointLock(t.dir);
    // the lock does what a running checkpoint does: a TRUNCATE here cannot finish
    expect(c.pragma('wal_checkpoint(TRUNCATE)', { simple: true })).toBe(1);
    let settled = false;
    const erasing = t.dispatch('influencers.erase', { id, confirmName: 'Zora Quellbrunn' }).finally(() => (settled = true));
    // the other checkpoint takes its time; the erasure waits for it instead of leaving the WAL as it is
    await new Promise((resolve) => setTimeout(resolve, 400)); // how long the other checkpoint runs, not a wait for a result
    expect(settled).toBe(false);
    holder.kill();
    const erased = await erasing;
    expect(erased.ok).toBe(true);
    expect(fs.statSync(wal).size).toBe(0);
    expect(fs.readFileSync(path.join(t.dir, 'kollab.db')).includes('Quellbrunn')).toBe(false);
  });
});
