import QRCode from 'qrcode';
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { z } from 'zod';
import { cardContextOf, collabRow } from './service';
import * as q from './queries';
import { buildUtmUrl, utmParamsFor } from './utm';

/** campaigns.utm_rules: parameter → template; unreadable rules are ignored (the defaults apply). */
const utmRulesColumn = z.record(z.string(), z.unknown());

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
  const r = cardContextOf(db, input.collaborationId);
  const base = input.baseUrl ?? r.baseUrl;
  if (!base) throw new DomainError('INVALID_INPUT', 'The campaign has no base URL; set one on the campaign or enter one here', {
      field: 'baseUrl',
      key: 'collaborations.noBaseUrl',
    });
  assertWebUrl(base, 'baseUrl');
  let rules: Record<string, unknown> | null;
  try {
    rules = r.utmRules ? (utmRulesColumn.safeParse(JSON.parse(r.utmRules)).data ?? null) : null;
  } catch {
    rules = null; // unreadable rules: the defaults apply
  }
  const params = utmParamsFor({ platform: r.platform, handle: r.handle, campaignName: r.campaign, influencerName: r.name }, rules);
  return { url: buildUtmUrl(base, params) };
}

export function addLink(db: Db, input: { collaborationId: number; url: string }): { id: number } {
  const c = collabRow(db, input.collaborationId, 'collaborationId');
  assertWebUrl(input.url, 'url');
  return { id: q.insertLink(db, c.id, input.url) };
}

export function updateLinkClicks(db: Db, input: { id: number; clicks: number }): { id: number } {
  if (!q.setLinkClicks(db, input.id, input.clicks)) throw new DomainError('NOT_FOUND', `Tracking link ${input.id} not found`, { field: 'id', key: 'collaborations.linkNotFound', params: { id: input.id } });
  return { id: input.id };
}

export function removeLink(db: Db, id: number): { id: number } {
  if (!q.deleteLink(db, id)) throw new DomainError('NOT_FOUND', `Tracking link ${id} not found`, { field: 'id', key: 'collaborations.linkNotFound', params: { id } });
  return { id };
}

/** A PNG QR code of the URL, `size` pixels wide. */
export async function qrPng(url: string, size: number): Promise<{ pngBase64: string }> {
  const png = await QRCode.toBuffer(url, { type: 'png', width: size, margin: 2 });
  return { pngBase64: png.toString('base64') };
}
