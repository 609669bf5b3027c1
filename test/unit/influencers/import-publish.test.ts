/**
 * Issue 9: the spreadsheet import's merges are prepared outside the write lock and applied in its final
 * transaction at once (src/main/influencers/import-publish.ts); a person the import has staged does not reserve
 * their handles. On a real SQLite file, the import on a connection of its own as in its worker, the user's
 * writes on the app's connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { openWorkerConnection } from '../../../src/main/db/connection';
import { commitImport } from '../../../src/main/influencers/import-commit';
import { previewImport } from '../../../src/main/influencers/transfer';
import { createInfluencer, updateInfluencer } from '../../../src/main/influencers/edit';
import { tempDir } from '../../helpers/tmp';

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function workspace(): Promise<RunningCore> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const r = await createCore({ dataDir: t.dir, firstRun: 'empty', quietLog: true });
  cleanups.push(() => r.close());
  return r;
}

const MERGES = 12;
const ROWS = 60;

/** Rows 2..MERGES+1 merge into the people `existing` created (a new TikTok channel, a note, a new e-mail). */
function sheet(): Uint8Array {
  const lines = ['Name,Instagram,TikTok,Follower,E-Mail,Stadt,Notizen'];
  for (let i = 0; i < MERGES; i++) lines.push(`Bestand ${i},@bestand.${i},@bestand.tt.${i},${90_000 + i},neu${i}@example.de,Berlin,Aus der Liste ${i}`);
  for (let i = MERGES; i < ROWS; i++) lines.push(`Creator ${i},@creator.${i},,${1000 + i},creator${i}@example.com,Köln,`);
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
}

async function existing(r: RunningCore): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < MERGES; i++) {
    const env = await r.dispatch('influencers.create', {
      name: `Bestand ${i}`,
      city: 'Hamburg',
      notes: 'Stammkundin',
      tags: ['alt'],
      channels: [{ platform: 'instagram', handle: `bestand.${i}`, followers: 50_000, avgLikes: 900 }],
    });
    if (!env.ok) throw new Error(env.error.message);
    ids.push((env.value as { id: number }).id);
  }
  return ids;
}

/** Every stored row of these people: the person, their channels, their channels' snapshots and the search index. */
function dump(r: RunningCore, ids: number[]) {
  const c = r.core.db.$client;
  return ids.map((id) => ({
    influencer: c.prepare('SELECT * FROM influencers WHERE id = ?').get(id),
    channels: c.prepare('SELECT * FROM channels WHERE influencer_id = ? ORDER BY id').all(id),
    snapshots: c.prepare('SELECT s.* FROM channel_snapshots s JOIN channels ch ON ch.id = s.channel_id WHERE ch.influencer_id = ? ORDER BY s.id').all(id),
    fts: c.prepare('SELECT name, handles, niches, tags, notes FROM influencers_fts WHERE rowid = ?').get(id),
  }));
}

const n = (r: RunningCore, sql: string) => r.core.db.$client.prepare(sql).pluck().get() as number;

async function start(r: RunningCore) {
  const db = openWorkerConnection(r.core.dbFile);
  cleanups.push(() => void db.$client.close());
  const file = { fileName: 'liste.csv', bytes: sheet() };
  const preview = await previewImport(db, file, { locale: 'auto' });
  const input = { mapping: preview.mapping, locale: 'auto' as const, duplicates: preview.duplicates.map((d) => ({ row: d.row, action: 'merge' as const })), acceptHeld: false };
  return { db, file, input, preview };
}

describe('the import publishes its merges at once', () => {
  it('applies prepared merges, merges again a person the user edited meanwhile, and undo restores every row exactly', async () => {
    const r = await workspace();
    const ids = await existing(r);
    const before = dump(r, ids);
    const { db, file, input, preview } = await start(r);
    expect(preview.duplicates).toHaveLength(MERGES);

    const result = await commitImport(db, file, input, {
      chunkMs: 1,
      // between the preparation and the final transaction the user edits one of the people the import merges into
      prepared: () => void updateInfluencer(r.core.db, { id: ids[3]!, phone: '+49 40 123', tags: ['alt', 'vip'] }),
    });
    expect(result).toMatchObject({ created: ROWS - MERGES, merged: MERGES, conflicts: [] });

    const edited = await r.dispatch('influencers.get', { id: ids[3]! });
    expect(edited).toMatchObject({ ok: true, value: { phone: '+49 40 123', tags: ['alt', 'vip'], city: 'Hamburg', email: 'neu3@example.de' } });
    for (const [i, id] of ids.entries()) {
      const env = await r.dispatch('influencers.get', { id });
      if (!env.ok) throw new Error(env.error.message);
      const p = env.value as { email: string; notes: string; channels: { platform: string; handle: string; followers: number; snapshots: unknown[] }[] };
      expect(p.email).toBe(`neu${i}@example.de`);
      expect(p.notes).toBe(`Stammkundin\nAus der Liste ${i}`);
      expect(p.channels.map((c) => `${c.platform}:${c.handle}`).sort()).toEqual([`instagram:bestand.${i}`, `tiktok:bestand.tt.${i}`]);
      // the larger follower count of the sheet, and the import day's snapshot of it
      expect(p.channels.find((c) => c.platform === 'instagram')).toMatchObject({ followers: 90_000 + i, snapshots: [expect.objectContaining({ followers: 90_000 + i })] });
    }
    // found by the new handle and the new note (the search index followed the set-based writes)
    const found = await r.dispatch('influencers.list', { search: 'bestand.tt.5', limit: 5 });
    expect(found).toMatchObject({ ok: true, value: { total: 1, rows: [{ id: ids[5] }] } });

    const undo = await r.dispatch('imports.undo', { id: result.batchId });
    expect(undo).toMatchObject({ ok: true, value: { removed: ROWS - MERGES, restored: MERGES } });
    const after = dump(r, ids);
    // the user's edit stays (it was made before the merge); everyone else is back byte for byte
    expect(after.filter((_, i) => i !== 3)).toEqual(before.filter((_, i) => i !== 3));
    expect(after[3]!.influencer).toMatchObject({ phone: '+49 40 123', tags: '["alt","vip"]', email: null, notes: 'Stammkundin' });
    expect(after[3]!.channels).toEqual(before[3]!.channels);
  }, 180_000);

  it('a failure inside the final transaction leaves nothing: no merge, no person, no record', async () => {
    const r = await workspace();
    const ids = await existing(r);
    const before = dump(r, ids);
    const people = n(r, 'SELECT count(*) FROM influencers');
    const { db, file, input } = await start(r);
    await expect(
      commitImport(db, file, input, {
        chunkMs: 1,
        publishing: () => {
          throw new Error('disk unplugged');
        },
      }),
    ).rejects.toThrow('disk unplugged');
    expect(dump(r, ids)).toEqual(before);
    expect(n(r, 'SELECT count(*) FROM influencers')).toBe(people);
    expect(n(r, 'SELECT count(*) FROM influencer_import_changes')).toBe(0);
    expect(n(r, "SELECT count(*) FROM import_batches WHERE kind = 'influencers'")).toBe(0);
  }, 180_000);
});

describe('a handle the running import has staged', () => {
  it("is the user's when they add it by hand; the import reports the row as a conflict naming the user's person", async () => {
    const r = await workspace();
    await existing(r);
    const { db, file, input } = await start(r);
    let mine: number | undefined;
    let later: number | undefined;
    let chunks = 0;
    const result = await commitImport(db, file, input, {
      chunkMs: 1,
      afterChunk: () => {
        if (++chunks !== 2) return;
        // row of "Creator 12" is staged by now (not visible); the user adds a person with that handle by hand,
        // and one with the handle of the sheet's last row, which the import has not reached yet
        expect(n(r, "SELECT count(*) FROM channels WHERE handle = 'creator.12'")).toBe(1);
        mine = createInfluencer(r.core.db, { name: 'Maria Hand', niches: [], tags: [], notes: '', rates: [], channels: [{ platform: 'instagram', handle: '@Creator.12', followers: 700, avgLikes: 0, avgComments: 0, avgShares: 0, avgViews: 0, isPrimary: true }] }).id;
        later = createInfluencer(r.core.db, { name: 'Jonas Hand', niches: [], tags: [], notes: '', rates: [], channels: [{ platform: 'instagram', handle: `creator.${ROWS - 1}`, followers: 800, avgLikes: 0, avgComments: 0, avgShares: 0, avgViews: 0, isPrimary: true }] }).id;
      },
    });
    expect(mine).toBeDefined();
    expect(result.conflicts).toEqual([
      { row: MERGES + 2, platform: 'instagram', handle: 'Creator.12', reason: 'handleTaken', influencerId: mine, name: 'Maria Hand' },
      { row: ROWS + 1, platform: 'instagram', handle: `creator.${ROWS - 1}`, reason: 'handleTaken', influencerId: later, name: 'Jonas Hand' },
    ]);
    expect(result).toMatchObject({ created: ROWS - MERGES - 2, merged: MERGES });
    // the user's people keep their handles; nobody else holds them, nobody of the sheet's two rows exists
    expect(r.core.db.$client.prepare("SELECT influencer_id FROM channels WHERE lower(handle) IN ('creator.12', ?) ORDER BY influencer_id").pluck().all(`creator.${ROWS - 1}`)).toEqual([mine, later]);
    expect(n(r, "SELECT count(*) FROM influencers WHERE name IN ('Creator 12', 'Creator 59')")).toBe(0);
    expect(JSON.parse(r.core.db.$client.prepare('SELECT counts FROM import_batches WHERE id = ?').pluck().get(result.batchId) as string)).toMatchObject({ conflicts: 2, created: ROWS - MERGES - 2 });
    // undo removes what the import created and leaves the user's people
    const undo = await r.dispatch('imports.undo', { id: result.batchId });
    expect(undo).toMatchObject({ ok: true, value: { removed: ROWS - MERGES - 2, restored: MERGES } });
    expect(await r.dispatch('influencers.get', { id: mine! })).toMatchObject({ ok: true, value: { name: 'Maria Hand' } });
  }, 180_000);

  it('a person staged by the import is never named to the user: their edit adding the handle succeeds too', async () => {
    const r = await workspace();
    const [own] = await existing(r);
    const { db, file, input } = await start(r);
    let chunks = 0;
    let answer: unknown;
    await commitImport(db, file, input, {
      chunkMs: 1,
      afterChunk: () => {
        if (++chunks === 2) answer = updateInfluencer(r.core.db, { id: own!, channels: [{ platform: 'instagram', handle: 'bestand.0', followers: 50_000, avgLikes: 900, avgComments: 0, avgShares: 0, avgViews: 0, isPrimary: true }, { platform: 'instagram', handle: 'creator.13', followers: 10, avgLikes: 0, avgComments: 0, avgShares: 0, avgViews: 0, isPrimary: false }] });
      },
    });
    expect(answer).toEqual({ id: own });
    expect(r.core.db.$client.prepare("SELECT influencer_id FROM channels WHERE handle = 'creator.13'").pluck().all()).toEqual([own]);
  }, 180_000);
});
