import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import Database from 'better-sqlite3';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { listBackups } from '../../../src/main/backups/service';
import { tempDir } from '../../helpers/tmp';

/** Every file below `dir`, with its bytes. */
function filesOf(dir: string): { file: string; bytes: Buffer }[] {
  const out: { file: string; bytes: Buffer }[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out.push({ file: path.relative(dir, file), bytes: fs.readFileSync(file) });
  }
  return out;
}

/** Where a text occurs in the folder's files, as UTF-8, Windows-1252 or UTF-16 (SQLite can store either). */
function occurrences(dir: string, text: string): string[] {
  const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  return filesOf(dir)
    .filter(({ bytes }) => forms.some((f) => bytes.includes(f)))
    .map(({ file }) => file);
}

let core: RunningCore;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  core = await createCore({
    dataDir: dir,
    firstRun: 'demo',
    quietLog: true,
    workerFile: inject('workerBundle'),
    // The PDF engine is the platform's (a window or the host's Chromium); here a stand-in writes the name into
    // the file the way a real PDF carries it. The erasure, not the rendering, is under test.
    platform: { openPath: async () => true, renderPdf: async (route) => new TextEncoder().encode(`%PDF-1.4 ${route}`) },
  });
});
afterAll(async () => {
  await core.close();
  cleanup();
});

async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

describe('erasing a person', () => {
  it('leaves nothing in the data folder that names them, and the shop orders as anonymised totals', async () => {
    const db = core.core.db.$client;
    // A person with a code that orders used, a collaboration, an attachment, a briefing PDF and an uploaded export.
    const person = db
      .prepare(
        `SELECT i.id, i.name, i.email, vc.code_norm AS code, co.id AS collab, co.campaign_id AS campaign FROM influencers i
         JOIN collaborations co ON co.influencer_id = i.id JOIN voucher_codes vc ON vc.collaboration_id = co.id
         WHERE EXISTS (SELECT 1 FROM redemptions r WHERE r.code_norm = vc.code_norm) ORDER BY i.id LIMIT 1`,
      )
      .get() as { id: number; name: string; email: string | null; code: string; collab: number; campaign: number };
    const handles = db.prepare('SELECT handle FROM channels WHERE influencer_id = ?').pluck().all(person.id) as string[];
    await ok('attachments.add', {
      collaborationId: person.collab,
      kind: 'contract',
      fileName: `Vertrag ${person.name}.txt`,
      dataBase64: Buffer.from(`Vertrag mit ${person.name}`).toString('base64'),
    });
    await ok('briefings.pdfBatch', { campaignId: person.campaign, paper: 'a4', chooseFolder: false });
    const csv = `Name,Discount Code,Total\n#1001,${person.code},10.00\n"${person.name}",${person.code},12.00\n`;
    const up = await ok<{ fileId: string }>('uploads.begin', { fileName: 'orders.csv', sizeBytes: Buffer.byteLength(csv) });
    await ok('uploads.chunk', { fileId: up.fileId, offset: 0, dataBase64: Buffer.from(csv).toString('base64') });
    await ok('uploads.finish', { fileId: up.fileId });
    const slug = person.name.split(' ')[0];
    expect(filesOf(path.join(dir, 'exports')).some((f) => f.file.includes(slug))).toBe(true);
    // Backups made before the erasure: one of this schema (rewritten without the person), one whose tables differ
    // (as an older Kollab's may) so the erasure cannot be applied to it (deleted), and a workspace export (a zip).
    const current = await ok<{ name: string }>('backups.create', {});
    const taken = await ok<{ name: string }>('backups.create', {});
    const odd = taken.name.replace(/-s(\d+)\.db$/, (_m, v: string) => `-s${Number(v) - 1}.db`);
    fs.renameSync(path.join(dir, 'backups', taken.name), path.join(dir, 'backups', odd));
    const oddDb = new Database(path.join(dir, 'backups', odd));
    oddDb.exec('DROP TABLE import_rejects');
    oddDb.close();
    await ok('workspace.export', {});
    expect(occurrences(path.join(dir, 'backups'), person.name).sort()).toEqual([current.name, odd].sort());
    const influencersBefore = db.prepare('SELECT count(*) FROM influencers').pluck().get() as number;

    const orders = db.prepare('SELECT count(*) AS n, sum(total_minor) AS total FROM redemptions').get();
    const beforeFiles = filesOf(dir).map((f) => f.file);
    const traces = [person.name, person.email, ...handles, person.code].filter((t): t is string => !!t && t.length >= 3);
    expect(traces.flatMap((t) => occurrences(dir, t)).length).toBeGreaterThan(0);

    await ok('influencers.erase', { id: person.id, confirmName: person.name });

    const found = traces.map((t) => ({ t, files: occurrences(dir, t) })).filter((x) => x.files.length);
    expect(found).toEqual([]);
    // The shop's orders stay, counted once, with an anonymous code and no link to anyone.
    expect(db.prepare('SELECT count(*) AS n, sum(total_minor) AS total FROM redemptions').get()).toEqual(orders);
    expect(db.prepare("SELECT count(*) FROM redemptions WHERE code_norm LIKE 'ERASED-%' AND collaboration_id IS NULL").pluck().get()).toBeGreaterThan(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Only files that named the person are gone: their own files, the backup that could not be rewritten, the export.
    const gone = beforeFiles.filter((f) => !fs.existsSync(path.join(dir, f)));
    expect(gone.length).toBeGreaterThanOrEqual(5);
    expect(gone.every((f) => /^(attachments|exports|uploads|transfers)\//.test(f) || f === `backups/${odd}`)).toBe(true);
    expect(gone).toContain(`backups/${odd}`);
    expect(gone.some((f) => f.startsWith('transfers/'))).toBe(true);
    // The backup of this schema stays, sound, with everyone else and the orders as anonymised totals.
    expect(listBackups(dir).map((b) => b.name)).toContain(current.name);
    const copy = new Database(path.join(dir, 'backups', current.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM influencers').pluck().get()).toBe(influencersBefore - 1);
    expect(copy.prepare('SELECT count(*) FROM influencers WHERE id = ?').pluck().get(person.id)).toBe(0);
    expect(copy.prepare('SELECT count(*) AS n, sum(total_minor) AS total FROM redemptions').get()).toEqual(orders);
    copy.close();
  });
});
