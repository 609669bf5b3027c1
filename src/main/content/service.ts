import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { ParsedInputOf, PostDto, SampleDto } from '../../shared/contract';
import { checkDisclosure } from '../../shared/disclosure';
import { disclosureCounts, disclosureRulesFor } from './disclosure';

/**
 * Does a caption carry a sufficient ad disclosure? Kept for callers that only need yes/no; the full verdict with
 * its reason is `checkDisclosure` (src/shared/disclosure.ts): label among the first words, no negation, no weak label.
 */
export function hasDisclosure(caption: string, campaignDisclosure = ''): boolean {
  return checkDisclosure(caption, { campaignLabel: campaignDisclosure }).ok;
}

function collaborationOf(db: Db, id: number): { id: number; disclosure: string } {
  const row = db.$client
    .prepare('SELECT co.id, ca.disclosure_text AS disclosure FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id WHERE co.id = ?')
    .get(id) as { id: number; disclosure: string } | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field: 'collaborationId', key: 'collaborations.notFound', params: { id } });
  return row;
}

export function listSamples(db: Db, collaborationId: number): SampleDto[] {
  collaborationOf(db, collaborationId);
  return (
    db.$client
      .prepare(
        `SELECT id, collaboration_id AS collaborationId, items, value_minor AS valueMinor, shipping_cost_minor AS shippingCostMinor, currency,
                carrier, tracking_number AS trackingNumber, status, shipped_on AS shippedOn, delivered_on AS deliveredOn,
                returned_on AS returnedOn, notes
         FROM sample_shipments WHERE collaboration_id = ? ORDER BY coalesce(shipped_on, '9999'), id`,
      )
      .all(collaborationId) as (Omit<SampleDto, 'items'> & { items: string })[]
  ).map((s) => ({ ...s, items: JSON.parse(s.items) }));
}

export function saveSample(db: Db, s: ParsedInputOf<'samples.save'>): { id: number } {
  collaborationOf(db, s.collaborationId);
  const value = s.items.reduce((sum, it) => sum + it.valueMinor * it.quantity, 0);
  const values = [
    JSON.stringify(s.items),
    value,
    s.shippingCostMinor,
    s.currency,
    s.carrier ?? null,
    s.trackingNumber ?? null,
    s.status,
    s.shippedOn ?? null,
    s.deliveredOn ?? null,
    s.returnedOn ?? null,
    s.notes,
  ];
  if (s.id !== undefined) {
    const res = db.$client
      .prepare(
        `UPDATE sample_shipments SET items = ?, value_minor = ?, shipping_cost_minor = ?, currency = ?, carrier = ?, tracking_number = ?,
           status = ?, shipped_on = ?, delivered_on = ?, returned_on = ?, notes = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
         WHERE id = ? AND collaboration_id = ?`,
      )
      .run(...values, s.id, s.collaborationId);
    if (!res.changes) throw new DomainError('NOT_FOUND', `Sample shipment ${s.id} not found`, { field: 'id', key: 'content.sampleNotFound', params: { id: s.id } });
    return { id: s.id };
  }
  const info = db.$client
    .prepare(
      `INSERT INTO sample_shipments (items, value_minor, shipping_cost_minor, currency, carrier, tracking_number, status, shipped_on,
         delivered_on, returned_on, notes, collaboration_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...values, s.collaborationId);
  return { id: Number(info.lastInsertRowid) };
}

export function removeRow(db: Db, table: 'sample_shipments' | 'content_posts', id: number): { id: number } {
  const res = db.$client.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  if (!res.changes) {
    const post = table === 'content_posts';
    throw new DomainError('NOT_FOUND', `${post ? 'Post' : 'Sample shipment'} ${id} not found`, { field: 'id', key: post ? 'content.postNotFound' : 'content.sampleNotFound', params: { id } });
  }
  return { id };
}

export function listPosts(db: Db, collaborationId: number): PostDto[] {
  collaborationOf(db, collaborationId);
  const rules = disclosureRulesFor(db, collaborationId);
  return (
    db.$client
      .prepare(
        `SELECT id, collaboration_id AS collaborationId, platform, kind, url, posted_at AS postedAt, caption,
                disclosure_present AS disclosurePresent, disclosure_override AS disclosureOverride, disclosure_note AS disclosureNote,
                reach, impressions, views, likes, comments, shares, saves, clicks
         FROM content_posts WHERE collaboration_id = ? ORDER BY coalesce(posted_at, '9999'), id`,
      )
      .all(collaborationId) as (Omit<PostDto, 'disclosurePresent' | 'disclosureOverride' | 'disclosure' | 'engagementRateBp'> & {
      disclosurePresent: number;
      disclosureOverride: number | null;
    })[]
  ).map((p) => ({
    ...p,
    disclosurePresent: !!p.disclosurePresent,
    disclosureOverride: p.disclosureOverride == null ? null : !!p.disclosureOverride,
    disclosure: checkDisclosure(p.caption, rules),
    engagementRateBp: p.reach > 0 ? Math.round(((p.likes + p.comments + p.shares + p.saves) / p.reach) * 10_000) : null,
  }));
}

export function savePost(db: Db, p: ParsedInputOf<'posts.save'>): { id: number; disclosurePresent: boolean } {
  collaborationOf(db, p.collaborationId);
  const override = p.disclosurePresent ?? null;
  const disclosure = disclosureCounts(checkDisclosure(p.caption, disclosureRulesFor(db, p.collaborationId)), override);
  const values = [
    p.platform,
    p.kind,
    p.url ?? null,
    p.postedAt ?? null,
    p.caption,
    disclosure ? 1 : 0,
    override === null ? null : override ? 1 : 0,
    override === null ? '' : (p.disclosureNote ?? ''),
    p.reach,
    p.impressions,
    p.views,
    p.likes,
    p.comments,
    p.shares,
    p.saves,
    p.clicks,
  ];
  if (p.id !== undefined) {
    const res = db.$client
      .prepare(
        `UPDATE content_posts SET platform = ?, kind = ?, url = ?, posted_at = ?, caption = ?, disclosure_present = ?, disclosure_override = ?, disclosure_note = ?, reach = ?, impressions = ?,
           views = ?, likes = ?, comments = ?, shares = ?, saves = ?, clicks = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
         WHERE id = ? AND collaboration_id = ?`,
      )
      .run(...values, p.id, p.collaborationId);
    if (!res.changes) throw new DomainError('NOT_FOUND', `Post ${p.id} not found`, { field: 'id', key: 'content.postNotFound', params: { id: p.id } });
    return { id: p.id, disclosurePresent: disclosure };
  }
  const info = db.$client
    .prepare(
      `INSERT INTO content_posts (platform, kind, url, posted_at, caption, disclosure_present, disclosure_override, disclosure_note, reach,
         impressions, views, likes, comments, shares, saves, clicks, collaboration_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...values, p.collaborationId);
  return { id: Number(info.lastInsertRowid), disclosurePresent: disclosure };
}
