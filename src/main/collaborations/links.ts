import QRCode from 'qrcode';
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { z } from 'zod';
import { cardContextOf, collabRow } from './service';
import * as q from './queries';
import { DEFAULT_UTM_RULES, buildUtmUrl, hasUtm, utmParamsFor } from './utm';
import type { UtmLinkChange, UtmRules, UtmRulesDto } from '../../shared/contract';
import { recordStageEvent } from './ordering';

/** campaigns.utm_rules: parameter → template; unreadable rules are ignored (the defaults apply). */
const utmRulesColumn = z.record(z.string(), z.unknown());

/** The stored rules; unreadable ones read as none (the defaults apply). */
function readRules(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    return utmRulesColumn.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}

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
  const rules = readRules(r.utmRules);
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

// ---- UTM rules per campaign ---------------------------------------------------------------------------------

const RULE_KEYS = ['source', 'medium', 'campaign', 'content'] as const;

/** Only the patterns the user set (empty = the default). */
function cleanRules(rules: UtmRules): UtmRules {
  const out: UtmRules = {};
  for (const k of RULE_KEYS) {
    const v = rules[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
}

function campaignUtmOrThrow(db: Db, campaignId: number) {
  const c = q.campaignUtm(db, campaignId);
  if (!c) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field: 'campaignId', key: 'campaigns.notFound', params: { id: campaignId } });
  return c;
}

export function getUtmRules(db: Db, campaignId: number): UtmRulesDto {
  const c = campaignUtmOrThrow(db, campaignId);
  const stored = readRules(c.utmRules) ?? {};
  const rules: UtmRules = {};
  for (const k of RULE_KEYS) if (typeof stored[k] === 'string' && stored[k]) rules[k] = stored[k];
  return { campaignId, rules, defaults: { ...DEFAULT_UTM_RULES } };
}

/** The campaign's saved UTM links whose URL differs under `rules`, and an example link for the first card. */
export function previewUtmRules(db: Db, campaignId: number, rules: UtmRules): { changes: UtmLinkChange[]; sample: string | null } {
  const c = campaignUtmOrThrow(db, campaignId);
  const clean = cleanRules(rules);
  const changes: UtmLinkChange[] = [];
  for (const l of q.campaignLinks(db, campaignId)) {
    if (!hasUtm(l.url)) continue; // typed-in links without UTM parameters are not generated ones
    const to = buildUtmUrl(l.url, utmParamsFor({ platform: l.platform, handle: l.handle, campaignName: l.campaign, influencerName: l.name }, clean));
    if (to !== l.url) changes.push({ linkId: l.linkId, collaborationId: l.collaborationId, person: l.name, from: l.url, to });
  }
  const card = q.campaignSampleCard(db, campaignId);
  let sample: string | null = null;
  if (card && c.baseUrl) {
    try {
      sample = buildUtmUrl(c.baseUrl, utmParamsFor({ platform: card.platform, handle: card.handle, campaignName: card.campaign, influencerName: card.name }, clean));
    } catch {
      sample = null;
    }
  }
  return { changes, sample };
}

/** Saves the rules and regenerates the saved UTM links; each change is noted in its card's history. Call inside write(). */
export function setUtmRules(db: Db, campaignId: number, rules: UtmRules, at: string): { campaignId: number; regenerated: number } {
  const { changes } = previewUtmRules(db, campaignId, rules);
  const clean = cleanRules(rules);
  q.setCampaignUtm(db, campaignId, Object.keys(clean).length ? JSON.stringify(clean) : null);
  for (const ch of changes) {
    q.setLinkUrl(db, ch.linkId, ch.to);
    recordStageEvent(db, ch.collaborationId, null, null, `${LINK_REGENERATED}\n${ch.from}\n${ch.to}`, at);
  }
  return { campaignId, regenerated: changes.length };
}

/** History note of a regenerated link: this marker, the old URL and the new one on their own lines. */
export const LINK_REGENERATED = 'link_regenerated';
