/**
 * Global search (Ctrl/Cmd+K, issue 14): people through the directory's full-text index, campaigns and briefing
 * texts with Unicode case folding, voucher codes by their matching key (shared/codes.ts), orders by their
 * number in every shop ('1001' also finds '#1001'). A few hits per kind, people first.
 */
import type { Db } from '../db/connection';
import type { SearchHit } from '../../shared/contract/search';
import { codeKey } from '../../shared/codes';
import { ftsQuery } from '../influencers/service';
import * as q from './queries';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('de');

/** A short piece of `text` around the first match of `needle` (both folded for the search, shown as written). */
function excerpt(text: string, needle: string): string | null {
  const at = fold(text).indexOf(needle);
  if (at < 0) return null;
  const start = Math.max(0, at - 30);
  const flat = text.replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${flat.slice(start, at + needle.length + 50).trim()}${at + needle.length + 50 < flat.length ? '…' : ''}`;
}

export function globalSearch(db: Db, input: { q: string; limit: number }): { hits: SearchHit[] } {
  const { limit } = input;
  const needle = fold(input.q.trim());
  const hits: SearchHit[] = [];

  const fts = ftsQuery(input.q);
  if (fts) {
    for (const p of q.people(db, fts, limit)) hits.push({ kind: 'person', influencerId: p.id, title: p.name, detail: p.handle ? `@${p.handle}` : null });
  }

  let n = 0;
  for (const c of q.campaigns(db)) {
    if (n >= limit) break;
    if (fold(c.name).includes(needle) || fold(c.product).includes(needle)) {
      hits.push({ kind: 'campaign', campaignId: c.id, title: c.name, detail: c.product || null });
      n++;
    }
  }

  const key = codeKey(input.q);
  if (key && !/\s/.test(key)) {
    for (const c of q.codes(db, key, limit)) hits.push({ kind: 'code', campaignId: c.campaignId, collaborationId: c.collaborationId, title: c.code, detail: `${c.person} · ${c.campaignName}` });
  }

  const raw = input.q.trim();
  if (/^#?[\w.-]{1,40}$/u.test(raw)) {
    const bare = raw.replace(/^#/, '');
    const ids = [...new Set([raw, bare, `#${bare}`])];
    let found = 0;
    for (const shop of q.shops(db)) {
      if (found >= limit) break;
      for (const o of q.orders(db, shop, ids, limit - found)) {
        hits.push({ kind: 'order', campaignId: o.campaignId, collaborationId: o.collaborationId, batchId: o.batchId, shop: o.shop, title: o.orderId, detail: `${o.shop} · ${o.orderedAt.slice(0, 10)} · ${o.code}` });
        found++;
      }
    }
  }

  if (needle.length >= 3) {
    n = 0;
    for (const b of q.briefings(db)) {
      if (n >= limit) break;
      const text = Object.values(parseSections(b.sections)).join('\n');
      const piece = excerpt(text, needle);
      if (piece) {
        hits.push({ kind: 'briefing', campaignId: b.campaignId, collaborationId: b.collaborationId, title: b.person ? `${b.campaignName} · ${b.person}` : b.campaignName, detail: piece });
        n++;
      }
    }
  }
  return { hits };
}

function parseSections(json: string): Record<string, string> {
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== 'object') return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}
