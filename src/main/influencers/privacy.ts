import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { FileDownload } from '../../shared/contract';
import { write } from '../db/write';

const rowsOf = (db: Db, sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params);

/** Everything Kollab holds about one person (GDPR Art. 15/20), as one JSON file. */
export function privacyExport(db: Db, id: number, now = new Date()): FileDownload {
  const person = db.$client.prepare('SELECT * FROM influencers WHERE id = ?').get(id) as { name: string } | undefined;
  if (!person) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id' });
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
    ordersWithTheirCodes: (db.$client.prepare(`SELECT count(*) FROM redemptions WHERE collaboration_id IN (${collabIds})`).pluck().get(id) as number),
  };
  const slug = person.name.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || `influencer-${id}`;
  return {
    fileName: `kollab-personal-data-${slug}.json`,
    mime: 'application/json',
    dataBase64: Buffer.from(JSON.stringify(data, null, 2), 'utf8').toString('base64'),
  };
}

/**
 * Erases a person for good: the influencer row and, through the foreign keys, channels, snapshots,
 * collaborations and everything hanging off them; attached files on disk; rejected import rows that
 * still carry their name, e-mail or handles. Orders stay (they are the shop's) but lose the link.
 */
export function eraseInfluencer(db: Db, dataDir: string, id: number, confirmName: string): { id: number; name: string } {
  const person = db.$client.prepare('SELECT name, email FROM influencers WHERE id = ?').get(id) as { name: string; email: string | null } | undefined;
  if (!person) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id' });
  if (confirmName.trim().toLocaleLowerCase() !== person.name.trim().toLocaleLowerCase())
    throw new DomainError('INVALID_INPUT', `Type the name "${person.name}" to confirm`, { field: 'confirmName' });
  const files = db.$client
    .prepare('SELECT a.stored_name FROM attachments a JOIN collaborations co ON co.id = a.collaboration_id WHERE co.influencer_id = ?')
    .pluck()
    .all(id) as string[];
  const handles = db.$client.prepare('SELECT handle FROM channels WHERE influencer_id = ?').pluck().all(id) as string[];
  write(db, () => {
    const traces = [person.name, person.email, ...handles].filter((t): t is string => !!t && t.length >= 3);
    for (const t of traces) db.$client.prepare("DELETE FROM import_rejects WHERE raw LIKE ? ESCAPE '\\'").run(`%${t.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    db.$client.prepare('DELETE FROM influencers WHERE id = ?').run(id);
  });
  for (const f of files) {
    const p = path.join(dataDir, 'attachments', path.basename(f));
    fs.rmSync(p, { force: true });
  }
  return { id, name: person.name };
}
