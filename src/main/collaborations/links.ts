import QRCode from 'qrcode';
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { collabRow } from './service';
import { buildUtmUrl, utmParamsFor } from './utm';
import { CARD_CHANNEL_JOIN } from '../db/sql';

function assertWebUrl(url: string, field: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DomainError('INVALID_INPUT', `${url} is not a valid web address`, { field, key: 'collaborations.badUrl', params: { url } });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new DomainError('INVALID_INPUT', 'Use an http:// or https:// address', { field, key: 'collaborations.httpOnly' });
}

/** The card's UTM link from `baseUrl` or else the campaign's base URL. */
export function buildLink(db: Db, input: { collaborationId: number; baseUrl?: string }): { url: string } {
  collabRow(db, input.collaborationId, 'collaborationId');
  const r = db.$client
    .prepare(
      `SELECT ca.name AS campaignName, ca.base_url AS baseUrl, ca.utm_rules AS utmRules, i.name AS influencerName, ch.platform, ch.handle
       FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN influencers i ON i.id = co.influencer_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.id = ?`,
    )
    .get(input.collaborationId) as {
    campaignName: string;
    baseUrl: string | null;
    utmRules: string | null;
    influencerName: string;
    platform: string | null;
    handle: string | null;
  };
  const base = input.baseUrl ?? r.baseUrl;
  if (!base) throw new DomainError('INVALID_INPUT', 'The campaign has no base URL; set one on the campaign or enter one here', {
      field: 'baseUrl',
      key: 'collaborations.noBaseUrl',
    });
  assertWebUrl(base, 'baseUrl');
  let rules: Record<string, unknown> | null;
  try {
    rules = r.utmRules ? (JSON.parse(r.utmRules) as Record<string, unknown>) : null;
  } catch {
    rules = null; // unreadable rules: the defaults apply
  }
  const params = utmParamsFor({ platform: r.platform, handle: r.handle, campaignName: r.campaignName, influencerName: r.influencerName }, rules);
  return { url: buildUtmUrl(base, params) };
}

export function addLink(db: Db, input: { collaborationId: number; url: string }): { id: number } {
  const c = collabRow(db, input.collaborationId, 'collaborationId');
  assertWebUrl(input.url, 'url');
  const info = db.$client.prepare('INSERT INTO tracking_links (collaboration_id, url) VALUES (?, ?)').run(c.id, input.url);
  return { id: Number(info.lastInsertRowid) };
}

export function updateLinkClicks(db: Db, input: { id: number; clicks: number }): { id: number } {
  const info = db.$client
    .prepare(`UPDATE tracking_links SET clicks = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`)
    .run(input.clicks, input.id);
  if (!info.changes) throw new DomainError('NOT_FOUND', `Tracking link ${input.id} not found`, { field: 'id', key: 'collaborations.linkNotFound', params: { id: input.id } });
  return { id: input.id };
}

export function removeLink(db: Db, id: number): { id: number } {
  const info = db.$client.prepare('DELETE FROM tracking_links WHERE id = ?').run(id);
  if (!info.changes) throw new DomainError('NOT_FOUND', `Tracking link ${id} not found`, { field: 'id', key: 'collaborations.linkNotFound', params: { id } });
  return { id };
}

/** A PNG QR code of the URL, `size` pixels wide. */
export async function qrPng(url: string, size: number): Promise<{ pngBase64: string }> {
  const png = await QRCode.toBuffer(url, { type: 'png', width: size, margin: 2 });
  return { pngBase64: png.toString('base64') };
}
