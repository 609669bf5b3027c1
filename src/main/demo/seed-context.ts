/**
 * The demo seeder's shared state: one Faker stream with a fixed seed (every phase draws from it in a fixed
 * order, so every machine produces the same rows), dates relative to `today`, the insert statements (demo
 * code, never imported by production code) and what the phases hand to each other.
 */
import { Faker, base, de, en } from '@faker-js/faker';
import type { Db } from '../db/connection';
import type { Progress } from '../jobs/protocol';
import type { CampaignGoal, CollabType, DeliverableKind, Niche, Platform, StageKey } from '../../shared/domain';
import type { Persona, Product } from './seed-data';
import { DAY_MS, berlinWallClock, dateMs } from './seed-time';

export const DEMO_SEED = 20261124;
export const DEMO_TODAY = '2026-11-24';

export interface SeedOptions {
  progress?: Progress;
  /** Reference date 'YYYY-MM-DD' the campaign phases and histories are laid out around. */
  today?: string;
}

// ---------------------------------------------------------------------------------------------
// Runtime shapes

// ---------------------------------------------------------------------------------------------
// Runtime shapes

export interface ChannelRt {
  id: number;
  platform: Platform;
  handle: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
  isPrimary: boolean;
}

export interface InfluencerRt {
  id: number;
  persona: Persona;
  country: string;
  channels: ChannelRt[];
  primary: ChannelRt;
}

export type CampaignKey = 'summer' | 'protein' | 'xmas';

export interface CampaignPlan {
  key: CampaignKey;
  name: string;
  slug: string;
  path: string;
  goal: CampaignGoal;
  product: string;
  startDay: number;
  endDay: number;
  budgetMinor: number;
  disclosure: string;
  targetKpis: Record<string, number>;
  audience: { countries: string[]; ageBands: string[]; gender: 'female' | 'male' | 'any'; niches: Niche[] };
  notes: string;
  niches: Niche[];
  slots: [StageKey, number][];
  pinned: [string, StageKey][];
  types: CollabType[];
  catalog: Product[];
  discountPct: number;
  /** Orders per redeeming collaboration, handed out in shuffled order (stars, middling, zero). */
  orderCounts: number[];
}

export interface CampaignRt {
  id: number;
  plan: CampaignPlan;
  startMs: number;
  endMs: number;
  stageIds: Record<StageKey, number>;
}

export interface PostPlan {
  kind: DeliverableKind;
  at: number;
}

export interface CollabRt {
  id: number;
  campaign: CampaignRt;
  inf: InfluencerRt;
  channel: ChannelRt;
  stage: StageKey;
  position: number;
  type: CollabType;
  path: { key: StageKey; at: number }[];
  sampleItems: { name: string; sku: string; quantity: number; valueMinor: number }[];
  posts: PostPlan[];
  code: { id: number; norm: string; pct: number; validToMs: number } | null;
  orders: number;
  leak: boolean;
}

// ---------------------------------------------------------------------------------------------

export type Seed = ReturnType<typeof createSeed>;

export function createSeed(db: Db, opts: SeedOptions = {}) {
  const progress: Progress = opts.progress ?? (() => undefined);
  const today = opts.today ?? DEMO_TODAY;
  const todayMs = dateMs(today);
  const c = db.$client;

  const f = new Faker({ locale: [de, en, base] });
  f.seed(DEMO_SEED);

  const int = (min: number, max: number) => f.number.int({ min, max });
  const float = (min: number, max: number) => f.number.float({ min, max });
  const chance = (p: number) => f.datatype.boolean({ probability: p });
  const pick = <T>(arr: readonly T[]): T => f.helpers.arrayElement(arr);
  const day = (rel: number) => todayMs + rel * DAY_MS;
  /** An office-hours instant on a day relative to today. */
  const workTime = (rel: number) => berlinWallClock(day(rel), int(8, 18), int(0, 59), int(0, 59));
  const round = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

  const counts = { influencers: 0, channels: 0, snapshots: 0, campaigns: 0, collaborations: 0, samples: 0, voucherCodes: 0, redemptions: 0, posts: 0 };

  // ---- statements ---------------------------------------------------------------------------
  const insInfluencer = c.prepare(
    `INSERT INTO influencers (name, email, phone, street, postal_code, city, country, language, niches, tags, audience, rates, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insChannel = c.prepare(
    `INSERT INTO channels (influencer_id, platform, handle, url, followers, avg_likes, avg_comments, avg_shares, avg_views, is_primary, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insSnapshot = c.prepare(
    `INSERT INTO channel_snapshots (channel_id, taken_on, followers, avg_likes, avg_comments, avg_shares, avg_views, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')`,
  );
  const insCampaign = c.prepare(
    `INSERT INTO campaigns (name, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, utm_rules, target_audience, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insStage = c.prepare(`INSERT INTO stages (campaign_id, key, name, position) VALUES (?, ?, NULL, ?)`);
  const insCollab = c.prepare(
    `INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, channel_id, type, fee_minor, product_value_minor, commission_bp, currency,
       payment_status, invoiced_on, paid_on, start_date, contacted_at, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insDeliverable = c.prepare(`INSERT INTO deliverables (collaboration_id, kind, count, due_date, done_at) VALUES (?, ?, ?, ?, ?)`);
  const insEvent = c.prepare(`INSERT INTO stage_events (collaboration_id, from_stage_id, to_stage_id, at, note) VALUES (?, ?, ?, ?, ?)`);
  const insSample = c.prepare(
    `INSERT INTO sample_shipments (collaboration_id, items, value_minor, shipping_cost_minor, currency, carrier, tracking_number, status, shipped_on, delivered_on, returned_on, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insCode = c.prepare(
    `INSERT INTO voucher_codes (collaboration_id, code, code_norm, discount_description, valid_from, valid_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insLink = c.prepare(`INSERT INTO tracking_links (collaboration_id, url, clicks, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
  const insPost = c.prepare(
    `INSERT INTO content_posts (collaboration_id, channel_id, platform, kind, url, posted_at, caption, disclosure_present, reach, impressions, views, likes, comments, shares, saves, clicks, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insRedemption = c.prepare(
    `INSERT INTO redemptions (shop, order_id, code_norm, voucher_code_id, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, subtotal_minor, discount_minor, refunded_minor, status, batch_id, updated_batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, NULL, NULL)`,
  );
  const id = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);

  return {
    f, int, float, chance, pick, day, workTime, round, counts, id, today, todayMs, progress, c,
    insInfluencer, insChannel, insSnapshot, insCampaign, insStage, insCollab, insDeliverable, insEvent, insSample, insCode, insLink, insPost, insRedemption,
    influencers: [] as InfluencerRt[],
    byKey: new Map<string, InfluencerRt>(),
    campaigns: [] as CampaignRt[],
    collabs: [] as CollabRt[],
    codesTaken: new Set<string>(),
  };
}
