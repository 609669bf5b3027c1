import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { confirmsName, type FileDownload } from '../../shared/contract';
import { write } from '../db/write';
import { truncateWal } from '../db/checkpoint';
import { fileSlug } from '../briefings/document';
import { removePostFolders } from '../content/media';
import { fileMentions, walk } from './privacy-files';
import type { ErasedPerson } from './privacy-backups';
import * as q from './queries';

const rowsOf = (db: Db, sql: string, id: number) => q.records(db, sql, id);

/** Everything Kollab holds about one person (GDPR Art. 15/20), as one JSON file. */
export function privacyExport(db: Db, id: number, now = new Date()): FileDownload {
  const person = q.influencerRecord(db, id);
  if (!person) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id', key: 'influencers.notFound', params: { id } });
  const collabIds = 'SELECT id FROM collaborations WHERE influencer_id = ?';
  const data = {
    exportedAt: now.toISOString(),
    note: 'All data Kollab stores about this person on this computer.',
    person,
    channels: rowsOf(db, 'SELECT * FROM channels WHERE influencer_id = ?', id),
    channelSnapshots: rowsOf(db, 'SELECT s.* FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE c.influencer_id = ?', id),
    collaborations: rowsOf(
      db,
      'SELECT co.*, ca.name AS campaign_name FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id WHERE co.influencer_id = ?',
      id,
    ),
    deliverables: rowsOf(db, `SELECT * FROM deliverables WHERE collaboration_id IN (${collabIds})`, id),
    stageHistory: rowsOf(db, `SELECT * FROM stage_events WHERE collaboration_id IN (${collabIds})`, id),
    voucherCodes: rowsOf(db, `SELECT * FROM voucher_codes WHERE collaboration_id IN (${collabIds})`, id),
    trackingLinks: rowsOf(db, `SELECT * FROM tracking_links WHERE collaboration_id IN (${collabIds})`, id),
    sampleShipments: rowsOf(db, `SELECT * FROM sample_shipments WHERE collaboration_id IN (${collabIds})`, id),
    briefings: rowsOf(db, `SELECT * FROM briefings WHERE collaboration_id IN (${collabIds})`, id),
    contentPosts: rowsOf(db, `SELECT * FROM content_posts WHERE collaboration_id IN (${collabIds})`, id),
    attachments: rowsOf(db, `SELECT id, kind, file_name, size_bytes, created_at FROM attachments WHERE collaboration_id IN (${collabIds})`, id),
    ordersWithTheirCodes: q.countOf(db, `SELECT count(*) FROM redemptions WHERE collaboration_id IN (${collabIds})`, id),
  };
  const slug = String(person.name).normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || `influencer-${id}`;
  return {
    fileName: `kollab-personal-data-${slug}.json`,
    mime: 'application/json',
    dataBase64: Buffer.from(JSON.stringify(data, null, 2), 'utf8').toString('base64'),
  };
}

/**
 * Erases a person for good (GDPR Art. 17): the influencer row and, through the foreign keys, channels,
 * snapshots, collaborations and everything hanging off them (codes, links, samples, posts, briefings,
 * history); rejected import rows that carry their name, e-mail, handles or codes; their codes on the shop's
 * orders, which stay as anonymised totals (`ERASED-<id>`, no link to anyone). On disk: their attachments,
 * their posts' screenshots (attachments/posts/<post id>/), briefing PDFs in exports/, and uploaded shop files that mention them. Freed database pages are zeroed
 * (secure_delete), the search index is merged, the file vacuumed and the WAL truncated, so no copy of them is left in the
 * data folder's files (test/unit/influencers/erasure.test.ts greps every file for them). The backups made before
 * hold them too: the returned `erased` goes to scrubBackups (privacy-backups.ts, in a worker), which applies the
 * same erasure to each backup — or deletes a backup it cannot clean; the reasons are written there.
 */
export async function eraseInfluencer(
  db: Db,
  dataDir: string,
  id: number,
  confirmName: string,
): Promise<{ id: number; name: string; erased: ErasedPerson; walEmptied: boolean }> {
  const c = db.$client;
  const person = q.personForErasure(db, id);
  if (!person) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id', key: 'influencers.notFound', params: { id } });
  if (!confirmsName(confirmName, person.name))
    throw new DomainError('INVALID_INPUT', `Type the name "${person.name}" to confirm`, {
      field: 'confirmName',
      key: 'influencers.confirmName',
      params: { name: person.name },
    });
  const collabIds = 'SELECT id FROM collaborations WHERE influencer_id = ?';
  const files = q.pluckTexts(db, `SELECT stored_name FROM attachments WHERE collaboration_id IN (${collabIds})`, id);
  const postIds = q.pluckTexts(db, `SELECT CAST(id AS TEXT) FROM content_posts WHERE collaboration_id IN (${collabIds})`, id).map(Number);
  const handles = q.pluckTexts(db, 'SELECT handle FROM channels WHERE influencer_id = ?', id);
  const codes = q.pluckTexts(db, `SELECT code_norm FROM voucher_codes WHERE collaboration_id IN (${collabIds})`, id);
  const traces = [person.name, person.email, ...handles, ...codes].filter((t): t is string => !!t && t.length >= 3);

  const secure = c.pragma('secure_delete', { simple: true });
  c.pragma('secure_delete = ON');
  let walEmptied: boolean;
  try {
    write(db, () => {
      q.eraseTraces(c, traces, codes);
      q.deletePerson(c, id);
    });
    // FTS5 keeps deleted terms in old segments until they are merged: merge them now. Earlier versions of
    // their rows may still sit in free space of pages written before (updates leave old cells behind):
    // VACUUM rewrites the file without them (seconds even for a million orders; erasure is rare).
    q.mergeSearchIndex(c);
    c.exec('VACUUM');
    // the WAL emptied too: it still holds the pages as they were before (waits for a checkpoint running elsewhere)
    walEmptied = await truncateWal(db);
  } finally {
    c.pragma(`secure_delete = ${secure ? 'ON' : 'OFF'}`);
  }
  for (const f of files) fs.rmSync(path.join(dataDir, 'attachments', path.basename(f)), { force: true });
  // their posts' screenshots and thumbnails (story evidence), removed ones waiting for undo included
  removePostFolders(dataDir, postIds);
  removeFilesNaming(dataDir, person.name, traces);
  return { id, name: person.name, erased: { id, createdAt: person.createdAt, traces, codes }, walEmptied };
}

/** Briefing PDFs named after the person (exports/**) and uploaded files whose text mentions any trace. */
function removeFilesNaming(dataDir: string, name: string, traces: string[]): void {
  const slug = fileSlug(name, 40).toLowerCase();
  for (const file of walk(path.join(dataDir, 'exports'))) {
    if (path.basename(file).toLowerCase().includes(slug)) fs.rmSync(file, { force: true });
  }
  const needles = traces.map((t) => t.toLowerCase());
  for (const file of walk(path.join(dataDir, 'uploads'))) {
    if (fileMentions(file, needles)) fs.rmSync(file, { force: true });
  }
}
