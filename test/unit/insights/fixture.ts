/** A small hand-made workspace for the KPI rule tests: real SQLite file, rows inserted directly. */
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/main/db/connection';
import { createCampaign } from '../../../src/main/campaigns/service';
import { tempDir } from '../../helpers/tmp';

export function kpiDb(): { db: Db; cleanup: () => void } {
  const t = tempDir();
  const db = openDatabase(path.join(t.dir, 'k.db'));
  return {
    db,
    cleanup: () => {
      db.$client.close();
      t.cleanup();
    },
  };
}

export function campaign(db: Db, opts: { name?: string; start?: string | null; end?: string | null; currency?: string; targets?: Record<string, number> } = {}): number {
  return createCampaign(db, {
    name: opts.name ?? 'Spring',
    goal: 'sales',
    product: '',
    startDate: opts.start === undefined ? '2026-03-01' : opts.start,
    endDate: opts.end === undefined ? '2026-03-31' : opts.end,
    budgetMinor: 0,
    currency: opts.currency ?? 'EUR',
    targetKpis: opts.targets ?? {},
    disclosureText: '#werbung',
    notes: '',
  }).id;
}

let seq = 0;
/** A card in `stageKey` with a code; returns ids. */
export function card(
  db: Db,
  campaignId: number,
  opts: { name?: string; stage?: string; fee?: number; payment?: string; productValue?: number; commissionBp?: number; currency?: string; followers?: number } = {},
): { collaborationId: number; influencerId: number; code: string; channelId: number } {
  const c = db.$client;
  seq++;
  const name = opts.name ?? `Creator ${seq}`;
  const influencerId = Number(c.prepare('INSERT INTO influencers (name) VALUES (?)').run(name).lastInsertRowid);
  const channelId = Number(
    c.prepare("INSERT INTO channels (influencer_id, platform, handle, followers, is_primary) VALUES (?, 'instagram', ?, ?, 1)").run(influencerId, `h${seq}`, opts.followers ?? 0)
      .lastInsertRowid,
  );
  const stageId = c.prepare('SELECT id FROM stages WHERE campaign_id = ? AND key = ?').pluck().get(campaignId, opts.stage ?? 'shortlist');
  const collaborationId = Number(
    c
      .prepare(
        `INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, channel_id, fee_minor, payment_status, product_value_minor, commission_bp, currency)
         VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
      )
      .run(campaignId, influencerId, stageId, channelId, opts.fee ?? 0, opts.payment ?? 'agreed', opts.productValue ?? 0, opts.commissionBp ?? 0, opts.currency ?? 'EUR').lastInsertRowid,
  );
  const code = `CODE${seq}`;
  c.prepare('INSERT INTO voucher_codes (collaboration_id, code, code_norm) VALUES (?, ?, ?)').run(collaborationId, code, code);
  return { collaborationId, influencerId, code, channelId };
}

/** One redemption row (order × code); `at` is a UTC instant. */
export function order(
  db: Db,
  o: { orderId: string; code: string; collaborationId: number | null; at: string; total: number; refunded?: number; status?: string; currency?: string; shop?: string },
): number {
  return Number(
    db.$client
      .prepare(
        `INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(o.shop ?? 'shop', o.orderId, o.code, o.collaborationId, o.at, o.at, o.currency ?? 'EUR', o.total, o.refunded ?? 0, o.status ?? 'paid').lastInsertRowid,
  );
}

export function post(db: Db, collaborationId: number, p: { reach?: number; impressions?: number; views?: number; likes?: number; comments?: number; clicks?: number; postedAt?: string; kind?: string; channelId?: number }) {
  db.$client
    .prepare(
      `INSERT INTO content_posts (collaboration_id, channel_id, platform, kind, posted_at, reach, impressions, views, likes, comments, clicks)
       VALUES (?, ?, 'instagram', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(collaborationId, p.channelId ?? null, p.kind ?? 'post', p.postedAt ?? '2026-03-10', p.reach ?? 0, p.impressions ?? 0, p.views ?? 0, p.likes ?? 0, p.comments ?? 0, p.clicks ?? 0);
}
