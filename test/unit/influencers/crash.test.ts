/**
 * Issue 9: SIGKILL at random moments during an influencer spreadsheet import, 50 runs. A child process (bundled
 * once, test/helpers/crash.ts) imports a sheet of a few thousand people, some of them merges into people who
 * exist, into a real SQLite file and is killed anywhere from the backup before the import to after the batch is
 * published. After each kill: the file passes integrity_check; before start-up, readers of live people see the
 * batch whole or not at all (its people are staged until the final transaction flips the batch); the workspace
 * starts (start-up discards a running batch); every batch is whole or absent — its people, their channels and its
 * merges all there or none of them, the merged people's numbers either all the sheet's or all as before; and the
 * directory shows exactly the people of the published batches. A final import works. The figures are printed.
 * Bounded in time (KOLLAB_CRASH_RUNS / KOLLAB_CRASH_SECONDS).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { LIVE_INFLUENCER } from '../../../src/main/db/sql';
import type { ImportPreview, ImportResult } from '../../../src/shared/contract';
import { bundleChild, integrityOf, KillMoment, killDuringJob, type CrashBundle } from '../../helpers/crash';
import { tempDir } from '../../helpers/tmp';
import { uploadFile } from '../../helpers/upload';

const RUNS = Number(process.env.KOLLAB_CRASH_RUNS ?? 50);
const SECONDS = Number(process.env.KOLLAB_CRASH_SECONDS ?? 420);
/** Rows per sheet, and how many of them merge into people who exist before the first run. */
const ROWS = 2_000;
const MERGES = 100;
const CREATED = ROWS - MERGES;

/** The followers run `run` gives existing person `i` (growing run by run, so the merge takes them). */
const followersOf = (run: number, i: number) => 100_000 + run * 1_000 + i;

/** Run `run`'s sheet: MERGES rows naming existing people's handles, then new people of this run only. */
function sheet(file: string, run: number): void {
  const lines = ['Name,Instagram,Follower,E-Mail,Stadt'];
  for (let i = 0; i < MERGES; i++) lines.push(`Bestand ${i},@bestand.${i},${followersOf(run, i)},,Berlin`);
  for (let j = 0; j < CREATED; j++) lines.push(`Lauf ${run} Person ${j},@lauf${run}.person.${j},${1000 + j},lauf${run}.${j}@example.de,Köln`);
  fs.writeFileSync(file, lines.join('\n'));
}

let t: { dir: string; cleanup: () => void };
let bundle: CrashBundle;
beforeAll(async () => {
  t = tempDir('kollab-crash-influencers-');
  bundle = await bundleChild('test/helpers/influencer-import-child.ts');
}, 120_000);
afterAll(() => {
  t?.cleanup();
  bundle?.cleanup();
});

const start = (dataDir: string) => createCore({ dataDir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle') });

type Plan = Pick<ImportPreview, 'mapping' | 'duplicates'>;

async function previewSheet(r: RunningCore, fileId: string): Promise<Plan> {
  const preview = await r.dispatch('influencers.import.preview', { fileId, locale: 'auto' });
  if (!preview.ok) throw new Error(preview.error.message);
  return preview.value as ImportPreview;
}

/** An import in this process, as the UI does it (merging every duplicate). */
async function importSheet(r: RunningCore, file: string, check?: (plan: Plan) => void): Promise<ImportResult> {
  const fileId = await uploadFile(r, file, 'sheet.csv');
  const plan = await previewSheet(r, fileId);
  check?.(plan);
  const { mapping, duplicates } = plan;
  const done = await r.dispatch('influencers.import.commit', { fileId, mapping, locale: 'auto', duplicates: duplicates.map((d) => ({ row: d.row, action: 'merge' as const })), acceptHeld: false });
  if (!done.ok) throw new Error(done.error.message);
  return done.value as ImportResult;
}

/** What a reader of live people sees in the file as the kill left it (no start-up, no recovery). */
function livePeopleAsLeft(file: string): number {
  const c = new Database(file, { readonly: true });
  try {
    return c.prepare(`SELECT count(*) FROM influencers i WHERE ${LIVE_INFLUENCER}`).pluck().get() as number;
  } finally {
    c.close();
  }
}

/** After start-up: every problem with the batches (empty when each is whole or absent), and this run's state. */
function batchProblems(r: RunningCore, run: number, before: readonly number[]): { problems: string[]; published: boolean } {
  const c = r.core.db.$client;
  const count = (sql: string, ...args: unknown[]) => c.prepare(sql).pluck().get(...args) as number;
  const problems: string[] = [];
  const batches = c.prepare("SELECT id, status FROM import_batches WHERE kind = 'influencers' ORDER BY id").all() as { id: number; status: string }[];
  for (const [k, b] of batches.entries()) {
    if (b.status !== 'done') problems.push(`batch ${b.id} is ${b.status}`);
    const people = count('SELECT count(*) FROM influencers WHERE staged_batch_id = ?', b.id);
    const channels = count('SELECT count(*) FROM channels WHERE influencer_id IN (SELECT id FROM influencers WHERE staged_batch_id = ?)', b.id);
    const created = count("SELECT count(*) FROM influencer_import_changes WHERE batch_id = ? AND action = 'created'", b.id);
    const merged = count("SELECT count(*) FROM influencer_import_changes WHERE batch_id = ? AND action = 'merged'", b.id);
    const want = k === 0 ? { people: MERGES, merged: 0 } : { people: CREATED, merged: MERGES }; // the first batch made the existing people
    if (people !== want.people || channels !== want.people || created !== want.people || merged !== want.merged) {
      problems.push(`batch ${b.id}: ${people} people, ${channels} channels, ${created} created, ${merged} merged`);
    }
  }
  const orphans = count('SELECT count(*) FROM influencers WHERE staged_batch_id IS NOT NULL AND staged_batch_id NOT IN (SELECT id FROM import_batches)');
  if (orphans) problems.push(`${orphans} people of no batch`);
  // This run: its people and its merges both there, or neither.
  const mine = count("SELECT count(*) FROM influencers WHERE name LIKE 'Lauf ' || ? || ' Person %'", String(run));
  const followers = c.prepare("SELECT ch.followers FROM channels ch JOIN influencers i ON i.id = ch.influencer_id WHERE i.name = 'Bestand ' || ? AND ch.platform = 'instagram'").pluck();
  const now = Array.from({ length: MERGES }, (_, i) => followers.get(String(i)) as number);
  const took = now.filter((f, i) => f === followersOf(run, i)).length;
  const kept = now.filter((f, i) => f === before[i]).length;
  const published = mine === CREATED && took === MERGES;
  if (!published && !(mine === 0 && kept === MERGES)) problems.push(`run ${run}: ${mine} of its people, ${took} merges taken, ${kept} people as before`);
  return { problems, published };
}

describe('SIGKILL during influencer spreadsheet imports', () => {
  it(`leaves every batch whole or absent and the workspace starting, ${RUNS} runs`, async () => {
    const dataDir = path.join(t.dir, 'ws');
    const dbFile = path.join(dataDir, 'kollab.db');
    const file = path.join(t.dir, 'sheet.csv');
    // The people the sheets merge into (run 0's numbers), imported as a user would.
    const first = await start(dataDir);
    fs.writeFileSync(file, ['Name,Instagram,Follower', ...Array.from({ length: MERGES }, (_, i) => `Bestand ${i},@bestand.${i},${followersOf(0, i)}`)].join('\n'));
    expect(await importSheet(first, file)).toMatchObject({ created: MERGES });
    // Every run's sheet has the same columns and the same duplicates (its first rows): previewed once, here, so
    // that a run is spent on the import (the child starts it with this plan).
    sheet(file, 1);
    const plan = await previewSheet(first, await uploadFile(first, file, 'sheet.csv'));
    expect(plan.duplicates.map((d) => d.row)).toEqual(Array.from({ length: MERGES }, (_, i) => i + 2));
    await first.close();

    let followers = Array.from({ length: MERGES }, (_, i) => followersOf(0, i));
    let live = MERGES;
    const started = Date.now();
    const figures = { runs: 0, killedBeforeDone: 0, killedAfterDone: 0, failures: 0 };
    const moment = new KillMoment(3000);
    for (let run = 1; run <= RUNS && Date.now() - started < SECONDS * 1000; run++) {
      sheet(file, run);
      moment.learn(await killDuringJob(bundle.child, [dataDir, file, bundle.worker, JSON.stringify({ mapping: plan.mapping, duplicates: plan.duplicates.map((d) => d.row) })], moment.next()));
      figures.runs++;
      const problems: string[] = [];
      const integrity = integrityOf(dbFile);
      if (integrity !== 'ok') problems.push(`integrity as left: ${String(integrity)}`);
      const seen = livePeopleAsLeft(dbFile);
      if (seen !== live && seen !== live + CREATED) problems.push(`a reader saw ${seen} people (${live} before the run)`);
      try {
        const r = await start(dataDir); // start-up discards a running batch before anyone reads
        try {
          const { problems: batch, published } = batchProblems(r, run, followers);
          problems.push(...batch);
          if (published) {
            figures.killedAfterDone++;
            live += CREATED;
            followers = followers.map((_, i) => followersOf(run, i));
          } else figures.killedBeforeDone++;
          const list = await r.dispatch('influencers.list', { limit: 1 });
          if (!list.ok || (list.value as { total: number }).total !== live) problems.push(`the directory lists ${list.ok ? (list.value as { total: number }).total : list.error.message} people, ${live} expected`);
        } finally {
          await r.close();
        }
        const after = integrityOf(dbFile);
        if (after !== 'ok') problems.push(`integrity after start-up: ${String(after)}`);
      } catch (err) {
        problems.push(`start-up: ${String(err)}`);
      }
      if (problems.length) {
        figures.failures++;
        console.error(`run ${run}:`, problems.join('; '));
      }
    }
    // A final import after all the kills works.
    const last = await start(dataDir);
    try {
      sheet(file, RUNS + 1);
      expect(await importSheet(last, file, (p) => expect([p.mapping, p.duplicates.map((d) => d.row)]).toEqual([plan.mapping, plan.duplicates.map((d) => d.row)]))).toMatchObject({ created: CREATED, merged: MERGES, conflicts: [] });
      expect(await last.dispatch('influencers.list', { limit: 1 })).toMatchObject({ ok: true, value: { total: live + CREATED } });
    } finally {
      await last.close();
    }
    console.log(
      `influencer import crash test: ${figures.runs} runs of ${ROWS} rows (${MERGES} merges) in ${Math.round((Date.now() - started) / 1000)} s, ` +
        `${figures.killedBeforeDone} killed before the batch was done, ${figures.killedAfterDone} after, ${figures.failures} failures`,
    );
    expect(figures.failures).toBe(0);
    expect(figures.runs).toBeGreaterThanOrEqual(Math.min(RUNS, 10));
    expect(figures.killedBeforeDone).toBeGreaterThan(0);
  }, 900_000);
});
