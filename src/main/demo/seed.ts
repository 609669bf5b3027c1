/**
 * The demo workspace: one invented brand ("GrünFit", sustainable sports nutrition and apparel), forty
 * influencers, three campaigns in different phases and a few thousand shop orders with voucher codes.
 *
 * Deterministic: a Faker with a fixed seed and dates derived only from `today` (default 2026-11-24),
 * so every machine produces the same rows (timestamps included). Expects an empty workspace and runs
 * inside the caller's transaction.
 *
 * Over 400 lines: most of it is the invented content (people, campaigns, captions, briefing texts) kept next
 * to the steps that insert it, in the order the tables are filled; it is demo code that production code
 * never imports (lint rule), and splitting it would separate each data table from the step that uses it.
 */
import { Faker, base, de, en } from '@faker-js/faker';
import { transliterate } from '../../shared/text';
import type { Db } from '../db/connection';
import type { Progress } from '../jobs/protocol';
import {
  DEFAULT_STAGES,
  tierOf,
  type CampaignGoal,
  type CollabType,
  type DeliverableKind,
  type Niche,
  type Platform,
  type StageKey,
} from '../../shared/domain';
import { APPAREL, BRAND, CITIES, NUTRITION, PERSONAS, XMAS, type Persona, type Product } from './seed-data';
import { DAY_MS, HOUR_MS, addMonths, berlinIso, berlinWallClock, dateMs, isoDate, isoInstant } from './seed-time';

export const DEMO_SEED = 20261124;
export const DEMO_TODAY = '2026-11-24';

export interface SeedOptions {
  progress?: Progress;
  /** Reference date 'YYYY-MM-DD' the campaign phases and histories are laid out around. */
  today?: string;
}

// ---------------------------------------------------------------------------------------------
// Runtime shapes

interface ChannelRt {
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

interface InfluencerRt {
  id: number;
  persona: Persona;
  country: string;
  channels: ChannelRt[];
  primary: ChannelRt;
}

type CampaignKey = 'summer' | 'protein' | 'xmas';

interface CampaignPlan {
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

interface CampaignRt {
  id: number;
  plan: CampaignPlan;
  startMs: number;
  endMs: number;
  stageIds: Record<StageKey, number>;
}

interface PostPlan {
  kind: DeliverableKind;
  at: number;
}

interface CollabRt {
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

export function seedDemo(db: Db, opts: SeedOptions = {}): Record<string, number> {
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

  // ---- influencers ------------------------------------------------------------------------------
  const influencers: InfluencerRt[] = [];
  const byKey = new Map<string, InfluencerRt>();
  const handlesSeen = new Set<string>();

  PERSONAS.forEach((p, i) => {
    const city = CITIES[p.cityKey];
    const createdMs = workTime(-int(240, 420));
    const created = isoInstant(createdMs);
    const street = p.street ?? `${f.location.street()} ${int(1, 140)}${chance(0.1) ? pick(['a', 'b']) : ''}`;
    const infId = id(
      insInfluencer.run(
        `${p.first} ${p.last}`,
        emailFor(p, city.country, i),
        chance(0.9) || p.agency ? phoneFor(city.country) : null,
        street,
        city.postalCode,
        city.city,
        city.country,
        p.language,
        JSON.stringify(p.niches),
        JSON.stringify(p.tags),
        JSON.stringify(audienceFor(p, city.country)),
        JSON.stringify(ratesFor(p)),
        p.notes,
        created,
        created,
      ),
    );

    const specs = [{ platform: p.platform, handle: p.handle, followers: p.followers, primary: true }].concat(
      p.secondary.map((s) => ({ platform: s.platform, handle: s.handle, followers: Math.round(p.followers * s.share * float(0.9, 1.1)), primary: false })),
    );
    const channels: ChannelRt[] = [];
    for (const s of specs) {
      const uq = `${s.platform}/${s.handle.toLowerCase()}`;
      if (handlesSeen.has(uq)) throw new Error(`demo seed: duplicate handle ${uq}`);
      handlesSeen.add(uq);
      const m = channelMetrics(s.platform, s.followers, s.primary ? p.quirk : undefined);
      const chId = id(
        insChannel.run(infId, s.platform, s.handle, channelUrl(s.platform, s.handle), s.followers, m.likes, m.comments, m.shares, m.views, s.primary ? 1 : 0, created, created),
      );
      counts.channels++;
      const ch: ChannelRt = { id: chId, platform: s.platform, handle: s.handle, followers: s.followers, avgLikes: m.likes, avgComments: m.comments, avgShares: m.shares, avgViews: m.views, isPrimary: s.primary };
      channels.push(ch);
      if (s.primary) writeSnapshots(ch, p.quirk);
    }
    const rt: InfluencerRt = { id: infId, persona: p, country: city.country, channels, primary: channels[0] };
    influencers.push(rt);
    byKey.set(p.key, rt);
    counts.influencers++;
    progress(i + 1, PERSONAS.length, 'influencers');
  });

  // ---- campaigns, collaborations and everything attached ----------------------------------------
  const plans = campaignPlans(today);
  const campaigns: CampaignRt[] = [];
  const collabs: CollabRt[] = [];
  const codesTaken = new Set<string>();

  plans.forEach((plan, ci) => {
    const startMs = day(plan.startDay);
    const endMs = day(plan.endDay);
    const created = isoInstant(workTime(plan.key === 'summer' ? plan.startDay - 52 : plan.key === 'protein' ? plan.startDay - 40 : -26));
    const campaignId = id(
      insCampaign.run(
        plan.name,
        plan.goal,
        plan.product,
        isoDate(startMs),
        isoDate(endMs),
        plan.budgetMinor,
        JSON.stringify(plan.targetKpis),
        plan.disclosure,
        BRAND.baseUrl + plan.path,
        JSON.stringify({ source: '{platform}', medium: 'influencer', campaign: plan.slug, content: '{handle}' }),
        JSON.stringify(plan.audience),
        plan.notes,
        created,
        created,
      ),
    );
    counts.campaigns++;
    const stageIds = {} as Record<StageKey, number>;
    DEFAULT_STAGES.forEach((key, pos) => {
      stageIds[key] = id(insStage.run(campaignId, key, pos));
    });
    const camp: CampaignRt = { id: campaignId, plan, startMs, endMs, stageIds };
    campaigns.push(camp);

    // Who sits in which column: pinned people first, then a shuffled pool of niche matches.
    const pinned = new Map(plan.pinned);
    const pool = f.helpers.shuffle(
      influencers.filter(
        (inf) => !pinned.has(inf.persona.key) && !inf.persona.quirk && inf.persona.followers < 1_000_000 && inf.persona.niches.some((n) => plan.niches.includes(n)),
      ),
    );
    const campaignCollabs: CollabRt[] = [];
    for (const [stage, n] of plan.slots) {
      const members = plan.pinned.filter(([, s]) => s === stage).map(([k]) => byKey.get(k)!);
      while (members.length < n) {
        const next = pool.shift();
        if (!next) throw new Error(`demo seed: not enough influencers for ${plan.key}`);
        members.push(next);
      }
      members.forEach((inf, position) => {
        const collab = writeCollab(camp, inf, stage, position);
        campaignCollabs.push(collab);
        collabs.push(collab);
      });
    }
    // Orders per code: bigger (real) audiences tend to sell more, with plenty of luck mixed in.
    const redeemers = campaignCollabs
      .filter((x) => x.code && (x.stage === 'completed' || x.stage === 'content_live'))
      .map((x) => ({ x, potential: x.inf.persona.quirk === 'fake_followers' ? -1 : Math.sqrt(x.channel.followers) * float(0.35, 1.65) }))
      .sort((a, b) => b.potential - a.potential);
    const orderCounts = [...plan.orderCounts].sort((a, b) => b - a);
    for (const r of redeemers) r.x.orders = r.potential < 0 ? 0 : (orderCounts.shift() ?? int(0, 15));
    progress(ci + 1, plans.length, 'campaigns');
  });

  // Who was last contacted when: the newest stage change past the shortlist.
  c.prepare(
    `UPDATE influencers SET last_contact_at = (
       SELECT max(e.at) FROM stage_events e JOIN collaborations co ON co.id = e.collaboration_id JOIN stages s ON s.id = e.to_stage_id
       WHERE co.influencer_id = influencers.id AND s.key <> 'shortlist')`,
  ).run();

  // ---- redemptions ------------------------------------------------------------------------------
  writeRedemptions();

  // ---- content ----------------------------------------------------------------------------------
  const live = collabs.filter((x) => x.posts.length > 0);
  live.forEach((collab, i) => {
    writePosts(collab);
    progress(i + 1, live.length, 'content');
  });

  return counts;

  // =============================================================================================
  // helpers (function declarations share the faker stream above, so call order is fixed)

  function emailFor(p: Persona, country: string, i: number): string | null {
    if (p.agency) return p.agency;
    const fi = ascii(p.first);
    const la = ascii(p.last).replace(/\s+/g, '');
    const h = p.handle.replace(/[^a-z0-9]/gi, '').toLowerCase();
    if (p.language === 'en') return pick([`hello@${h}.com`, `${fi}.${la}@gmail.com`, `collabs.${h}@gmail.com`]);
    const local = country === 'AT' ? `${fi}.${la}@gmx.at` : country === 'CH' ? `${fi}.${la}@bluewin.ch` : null;
    const options = [`${fi}.${la}@gmail.com`, `kontakt@${h}.de`, `hallo@${h}.de`, `${fi}${la}@web.de`, `${fi}.${la}@posteo.de`, `kooperation.${h}@gmail.com`];
    if (local && i % 2 === 0) return local;
    return pick(options);
  }

  function phoneFor(country: string): string {
    const d = (n: number) => f.string.numeric({ length: n, allowLeadingZeros: true });
    switch (country) {
      case 'AT':
        return `+43 6${pick(['64', '60', '76', '99'])} ${d(7)}`;
      case 'CH':
        return `+41 7${pick(['6', '7', '8', '9'])} ${d(3)} ${d(2)} ${d(2)}`;
      case 'NL':
        return `+31 6 ${d(8)}`;
      case 'PL':
        return `+48 ${int(500, 799)} ${d(3)} ${d(3)}`;
      case 'IE':
        return `+353 8${pick(['5', '6', '7'])} ${d(3)} ${d(4)}`;
      case 'FR':
        return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      default:
        return `+49 1${pick(['51', '52', '57', '60', '62', '70', '71', '72', '76'])} ${d(pick([7, 8]))}`;
    }
  }

  function audienceFor(p: Persona, home: string) {
    const fake = p.quirk === 'fake_followers';
    const dach = ['DE', 'AT', 'CH'];
    let topCountries: { country: string; shareBp: number }[];
    if (fake) {
      topCountries = [
        { country: home, shareBp: int(2600, 3400) },
        { country: 'IN', shareBp: int(1500, 2100) },
        { country: 'BR', shareBp: int(900, 1400) },
        { country: 'ID', shareBp: int(600, 900) },
      ];
    } else {
      const homeShare = p.language === 'en' ? int(2500, 4000) : home === 'DE' ? int(6800, 8400) : int(4500, 6200);
      const others = f.helpers.shuffle(p.language === 'en' ? ['DE', 'AT', 'CH', 'GB', 'US'] : dach.filter((x) => x !== home).concat(home === 'DE' ? [] : ['DE'])).filter(
        (x, idx, arr) => x !== home && arr.indexOf(x) === idx,
      );
      const second = home !== 'DE' ? 'DE' : others[0];
      const rest = others.filter((x) => x !== second);
      const s2 = Math.round((10_000 - homeShare) * float(0.45, 0.7));
      const s3 = Math.round((10_000 - homeShare - s2) * float(0.3, 0.6));
      topCountries = [
        { country: home, shareBp: homeShare },
        { country: second, shareBp: s2 },
        { country: rest[0] ?? 'NL', shareBp: s3 },
      ].sort((a, b) => b.shareBp - a.shareBp);
    }
    const young = p.niches.includes('gaming');
    const older = p.niches.includes('parenting') || p.niches.includes('food');
    const baseAges: Record<string, number> = young
      ? { '13-17': 16, '18-24': 42, '25-34': 29, '35-44': 9, '45+': 4 }
      : older
        ? { '13-17': 2, '18-24': 17, '25-34': 40, '35-44': 27, '45+': 14 }
        : { '13-17': 4, '18-24': 31, '25-34': 41, '35-44': 17, '45+': 7 };
    const ageBands = normalise(Object.fromEntries(Object.entries(baseAges).map(([k, v]) => [k, v * float(0.8, 1.2)])));
    const femaleShare = p.niches.some((n) => n === 'fashion' || n === 'beauty' || n === 'parenting')
      ? float(0.78, 0.92)
      : p.niches.includes('gaming')
        ? float(0.15, 0.3)
        : float(0.45, 0.68);
    const other = int(50, 250);
    const female = Math.round((10_000 - other) * femaleShare);
    return { topCountries, ageBands, gender: { female, male: 10_000 - other - female, other } };
  }

  function ratesFor(p: Persona) {
    const per1k = p.followers < 10_000 ? 14 : p.followers < 100_000 ? 11 : 8;
    const post = round(Math.max(60, (p.followers / 1000) * per1k) * 100, 1000);
    const main: { kind: string; amountMinor: number; currency: string }[] =
      p.platform === 'youtube'
        ? [{ kind: 'video', amountMinor: round(post * 2.2, 1000), currency: 'EUR' }, { kind: 'short', amountMinor: round(post * 0.6, 1000), currency: 'EUR' }]
        : p.platform === 'tiktok'
          ? [{ kind: 'video', amountMinor: round(post * 1.2, 1000), currency: 'EUR' }]
          : p.platform === 'twitch'
            ? [{ kind: 'live', amountMinor: round(post * 1.5, 1000), currency: 'EUR' }]
            : [
                { kind: 'post', amountMinor: post, currency: 'EUR' },
                { kind: 'reel', amountMinor: round(post * 1.3, 1000), currency: 'EUR' },
                { kind: 'story', amountMinor: round(post * 0.4, 1000), currency: 'EUR' },
              ];
    return main;
  }

  function channelMetrics(platform: Platform, followers: number, quirk?: Persona['quirk']) {
    let erBp: number;
    if (quirk === 'fake_followers') erBp = int(20, 40);
    else if (quirk === 'follower_jump') erBp = int(115, 135); // likes of the ~14k account it was before the jump
    else {
      const tier = tierOf(followers);
      erBp =
        tier === 'nano' ? int(500, 800)
        : tier === 'macro' ? int(110, 190)
        : tier === 'mega' ? int(80, 110)
        : followers < 10_000 ? int(380, 500)
        : followers < 50_000 ? int(260, 420)
        : int(200, 300);
    }
    const eng = (followers * erBp) / 10_000;
    const viewFactor =
      quirk === 'fake_followers' ? float(0.02, 0.04)
      : platform === 'tiktok' ? float(0.7, 2.4)
      : platform === 'youtube' ? float(0.08, 0.3)
      : platform === 'twitch' ? float(0.02, 0.05)
      : platform === 'pinterest' ? float(0.5, 1.2)
      : float(0.25, 0.6);
    return {
      likes: Math.round(eng * 0.9),
      comments: Math.round(eng * 0.07),
      shares: Math.round(eng * 0.03),
      views: Math.round(followers * viewFactor),
    };
  }

  function writeSnapshots(ch: ChannelRt, quirk?: Persona['quirk']) {
    const n = quirk === 'follower_jump' ? 7 : int(4, 8);
    const growth = ch.followers < 10_000 ? float(0.02, 0.045) : ch.followers < 100_000 ? float(0.012, 0.032) : float(0.004, 0.015);
    for (let k = n - 1; k >= 0; k--) {
      let followers: number;
      let scale: number; // engagement relative to today's averages
      if (k === 0) {
        followers = ch.followers;
        scale = 1;
      } else if (quirk === 'follower_jump') {
        // ~14k until three months ago, then +30k within one month; likes stay where they were.
        followers = k >= 3 ? Math.round(ch.followers * 0.3 * Math.pow(1.012, -(k - 3)) * float(0.995, 1.005)) : Math.round(ch.followers * Math.pow(1.004, -k));
        scale = float(0.96, 1.04);
      } else {
        followers = Math.round((ch.followers / Math.pow(1 + growth, k)) * float(0.996, 1.004));
        scale = quirk === 'fake_followers' ? float(0.95, 1.05) : (followers / ch.followers) * float(0.9, 1.1);
      }
      insSnapshot.run(
        ch.id,
        addMonths(today, -k),
        followers,
        Math.round(ch.avgLikes * scale),
        Math.round(ch.avgComments * scale),
        Math.round(ch.avgShares * scale),
        Math.round(ch.avgViews * (k === 0 ? 1 : scale * float(0.85, 1.15))),
      );
      counts.snapshots++;
    }
  }

  /** Day (relative to today) on which a card entered its current column. */
  function entryDay(plan: CampaignPlan, stage: StageKey, position: number): number {
    if (plan.key === 'summer') {
      return stage === 'declined' ? plan.startDay - int(18, 28) : plan.endDay + int(5, 22);
    }
    if (plan.key === 'protein') {
      switch (stage) {
        case 'shortlist': return -int(1, 5);
        case 'contacted': return -int(2, 12);
        case 'negotiating': return -int(2, 9);
        case 'briefed': return -int(6, 14);
        case 'sample_shipped': return -int(4, 10);
        case 'content_live': return [-23, -16, -9][position] ?? -int(5, 20);
        case 'completed': return -int(2, 5);
        default: return -int(25, 38);
      }
    }
    switch (stage) {
      case 'shortlist': return -int(1, 20);
      case 'contacted': return -int(1, 10);
      case 'negotiating': return -int(1, 6);
      default: return -int(3, 9);
    }
  }

  function gapDays(plan: CampaignPlan, to: StageKey): number {
    switch (to) {
      case 'contacted': return int(1, 6);
      case 'negotiating': return int(2, 6);
      case 'briefed': return int(3, 8);
      case 'sample_shipped': return int(2, 5);
      case 'content_live': return int(5, 12);
      case 'completed': return plan.key === 'summer' ? int(30, 70) : int(14, 18);
      default: return int(2, 8);
    }
  }

  function stagePath(plan: CampaignPlan, stage: StageKey, position: number): { key: StageKey; at: number }[] {
    let keys: StageKey[];
    if (stage === 'declined') keys = chance(0.5) ? ['shortlist', 'contacted', 'negotiating', 'declined'] : ['shortlist', 'contacted', 'declined'];
    else keys = DEFAULT_STAGES.slice(0, DEFAULT_STAGES.indexOf(stage) + 1) as StageKey[];
    const out: { key: StageKey; at: number }[] = [];
    let rel = entryDay(plan, stage, position);
    for (let i = keys.length - 1; i >= 0; i--) {
      out.unshift({ key: keys[i], at: workTime(rel) });
      if (i > 0) rel -= gapDays(plan, keys[i]);
    }
    return out;
  }

  function pickType(camp: CampaignRt, inf: InfluencerRt): CollabType {
    let t = pick(camp.plan.types);
    if (t === 'takeover' && inf.primary.platform !== 'instagram') t = 'sponsored_post';
    // Big accounts do not post for a free sample or commission only.
    if ((t === 'product_test' || t === 'affiliate') && inf.primary.followers >= 100_000) t = 'sponsored_post';
    return t;
  }

  function feeFor(type: CollabType, followers: number): number {
    if (type === 'product_test') return 0;
    if (type === 'affiliate') return followers >= 20_000 ? 15_000 : 0;
    const tier = tierOf(followers);
    if (tier === 'nano') return 15_000;
    if (tier !== 'micro') return 250_000;
    return Math.min(250_000, round(15_000 + (followers / 1000) * int(180, 320), 5_000));
  }

  function deliverablesFor(platform: Platform, type: CollabType): [DeliverableKind, number][] {
    switch (platform) {
      case 'tiktok':
        return type === 'challenge' ? [['video', 3]] : type === 'co_creation' ? [['video', 2]] : [['video', 1]];
      case 'youtube':
        return type === 'challenge' || type === 'co_creation' ? [['video', 1], ['short', 2]] : [['video', 1]];
      case 'twitch':
        return [['live', 2]];
      case 'pinterest':
        return [['post', 3]];
      default:
        switch (type) {
          case 'takeover': return [['story', 10]];
          case 'giveaway': return [['post', 1], ['story', 3]];
          case 'co_creation': return [['post', 2], ['reel', 1]];
          case 'challenge': return [['reel', 2], ['story', 5]];
          case 'sponsored_post': return [['post', 1], ['story', 2]];
          case 'affiliate': return [['reel', 1], ['story', 4]];
          default: return [['reel', 1], ['story', 3]];
        }
    }
  }

  function sampleItemsFor(plan: CampaignPlan) {
    const k = plan.key === 'xmas' ? 2 : int(2, 3);
    return f.helpers.arrayElements(plan.catalog, k).map((p) => {
      const quantity = plan.key === 'protein' && p.sku.startsWith('GF-VP') ? int(1, 2) : 1;
      return { name: p.name, sku: p.sku, quantity, valueMinor: p.priceMinor * quantity };
    });
  }

  function writeCollab(camp: CampaignRt, inf: InfluencerRt, stage: StageKey, position: number): CollabRt {
    const plan = camp.plan;
    const path = stagePath(plan, stage, position);
    const reached = (k: StageKey) => path.find((p) => p.key === k)?.at ?? null;
    const channel = inf.primary;
    const type = pickType(camp, inf);
    const fee = stage === 'declined' && inf.persona.followers >= 1_000_000 ? 250_000 : feeFor(type, channel.followers);
    const commissionBp = type === 'affiliate' ? pick([1000, 1200, 1500]) : plan.key === 'protein' && type !== 'product_test' && chance(0.3) ? 500 : 0;
    const items = sampleItemsFor(plan);
    const productValue = items.reduce((s, x) => s + x.valueMinor, 0);
    const lastAt = path[path.length - 1].at;

    // fees are agreed from the briefing on; before that (and when declined) they are only proposed
    let paymentStatus = ['shortlist', 'contacted', 'negotiating', 'declined'].includes(stage) ? 'proposed' : 'agreed';
    let invoicedOn: string | null = null;
    let paidOn: string | null = null;
    if (stage === 'completed') {
      if (plan.key === 'summer') {
        paymentStatus = 'paid';
        const inv = lastAt + int(0, 3) * DAY_MS;
        invoicedOn = fee > 0 ? isoDate(inv) : null;
        paidOn = isoDate(Math.min(inv + int(7, 21) * DAY_MS, day(-1)));
      } else {
        paymentStatus = fee > 0 ? 'invoiced' : 'agreed';
        invoicedOn = fee > 0 ? isoDate(lastAt) : null;
      }
    } else if (stage === 'content_live' && position === 0 && fee > 0) {
      paymentStatus = 'invoiced';
      invoicedOn = isoDate(Math.min(lastAt + 2 * DAY_MS, day(-1)));
    }

    const liveAt = reached('content_live');
    const startDate =
      liveAt !== null ? isoDate(liveAt)
      : ['negotiating', 'briefed', 'sample_shipped'].includes(stage) ? isoDate(Math.max(camp.startMs, day(int(3, 10))))
      : null;
    const contactedAt = reached('contacted');

    const notes =
      inf.persona.quirk === 'fake_followers' && stage === 'completed' ? 'Reichweite laut Insights deutlich unter Followerzahl. Code nicht genutzt – nicht erneut buchen.'
      : stage === 'declined' ? pick(plan.key === 'protein' && inf.persona.followers >= 1_000_000
          ? ['Management verlangt 8.000 € pro Video – passt nicht ins Budget.']
          : ['Keine Kapazität im Zeitraum.', 'Arbeitet exklusiv mit einer anderen Supplement-Marke.', 'Honorarvorstellung zu hoch.', 'Keine Antwort nach zwei Nachfassern.'])
      : chance(0.45) ? pick(['Bevorzugt Kontakt per Instagram-DM.', 'Möchte Freigabe vor Posting selbst einholen.', 'Konfektionsgröße M, Schuhgröße 39.', 'Rechnung mit Kleinunternehmerregelung (§ 19 UStG).', 'Hat schon vor der Kooperation GrünFit-Produkte gekauft.', 'Fotos dürfen wir 12 Monate organisch nutzen.', 'Wünscht Zahlung innerhalb von 14 Tagen.'])
      : '';

    const collabId = id(
      insCollab.run(
        camp.id, inf.id, camp.stageIds[stage], position, channel.id, type, fee,
        productValue, commissionBp, paymentStatus, invoicedOn, paidOn, startDate,
        contactedAt === null ? null : isoInstant(contactedAt), notes, isoInstant(path[0].at), isoInstant(lastAt),
      ),
    );
    counts.collaborations++;

    // History.
    const eventNote: Partial<Record<StageKey, string>> = {
      shortlist: 'Zur Shortlist hinzugefügt',
      contacted: inf.persona.agency ? 'Agentur per E-Mail angefragt' : pick(['Per E-Mail angefragt', 'Per Instagram-DM angefragt']),
      negotiating: 'Konditionen besprochen',
      briefed: 'Briefing verschickt',
      sample_shipped: 'Paket verschickt',
      content_live: 'Content ist online',
      completed: 'Abgeschlossen',
      declined: 'Abgesagt',
    };
    path.forEach((step, i) => {
      insEvent.run(collabId, i === 0 ? null : camp.stageIds[path[i - 1].key], camp.stageIds[step.key], isoInstant(step.at), eventNote[step.key] ?? null);
    });

    // Deliverables and the posts that fulfil them.
    const posts: PostPlan[] = [];
    const deliverablesAgreed = !['shortlist', 'contacted', 'declined'].includes(stage);
    if (deliverablesAgreed) {
      deliverablesFor(channel.platform, type).forEach(([kind, count], di) => {
        let due: number;
        let doneAt: number | null = null;
        if (liveAt !== null) {
          due = liveAt + (di * 5 + int(0, 2)) * DAY_MS;
          const done = stage === 'completed' || di === 0 || (due < day(-3) && chance(0.6));
          if (done) doneAt = di === 0 ? liveAt - int(1, 6) * HOUR_MS : Math.min(due + int(1, 6) * HOUR_MS, day(-1));
          if (doneAt !== null) {
            const n = kind === 'story' ? 1 : count;
            for (let j = 0; j < n; j++) {
              const at = Math.min(doneAt + j * int(2, 5) * DAY_MS + int(0, 3) * HOUR_MS, day(0) - int(1, 12) * HOUR_MS);
              posts.push({ kind, at });
            }
          }
        } else if (stage === 'sample_shipped') {
          due = position === 0 ? day(-3) : position === 1 ? day(-1) : day(int(5, 12));
        } else if (plan.key === 'xmas') {
          due = camp.startMs + int(2, 14) * DAY_MS;
        } else {
          due = day(int(6, 22));
        }
        insDeliverable.run(collabId, kind, count, isoDate(due), doneAt === null ? null : isoInstant(doneAt));
      });
    }
    posts.sort((a, b) => a.at - b.at);

    // Samples for everyone whose package went out; one summer parcel came back (wrong size) and was sent again.
    const shippedAt = reached('sample_shipped');
    if (shippedAt !== null) {
      const value = productValue;
      const shipping = inf.country === 'DE' ? 499 : inf.country === 'AT' ? 990 : inf.country === 'CH' ? 1690 : 1390;
      const returnedOnce = plan.key === 'summer' && position === 2;
      let sent = shippedAt + int(1, 4) * HOUR_MS;
      if (returnedOnce) {
        const carrier = carrierFor(inf.country);
        const delivered = sent + int(1, 3) * DAY_MS;
        const returned = delivered + int(3, 6) * DAY_MS;
        insSample.run(collabId, JSON.stringify(items), value, shipping, carrier, trackingFor(carrier), 'returned', isoDate(sent), isoDate(delivered), isoDate(returned),
          'Falsche Größe geschickt – Umtausch, neues Paket ging raus.', isoInstant(sent), isoInstant(returned));
        counts.samples++;
        sent = returned + int(1, 2) * DAY_MS;
      }
      const carrier = carrierFor(inf.country);
      const transit = (inf.country === 'DE' ? int(1, 2) : int(2, 5)) * DAY_MS;
      const delivered = sent + transit;
      const inTransit = delivered > day(0) - 8 * HOUR_MS || (stage === 'sample_shipped' && position === 2);
      insSample.run(
        collabId, JSON.stringify(items), value, shipping, carrier, trackingFor(carrier),
        inTransit ? 'shipped' : 'delivered', isoDate(sent), inTransit ? null : isoDate(delivered), null,
        inf.persona.key === 'hannah' ? 'Plastikfrei verpackt (Wunsch der Influencerin).' : '',
        isoInstant(sent), isoInstant(inTransit ? sent : delivered),
      );
      counts.samples++;
    }

    // Voucher code and tracking link for briefed-and-later cards (one fresh briefing still waits for its code).
    let code: CollabRt['code'] = null;
    const briefedAt = reached('briefed');
    if (briefedAt !== null && !(stage === 'briefed' && position === 1)) {
      const pct = plan.discountPct;
      const codeText = uniqueCode(inf.persona, pct);
      const validFrom = isoDate(Math.min(camp.startMs, briefedAt));
      const validToMs = camp.endMs + (plan.key === 'summer' ? 30 : 14) * DAY_MS;
      const codeId = id(
        insCode.run(collabId, codeText, codeText.toUpperCase(), `${pct} % auf den gesamten Einkauf, einmal pro Kunde`, validFrom, isoDate(validToMs), isoInstant(briefedAt), isoInstant(briefedAt)),
      );
      counts.voucherCodes++;
      const utm = `${BRAND.baseUrl}${plan.path}?utm_source=${channel.platform}&utm_medium=influencer&utm_campaign=${plan.slug}&utm_content=${encodeURIComponent(channel.handle)}`;
      insLink.run(collabId, utm, 0, isoInstant(briefedAt), isoInstant(briefedAt));
      code = { id: codeId, norm: codeText.toUpperCase(), pct, validToMs: validToMs + DAY_MS };
    }

    return { id: collabId, campaign: camp, inf, channel, stage, position, type, path, sampleItems: items, posts, code, orders: 0, leak: plan.key === 'protein' && stage === 'completed' && position === 0 };
  }

  function uniqueCode(p: Persona, pct: number): string {
    const first = ascii(p.first).toUpperCase().replace(/[^A-Z0-9]/g, '');
    const last = ascii(p.last).toUpperCase().replace(/[^A-Z0-9]/g, '');
    for (const candidate of [`${first}${pct}`, `${first}${last.slice(0, 1)}${pct}`, `${first}${last}${pct}`]) {
      if (!codesTaken.has(candidate)) {
        codesTaken.add(candidate);
        return candidate;
      }
    }
    throw new Error(`demo seed: no free code for ${p.key}`);
  }

  function carrierFor(country: string): string {
    if (country === 'AT') return pick(['Österreichische Post', 'DHL']);
    if (country === 'DE') return pick(['DHL', 'DHL', 'DPD', 'Hermes', 'GLS']);
    return pick(['DHL', 'DPD', 'GLS']);
  }

  function trackingFor(carrier: string): string {
    const d = (n: number) => f.string.numeric({ length: n, allowLeadingZeros: true });
    switch (carrier) {
      case 'DHL': return `00340434${d(12)}`;
      case 'DPD': return `0${d(13)}`;
      case 'Hermes': return `H10${d(17)}`;
      case 'GLS': return d(11);
      default: return `10${d(20)}`;
    }
  }

  function writeRedemptions() {
    interface Draft { ms: number; code: string; collab: CollabRt | null; leakOrder: boolean }
    const drafts: Draft[] = [];
    const redeeming = collabs.filter((x) => x.code && x.posts.length > 0);
    for (const collab of redeeming) {
      const windowStart = collab.posts[0].at;
      const windowEnd = Math.min(collab.code!.validToMs, day(0));
      const anchors = collab.posts.filter((p) => p.kind !== 'story').map((p) => p.at);
      const tau = collab.campaign.plan.key === 'summer' ? 12 : 8;
      const n = Math.round(collab.orders * float(0.92, 1.08));
      for (let i = 0; i < n; i++) {
        const anchor = anchors.length ? pick(anchors) : windowStart;
        let d = Math.floor(-Math.log(1 - float(0, 0.999)) * tau);
        let dayStart = Math.floor((anchor - 0) / DAY_MS) * DAY_MS + d * DAY_MS;
        if (dayStart + DAY_MS > windowEnd) {
          d = int(0, Math.max(0, Math.floor((windowEnd - windowStart) / DAY_MS) - 1));
          dayStart = Math.floor(windowStart / DAY_MS) * DAY_MS + d * DAY_MS;
        }
        let ms = berlinWallClock(dayStart, orderHour(), int(0, 59), int(0, 59));
        if (ms < windowStart) ms = windowStart + int(5, 180) * 60_000;
        if (ms >= windowEnd) ms = windowEnd - int(5, 600) * 60_000;
        drafts.push({ ms, code: collab.code!.norm, collab, leakOrder: false });
      }
      if (collab.leak) {
        // A week after the post the code landed on coupon sites: a burst on three days, around the clock.
        const liveDay = Math.floor(collab.posts[0].at / DAY_MS) * DAY_MS;
        [96, 121, 74].forEach((perDay, k) => {
          const dayStart = liveDay + (8 + k) * DAY_MS;
          if (dayStart + DAY_MS > windowEnd) return;
          for (let i = 0; i < perDay; i++) {
            drafts.push({ ms: dayStart + int(0, DAY_MS / 1000 - 1) * 1000, code: collab.code!.norm, collab, leakOrder: true });
          }
        });
      }
    }

    // Orders whose code no campaign knows (old newsletter codes, typos).
    const unknownCodes = ['WILLKOMMEN10', 'NEWSLETTER15', 'BLACKWEEK20', 'JOERG10', 'LENNA20', 'GRUENFIT5', 'APP10'].filter((x) => !codesTaken.has(x));
    const firstMs = Math.min(...campaigns.map((x) => x.startMs));
    for (let i = 0; i < 9; i++) {
      const ms = berlinWallClock(firstMs + int(0, Math.floor((day(0) - firstMs) / DAY_MS) - 1) * DAY_MS, orderHour(), int(0, 59), int(0, 59));
      drafts.push({ ms, code: unknownCodes[i % unknownCodes.length], collab: null, leakOrder: false });
    }

    drafts.sort((a, b) => a.ms - b.ms);
    let orderNo = 10_234;
    const allProducts = [...NUTRITION, ...APPAREL];
    drafts.forEach((dr, i) => {
      const plan = dr.collab?.campaign.plan;
      const catalog = plan?.key === 'summer' ? APPAREL : plan?.key === 'protein' ? NUTRITION : allProducts;
      const pct = dr.collab?.code?.pct ?? 10;
      const b = basket(catalog, allProducts, pct, dr.leakOrder);
      let status = 'paid';
      let refunded = 0;
      const u = float(0, 1);
      const recent = dr.ms > day(-2);
      if (u < (dr.leakOrder ? 0.05 : 0.015)) status = 'cancelled';
      else if (u < 0.035) {
        status = 'refunded';
        refunded = b.total;
      } else if (u < 0.06 && b.lineAfterDiscount < b.total) {
        status = 'partially_refunded';
        refunded = b.lineAfterDiscount;
      } else if (recent && chance(0.3)) status = 'pending';
      insRedemption.run(
        BRAND.shop, `#${orderNo}`, dr.code, dr.collab?.code?.id ?? null, dr.collab?.id ?? null,
        berlinIso(dr.ms), isoInstant(dr.ms), b.total, b.subtotal, b.discount, refunded, status,
      );
      counts.redemptions++;
      orderNo += 1 + int(0, 5);
      if ((i + 1) % 500 === 0) progress(i + 1, drafts.length, 'redemptions');
    });
    progress(drafts.length, drafts.length, 'redemptions');

    // Clicks on the tracking links follow the orders (about 2–6 % conversion).
    const linkClicks = c.prepare(`UPDATE tracking_links SET clicks = ? WHERE collaboration_id = ?`);
    for (const collab of collabs) {
      if (!collab.code) continue;
      const orders = drafts.filter((d) => d.collab === collab && !d.leakOrder).length;
      const clicks = orders > 0 ? Math.round(orders * float(16, 45)) : collab.posts.length > 0 ? int(20, 90) : int(0, 12);
      linkClicks.run(clicks, collab.id);
    }
  }

  function orderHour(): number {
    return f.helpers.weightedArrayElement([
      { weight: 1, value: 0 }, { weight: 1, value: 6 }, { weight: 2, value: 7 }, { weight: 3, value: 8 }, { weight: 3, value: 9 },
      { weight: 3, value: 10 }, { weight: 4, value: 11 }, { weight: 5, value: 12 }, { weight: 4, value: 13 }, { weight: 3, value: 14 },
      { weight: 3, value: 15 }, { weight: 4, value: 16 }, { weight: 5, value: 17 }, { weight: 6, value: 18 }, { weight: 8, value: 19 },
      { weight: 9, value: 20 }, { weight: 9, value: 21 }, { weight: 6, value: 22 }, { weight: 3, value: 23 },
    ]);
  }

  function basket(catalog: Product[], all: Product[], pct: number, dealHunter: boolean) {
    for (let attempt = 0; ; attempt++) {
      const k = dealHunter ? 1 : f.helpers.weightedArrayElement([{ weight: 50, value: 1 }, { weight: 30, value: 2 }, { weight: 15, value: 3 }, { weight: 5, value: 4 }]);
      const lines: number[] = [];
      for (let j = 0; j < k; j++) {
        const p = chance(0.8) ? pick(catalog) : pick(all);
        lines.push(p.priceMinor * (chance(0.15) ? 2 : 1));
      }
      if (attempt > 30) lines.splice(0, lines.length, 6980);
      const gross = lines.reduce((s, x) => s + x, 0);
      const discount = Math.round((gross * pct) / 100);
      const subtotal = gross - discount;
      const shipping = subtotal >= 4900 ? 0 : 495;
      const total = subtotal + shipping;
      if ((total >= 2000 && total <= 15000) || attempt > 30) {
        const lineAfterDiscount = lines[0] - Math.round((lines[0] * pct) / 100);
        return { total, subtotal, discount, lineAfterDiscount };
      }
    }
  }

  function writePosts(collab: CollabRt) {
    const plan = collab.campaign.plan;
    const ch = collab.channel;
    const fake = collab.inf.persona.quirk === 'fake_followers';
    collab.posts.forEach((post, i) => {
      const q = float(0.65, 1.45);
      const story = post.kind === 'story';
      const likes = Math.round(ch.avgLikes * q * (story ? 0.25 : 1));
      const comments = Math.round(ch.avgComments * q * (collab.type === 'giveaway' && i === 0 ? 6 : 1));
      const shares = Math.round(ch.avgShares * q);
      const saves = story ? 0 : ch.platform === 'instagram' || ch.platform === 'pinterest' || ch.platform === 'tiktok' ? Math.round(likes * float(0.05, 0.18)) : 0;
      let reach: number;
      let views = 0;
      let clicks: number;
      switch (post.kind) {
        case 'story':
          reach = Math.round(ch.followers * (fake ? float(0.005, 0.01) : float(0.06, 0.14)));
          views = reach;
          clicks = Math.round(reach * float(0.008, 0.03));
          break;
        case 'reel':
        case 'video':
        case 'short':
        case 'live':
          views = Math.round(ch.avgViews * q);
          reach = Math.round(views * float(0.7, 0.9));
          clicks = Math.round(views * (post.kind === 'video' && ch.platform === 'youtube' ? float(0.006, 0.015) : float(0.001, 0.004)));
          break;
        default:
          reach = Math.round(ch.followers * (fake ? float(0.01, 0.02) : float(0.2, 0.45)) * q);
          clicks = Math.round(reach * float(0.0005, 0.002));
      }
      const impressions = Math.round(reach * float(1.15, 1.7));
      const omitDisclosure = (plan.key === 'summer' && collab.position === 4 && i === 0) || (plan.key === 'protein' && collab.stage === 'content_live' && collab.position === 1 && i === 0);
      const caption = captionFor(collab, post.kind, omitDisclosure);
      const createdMs = Math.min(post.at + int(1, 3) * DAY_MS, day(0) - HOUR_MS);
      insPost.run(
        collab.id, ch.id, ch.platform, post.kind, postUrl(ch, post.kind), isoInstant(post.at), caption,
        /#(werbung|anzeige)\b|^(werbung|anzeige)\b/i.test(caption) ? 1 : 0,
        reach, impressions, views, likes, comments, shares, saves, clicks, isoInstant(createdMs), isoInstant(createdMs),
      );
      counts.posts++;
    });
  }

  function postUrl(ch: ChannelRt, kind: DeliverableKind): string | null {
    const slug = f.string.alphanumeric({ length: 11 });
    switch (ch.platform) {
      case 'instagram':
        return kind === 'story' ? `https://www.instagram.com/stories/${ch.handle}/${f.string.numeric(19)}/` : `https://www.instagram.com/${kind === 'reel' ? 'reel' : 'p'}/${slug}/`;
      case 'tiktok':
        return `https://www.tiktok.com/@${ch.handle}/video/${f.string.numeric(19)}`;
      case 'youtube':
        return kind === 'short' ? `https://www.youtube.com/shorts/${slug}` : `https://www.youtube.com/watch?v=${slug}`;
      case 'twitch':
        return `https://www.twitch.tv/videos/${f.string.numeric(10)}`;
      case 'pinterest':
        return `https://www.pinterest.de/pin/${f.string.numeric(18)}/`;
      default:
        return null;
    }
  }

  function captionFor(collab: CollabRt, kind: DeliverableKind, omitDisclosure: boolean): string {
    const plan = collab.campaign.plan;
    const code = collab.code ? collab.code.norm : null;
    const en = collab.inf.persona.language === 'en';
    const disc = omitDisclosure ? '' : plan.disclosure;
    const codeLine = code ? (en ? `Use code ${code} for ${plan.discountPct} % off.` : `Mit meinem Code ${code} spart ihr ${plan.discountPct} %.`) : '';
    let body: string;
    if (plan.key === 'summer') {
      body = en
        ? pick(['Summer runs in my new favourite set by @gruenfit – made from recycled PET bottles 🌿', 'Finally a running tee that is fair AND breathes. Thanks @gruenfit ☀️'])
        : pick([
            'Endlich Sommer – und mein neues Lieblingsoutfit von @gruenfit ist aus recycelten PET-Flaschen 🌿',
            'Leggings aus altem Fischernetz-Nylon? Klingt verrückt, trägt sich super. Mein Test der neuen Sommer-Kollektion von @gruenfit ☀️',
            'Morgenrunde am See in der neuen Kollektion von @gruenfit. Fair produziert, GOTS-zertifiziert, und sie kneift nirgends 🏃‍♀️',
            'Capsule-Wardrobe-Update: drei Teile aus der Sommer-Kollektion von @gruenfit, die ich wirklich jeden Tag trage.',
          ]);
    } else if (plan.key === 'protein') {
      body = en
        ? pick(['My post-workout shake just went 100 % plant-based 💪 The new Vegan Protein by @gruenfit (chocolate hazelnut!)', 'Pea + rice protein that actually tastes good? Tried the new @gruenfit Vegan Protein for four weeks.'])
        : pick([
            'Mein Post-Workout-Shake ist jetzt 100 % pflanzlich 💪 Das neue Vegan Protein von @gruenfit in Schoko-Haselnuss ist mein Favorit.',
            'Protein-Pancakes ohne Ei und Milch – Rezept in den Kommentaren! Mit dem neuen Vegan Protein von @gruenfit 🥞',
            'Vier Wochen getestet: Erbsen- und Reisprotein, ohne Süßstoff, klumpt nicht. Das Vegan Protein von @gruenfit hat mich überzeugt.',
            'Meal-Prep-Sonntag: Overnight Oats mit Vanille-Zimt-Protein von @gruenfit für die ganze Woche 🌱',
          ]);
    } else {
      body = 'Macht mit bei der #GrünFitWeihnachtsChallenge: 24 Tage, 24 kleine Workouts 🎄';
    }
    const tags = plan.key === 'summer' ? '#gruenfit #fairfashion #sommerkollektion' : '#gruenfit #veganprotein #plantbased';
    const storyPrefix = kind === 'story' ? (en ? '[Story] Swipe up: ' : '[Story] Link in der Story: ') : '';
    const upFront = disc !== '' && chance(0.4);
    // the label always up front, as the briefing asks (src/shared/disclosure.ts checks its position): as a word or a hashtag
    const parts = [upFront ? `${disc.replace('#', '').replace(/^./, (x) => x.toUpperCase())} |` : disc, storyPrefix + body, codeLine, tags];
    return parts.filter(Boolean).join(' ');
  }
}

// ---------------------------------------------------------------------------------------------
// Pure helpers

function ascii(s: string): string {
  return transliterate(s).toLowerCase();
}

/** Scales positive weights to integers summing to exactly 10 000 bp. */
function normalise(weights: Record<string, number>): Record<string, number> {
  const keys = Object.keys(weights);
  const total = keys.reduce((s, k) => s + weights[k], 0);
  const out: Record<string, number> = {};
  let sum = 0;
  for (const k of keys) {
    out[k] = Math.round((weights[k] / total) * 10_000);
    sum += out[k];
  }
  const largest = keys.reduce((a, b) => (out[a] >= out[b] ? a : b));
  out[largest] += 10_000 - sum;
  return out;
}

function channelUrl(platform: Platform, handle: string): string | null {
  switch (platform) {
    case 'instagram': return `https://www.instagram.com/${handle}/`;
    case 'tiktok': return `https://www.tiktok.com/@${handle}`;
    case 'youtube': return `https://www.youtube.com/@${handle}`;
    case 'twitch': return `https://www.twitch.tv/${handle}`;
    case 'pinterest': return `https://www.pinterest.de/${handle}/`;
    default: return null;
  }
}

/** The three demo campaigns laid out around the reference date (finished, active, planned). */
function campaignPlans(today: string): CampaignPlan[] {
  const t = dateMs(today);
  const year = (rel: number) => new Date(t + rel * DAY_MS).getUTCFullYear();
  const dach = ['DE', 'AT', 'CH'];
  return [
    {
      key: 'summer',
      name: `Sommer-Kollektion ${year(-176)}`,
      slug: `sommer-kollektion-${year(-176)}`,
      path: `/kollektion/sommer-${year(-176)}`,
      goal: 'launch',
      product: 'GrünFit Summer Active – Sportbekleidung aus recycelten Materialien',
      startDay: -176,
      endDay: -85,
      budgetMinor: 1_800_000,
      disclosure: '#anzeige',
      targetKpis: { reach: 800_000, engagementRateBp: 350, conversions: 1_500, revenueMinor: 9_000_000 },
      audience: { countries: dach, ageBands: ['18-24', '25-34'], gender: 'any', niches: ['fashion', 'fitness', 'sustainability'] },
      notes: 'Launch der ersten Bekleidungslinie. Schwerpunkt Produkttests und Reels, Codes mit 15 % bis Ende September gültig.',
      niches: ['fashion', 'fitness', 'sustainability', 'travel'],
      slots: [['completed', 10], ['declined', 2]],
      pinned: [['laura', 'completed'], ['emma', 'completed']],
      types: ['product_test', 'product_test', 'sponsored_post', 'sponsored_post', 'giveaway', 'co_creation', 'takeover'],
      catalog: APPAREL,
      discountPct: 15,
      orderCounts: [640, 430, 290, 215, 150, 95, 55, 20, 0],
    },
    {
      key: 'protein',
      name: 'Vegan Protein Launch',
      slug: 'vegan-protein-launch',
      path: '/vegan-protein',
      goal: 'sales',
      product: 'GrünFit Vegan Protein (Erbse & Reis), 3 Sorten',
      startDay: -42,
      endDay: 28,
      budgetMinor: 1_200_000,
      disclosure: '#werbung',
      targetKpis: { conversions: 1_200, revenueMinor: 6_000_000, roasBp: 30_000 },
      audience: { countries: dach, ageBands: ['18-24', '25-34', '35-44'], gender: 'any', niches: ['fitness', 'vegan', 'food'] },
      notes: 'Abverkauf der neuen Proteinlinie. 20 % Rabatt über persönliche Codes, Provision für Affiliates. Keine Heilversprechen (Health-Claims-Verordnung)!',
      niches: ['fitness', 'vegan', 'food'],
      slots: [['shortlist', 1], ['contacted', 2], ['negotiating', 1], ['briefed', 2], ['sample_shipped', 3], ['content_live', 3], ['completed', 1], ['declined', 1]],
      pinned: [['tom', 'declined'], ['lea', 'content_live'], ['felix', 'content_live']],
      types: ['affiliate', 'affiliate', 'sponsored_post', 'product_test', 'giveaway', 'co_creation'],
      catalog: NUTRITION,
      discountPct: 20,
      orderCounts: [540, 300, 170, 110],
    },
    {
      key: 'xmas',
      name: 'Weihnachts-Challenge',
      slug: 'weihnachts-challenge',
      path: '/weihnachts-challenge',
      goal: 'community',
      product: 'Fitness-Adventskalender & Vegan Protein Zimtstern',
      startDay: 21,
      endDay: 47,
      budgetMinor: 600_000,
      disclosure: '#werbung',
      targetKpis: { reach: 400_000, engagementRateBp: 500 },
      audience: { countries: dach, ageBands: ['18-24', '25-34'], gender: 'any', niches: ['fitness', 'gaming', 'food'] },
      notes: '24-Tage-Challenge im Advent: tägliche Mini-Workouts, Community postet mit #GrünFitWeihnachtsChallenge. Gewinnspiel am Ende.',
      niches: ['fitness', 'gaming', 'food', 'vegan'],
      slots: [['shortlist', 4], ['contacted', 4], ['negotiating', 2], ['declined', 1]],
      pinned: [['matthias', 'shortlist'], ['noah', 'contacted'], ['max', 'negotiating']],
      types: ['challenge', 'challenge', 'challenge', 'giveaway'],
      catalog: XMAS,
      discountPct: 15,
      orderCounts: [],
    },
  ];
}
