import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/main/db/connection';
import { seedDemo } from '../../../src/main/demo/seed';
import { DEFAULT_STAGES, tierOf } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/tmp';

const TODAY = '2026-11-24';
const TABLES = [
  'influencers',
  'channels',
  'channel_snapshots',
  'campaigns',
  'stages',
  'collaborations',
  'deliverables',
  'stage_events',
  'sample_shipments',
  'voucher_codes',
  'tracking_links',
  'content_posts',
  'redemptions',
  'import_batches',
] as const;

let tmp: ReturnType<typeof tempDir>;
let db: Db;
let db2: Db;
let counts: Record<string, number>;
const phases = new Set<string>();

function seeded(file: string, onProgress?: (done: number, total: number, phase: string) => void): { db: Db; counts: Record<string, number> } {
  const d = openDatabase(file);
  const c = d.$client.transaction(() => seedDemo(d, { progress: onProgress }))();
  return { db: d, counts: c };
}

function all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  return db.$client.prepare(sql).all(...params) as T[];
}
function one<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T {
  return db.$client.prepare(sql).get(...params) as T;
}
function n(sql: string, ...params: unknown[]): number {
  return Object.values(one<Record<string, number>>(sql, ...params))[0];
}

beforeAll(() => {
  tmp = tempDir('kollab-seed-');
  const a = seeded(path.join(tmp.dir, 'a.db'), (done, total, phase) => {
    expect(Number.isFinite(done) && Number.isFinite(total)).toBe(true);
    phases.add(phase);
  });
  db = a.db;
  counts = a.counts;
  db2 = seeded(path.join(tmp.dir, 'b.db')).db;
});

afterAll(() => {
  db?.$client.close();
  db2?.$client.close();
  tmp?.cleanup();
});

describe('seedDemo', () => {
  // How long it takes is a figure of `npm run bench` ("demo workspace: generate"), not a test.
  it('reports progress in every phase', () => {
    for (const p of ['influencers', 'campaigns', 'redemptions', 'content']) expect(phases).toContain(p);
  });

  it('returns the counts that are in the tables', () => {
    expect(counts).toEqual({
      influencers: n('SELECT count(*) FROM influencers'),
      channels: n('SELECT count(*) FROM channels'),
      snapshots: n('SELECT count(*) FROM channel_snapshots'),
      campaigns: n('SELECT count(*) FROM campaigns'),
      collaborations: n('SELECT count(*) FROM collaborations'),
      samples: n('SELECT count(*) FROM sample_shipments'),
      voucherCodes: n('SELECT count(*) FROM voucher_codes'),
      redemptions: n('SELECT count(*) FROM redemptions'),
      posts: n('SELECT count(*) FROM content_posts'),
    });
    expect(counts.influencers).toBeGreaterThanOrEqual(35);
    expect(counts.influencers).toBeLessThanOrEqual(45);
    expect(counts.campaigns).toBe(3);
    expect(counts.redemptions).toBeGreaterThanOrEqual(2500);
    expect(counts.redemptions).toBeLessThanOrEqual(4000);
    expect(counts.samples).toBeGreaterThan(5);
    expect(counts.voucherCodes).toBeGreaterThan(10);
    expect(counts.posts).toBeGreaterThan(10);
    expect(n('SELECT count(*) FROM import_batches')).toBe(0);
  });

  it('leaves no dangling foreign keys', () => {
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('gives influencers plausible personal data and audience splits', () => {
    const rows = all<{ name: string; email: string | null; country: string; language: string; niches: string; audience: string; postal_code: string }>(
      'SELECT * FROM influencers',
    );
    expect(rows.filter((r) => /[äöüÄÖÜß]/.test(r.name)).length).toBeGreaterThan(rows.length / 2);
    expect(rows.filter((r) => ['DE', 'AT', 'CH'].includes(r.country)).length).toBeGreaterThan(rows.length * 0.75);
    for (const r of rows) {
      expect(['de', 'en']).toContain(r.language);
      expect(JSON.parse(r.niches).length).toBeGreaterThan(0);
      if (r.email) expect(r.email).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
      const a = JSON.parse(r.audience) as { topCountries: { shareBp: number }[]; ageBands: Record<string, number>; gender: Record<string, number> };
      expect(Object.values(a.gender).reduce((s, x) => s + x, 0)).toBe(10_000);
      expect(Object.values(a.ageBands).reduce((s, x) => s + x, 0)).toBe(10_000);
      expect(a.topCountries.reduce((s, x) => s + x.shareBp, 0)).toBeLessThanOrEqual(10_000);
    }
  });

  it('gives every influencer 1–3 channels with exactly one primary, unique lowercase ASCII handles and monthly snapshots', () => {
    const per = all<{ n: number; primaries: number }>('SELECT count(*) n, sum(is_primary) primaries FROM channels GROUP BY influencer_id');
    expect(per).toHaveLength(counts.influencers);
    for (const p of per) {
      expect(p.n).toBeGreaterThanOrEqual(1);
      expect(p.n).toBeLessThanOrEqual(3);
      expect(p.primaries).toBe(1);
    }
    for (const h of all<{ handle: string }>('SELECT handle FROM channels')) expect(h.handle).toMatch(/^[a-z0-9._]+$/);
    expect(n('SELECT count(*) FROM (SELECT platform, lower(handle) FROM channels GROUP BY 1, 2 HAVING count(*) > 1)')).toBe(0);
    const snaps = all<{ is_primary: number; n: number; last: string }>(
      'SELECT c.is_primary, count(s.id) n, max(s.taken_on) last FROM channels c LEFT JOIN channel_snapshots s ON s.channel_id = c.id GROUP BY c.id',
    );
    for (const s of snaps) {
      if (s.is_primary) {
        expect(s.n).toBeGreaterThanOrEqual(4);
        expect(s.n).toBeLessThanOrEqual(8);
        expect(s.last).toBe(TODAY);
      }
    }
  });

  it('spreads followers over the tiers with tier-typical engagement and a few suspicious accounts', () => {
    const ch = all<{ followers: number; l: number; c: number; s: number }>(
      'SELECT followers, avg_likes l, avg_comments c, avg_shares s FROM channels WHERE is_primary = 1',
    );
    const tiers = ch.map((x) => ({ tier: tierOf(x.followers), er: (x.l + x.c + x.s) / x.followers, followers: x.followers }));
    const count = (t: string) => tiers.filter((x) => x.tier === t).length;
    expect(count('mega')).toBe(1);
    expect(count('macro')).toBeGreaterThanOrEqual(2);
    expect(count('macro')).toBeLessThanOrEqual(3);
    expect(count('nano')).toBeGreaterThanOrEqual(2);
    expect(count('micro')).toBeGreaterThan(tiers.length / 2);
    const suspicious = tiers.filter((x) => x.followers >= 50_000 && x.er < 0.005);
    expect(suspicious.length).toBeGreaterThanOrEqual(2);
    const normal = tiers.filter((x) => x.er >= 0.005);
    for (const x of normal.filter((t) => t.tier === 'nano')) expect(x.er).toBeGreaterThanOrEqual(0.045);
    for (const x of normal.filter((t) => t.tier === 'macro')) {
      expect(x.er).toBeGreaterThanOrEqual(0.009);
      expect(x.er).toBeLessThanOrEqual(0.021);
    }
    // A follower jump with flat likes between two snapshots.
    const snaps = all<{ channel_id: number; followers: number; avg_likes: number }>('SELECT channel_id, followers, avg_likes FROM channel_snapshots ORDER BY channel_id, taken_on');
    let jumps = 0;
    for (let i = 1; i < snaps.length; i++) {
      const a = snaps[i - 1];
      const b = snaps[i];
      if (a.channel_id === b.channel_id && b.followers > a.followers * 2 && b.avg_likes < a.avg_likes * 1.2) jumps++;
    }
    expect(jumps).toBe(1);
  });

  it('lays out one finished, one active and one planned campaign with the default stages', () => {
    const camps = all<{ id: number; start_date: string; end_date: string; currency: string; base_url: string; disclosure_text: string }>(
      'SELECT * FROM campaigns ORDER BY start_date',
    );
    expect(camps[0].end_date < TODAY).toBe(true);
    expect(camps[1].start_date <= TODAY && camps[1].end_date >= TODAY).toBe(true);
    expect(camps[2].start_date > TODAY).toBe(true);
    for (const c of camps) {
      expect(c.currency).toBe('EUR');
      expect(c.base_url).toMatch(/^https:\/\/www\.gruenfit-shop\.de\//);
      expect(['#werbung', '#anzeige']).toContain(c.disclosure_text);
      const stages = all<{ key: string; name: string | null; position: number }>('SELECT key, name, position FROM stages WHERE campaign_id = ? ORDER BY position', c.id);
      expect(stages.map((s) => s.key)).toEqual([...DEFAULT_STAGES]);
      expect(stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(stages.every((s) => s.name === null)).toBe(true);
      const collabs = n('SELECT count(*) FROM collaborations WHERE campaign_id = ?', c.id);
      expect(collabs).toBeGreaterThanOrEqual(10);
      expect(collabs).toBeLessThanOrEqual(15);
    }
    // finished: only completed/declined; planned: nothing past negotiating.
    const keysOf = (id: number) =>
      all<{ key: string }>('SELECT DISTINCT s.key FROM collaborations c JOIN stages s ON s.id = c.stage_id WHERE c.campaign_id = ?', id).map((r) => r.key);
    expect(keysOf(camps[0].id).sort()).toEqual(['completed', 'declined']);
    expect(keysOf(camps[1].id).sort()).toEqual([...DEFAULT_STAGES].sort());
    for (const k of keysOf(camps[2].id)) expect(['shortlist', 'contacted', 'negotiating', 'declined']).toContain(k);
  });

  it('fills every default stage and keeps positions dense per stage', () => {
    for (const key of DEFAULT_STAGES) {
      expect(n('SELECT count(*) FROM collaborations c JOIN stages s ON s.id = c.stage_id WHERE s.key = ?', key)).toBeGreaterThanOrEqual(1);
    }
    const groups = all<{ stage_id: number; positions: string }>(
      "SELECT stage_id, group_concat(position, ',') positions FROM (SELECT stage_id, position FROM collaborations ORDER BY stage_id, position) GROUP BY stage_id",
    );
    for (const g of groups) {
      const pos = g.positions.split(',').map(Number);
      expect(pos).toEqual(pos.map((_, i) => i));
    }
    expect(n('SELECT count(*) FROM collaborations c JOIN stages s ON s.id = c.stage_id WHERE s.campaign_id <> c.campaign_id')).toBe(0);
    expect(n('SELECT count(*) FROM (SELECT campaign_id, influencer_id FROM collaborations GROUP BY 1, 2 HAVING count(*) > 1)')).toBe(0);
  });

  it('records a stage history that ends in the current stage with increasing dates', () => {
    const collabs = all<{ id: number; stage_id: number; contacted_at: string | null; created_at: string }>('SELECT id, stage_id, contacted_at, created_at FROM collaborations');
    for (const c of collabs) {
      const ev = all<{ from_stage_id: number | null; to_stage_id: number; at: string }>('SELECT * FROM stage_events WHERE collaboration_id = ? ORDER BY id', c.id);
      expect(ev.length).toBeGreaterThanOrEqual(1);
      expect(ev[0].from_stage_id).toBeNull();
      expect(ev[ev.length - 1].to_stage_id).toBe(c.stage_id);
      for (let i = 1; i < ev.length; i++) {
        expect(ev[i].at > ev[i - 1].at).toBe(true);
        expect(ev[i].from_stage_id).toBe(ev[i - 1].to_stage_id);
      }
      expect(ev[ev.length - 1].at < `${TODAY}T23:59:59Z`).toBe(true);
    }
    // payment follows the stage
    expect(n("SELECT count(*) FROM collaborations c JOIN stages s ON s.id = c.stage_id WHERE c.payment_status IN ('invoiced', 'paid') AND s.key NOT IN ('content_live', 'completed')")).toBe(0);
    // fees are only proposed until the briefing (not a cost yet), agreed from then on
    expect(n("SELECT count(*) FROM collaborations c JOIN stages s ON s.id = c.stage_id WHERE (c.payment_status = 'proposed') <> (s.key IN ('shortlist', 'contacted', 'negotiating', 'declined'))")).toBe(0);
    expect(n("SELECT count(*) FROM collaborations WHERE payment_status = 'proposed'")).toBeGreaterThan(0);
    expect(n("SELECT count(*) FROM collaborations WHERE payment_status = 'paid' AND paid_on IS NULL")).toBe(0);
    // some deliverables of the active campaign are overdue
    expect(n('SELECT count(*) FROM deliverables WHERE done_at IS NULL AND due_date < ?', TODAY)).toBeGreaterThanOrEqual(1);
  });

  it('ships samples and hands out codes only to collaborations far enough along', () => {
    expect(
      n(
        "SELECT count(*) FROM sample_shipments x JOIN collaborations c ON c.id = x.collaboration_id JOIN stages s ON s.id = c.stage_id WHERE s.key NOT IN ('sample_shipped', 'content_live', 'completed')",
      ),
    ).toBe(0);
    expect(
      n(
        "SELECT count(*) FROM voucher_codes v JOIN collaborations c ON c.id = v.collaboration_id JOIN stages s ON s.id = c.stage_id WHERE s.key NOT IN ('briefed', 'sample_shipped', 'content_live', 'completed')",
      ),
    ).toBe(0);
    expect(n("SELECT count(*) FROM sample_shipments WHERE status = 'delivered' AND (delivered_on IS NULL OR delivered_on < shipped_on)")).toBe(0);
    for (const l of all<{ url: string }>('SELECT url FROM tracking_links')) {
      const u = new URL(l.url);
      expect(u.searchParams.get('utm_medium')).toBe('influencer');
      expect(u.searchParams.get('utm_source')).toBeTruthy();
      expect(u.searchParams.get('utm_campaign')).toBeTruthy();
      expect(u.searchParams.get('utm_content')).toBeTruthy();
    }
  });

  it('keeps voucher codes unique case-insensitively', () => {
    const codes = all<{ code: string; code_norm: string }>('SELECT code, code_norm FROM voucher_codes');
    for (const c of codes) {
      expect(c.code_norm).toBe(c.code.toUpperCase());
      expect(c.code).toMatch(/^[A-Z0-9]+$/);
    }
    expect(new Set(codes.map((c) => c.code.toUpperCase())).size).toBe(codes.length);
  });

  it('links every redemption to its voucher code and keeps unknown codes unlinked', () => {
    expect(
      n(
        'SELECT count(*) FROM redemptions r JOIN voucher_codes v ON v.id = r.voucher_code_id WHERE v.code_norm <> r.code_norm OR v.collaboration_id <> r.collaboration_id',
      ),
    ).toBe(0);
    expect(n('SELECT count(*) FROM redemptions WHERE voucher_code_id IS NULL AND code_norm IN (SELECT code_norm FROM voucher_codes)')).toBe(0);
    expect(n('SELECT count(*) FROM redemptions WHERE voucher_code_id IS NULL AND collaboration_id IS NOT NULL')).toBe(0);
    const unknown = n('SELECT count(*) FROM redemptions WHERE voucher_code_id IS NULL');
    expect(unknown).toBeGreaterThanOrEqual(3);
    expect(unknown).toBeLessThanOrEqual(20);
    expect(n('SELECT count(*) FROM redemptions WHERE batch_id IS NOT NULL')).toBe(0);
    expect(n('SELECT count(DISTINCT order_id) FROM redemptions')).toBe(counts.redemptions);
  });

  it('stores order times in Berlin time with the matching UTC twin', () => {
    const berlin = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
    const rows = all<{ ordered_at: string; ordered_at_utc: string }>('SELECT ordered_at, ordered_at_utc FROM redemptions');
    const offsets = new Set<string>();
    for (const r of rows) {
      expect(r.ordered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
      expect(r.ordered_at_utc).toMatch(/Z$/);
      const d = new Date(r.ordered_at);
      expect(d.toISOString()).toBe(r.ordered_at_utc);
      const zone = berlin.formatToParts(d).find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00"
      expect(zone.replace('GMT', '')).toBe(r.ordered_at.slice(-6));
      offsets.add(r.ordered_at.slice(-6));
      expect(r.ordered_at_utc <= `${TODAY}T00:00:00.000Z`).toBe(true);
    }
    expect([...offsets].sort()).toEqual(['+01:00', '+02:00']);
  });

  it('produces plausible order amounts and statuses', () => {
    const r = one<{ minT: number; maxT: number; minD: number; maxD: number; overRefund: number }>(
      `SELECT min(total_minor) minT, max(total_minor) maxT,
              min(discount_minor * 10000 / (subtotal_minor + discount_minor)) minD, max(discount_minor * 10000 / (subtotal_minor + discount_minor)) maxD,
              sum(refunded_minor > total_minor) overRefund FROM redemptions`,
    );
    expect(r.minT).toBeGreaterThanOrEqual(2000);
    expect(r.maxT).toBeLessThanOrEqual(15000);
    expect(r.minD).toBeGreaterThanOrEqual(990);
    expect(r.maxD).toBeLessThanOrEqual(2010);
    expect(r.overRefund).toBe(0);
    const statuses = Object.fromEntries(all<{ status: string; n: number }>('SELECT status, count(*) n FROM redemptions GROUP BY status').map((x) => [x.status, x.n]));
    expect(statuses.paid).toBeGreaterThan(counts.redemptions * 0.85);
    for (const s of ['refunded', 'partially_refunded', 'cancelled']) expect(statuses[s]).toBeGreaterThan(0);
    expect(n("SELECT count(*) FROM redemptions WHERE status = 'refunded' AND refunded_minor <> total_minor")).toBe(0);
    expect(n("SELECT count(*) FROM redemptions WHERE status = 'partially_refunded' AND (refunded_minor <= 0 OR refunded_minor >= total_minor)")).toBe(0);
  });

  it('varies strongly between influencers and has one code with a coupon-site spike', () => {
    const per = all<{ n: number }>(
      `SELECT count(r.id) n FROM collaborations c JOIN stages s ON s.id = c.stage_id LEFT JOIN redemptions r ON r.collaboration_id = c.id
       WHERE s.key IN ('content_live', 'completed') GROUP BY c.id`,
    ).map((x) => x.n);
    expect(Math.max(...per)).toBeGreaterThan(300);
    expect(Math.min(...per)).toBe(0);
    const daily = all<{ code_norm: string; n: number }>(
      'SELECT code_norm, count(*) n FROM redemptions WHERE voucher_code_id IS NOT NULL GROUP BY code_norm, substr(ordered_at_utc, 1, 10)',
    );
    const byCode = new Map<string, number[]>();
    for (const d of daily) byCode.set(d.code_norm, [...(byCode.get(d.code_norm) ?? []), d.n]);
    const spiky = [...byCode.entries()].filter(([, days]) => {
      const sorted = [...days].sort((a, b) => b - a);
      // three days far above what the code does otherwise
      return sorted.length > 5 && sorted[2] >= 60 && sorted[2] > 5 * Math.max(1, sorted[Math.floor(sorted.length / 2)]);
    });
    expect(spiky.map(([code]) => code)).toHaveLength(1);
  });

  it('publishes content only for live or completed collaborations, mostly disclosed', () => {
    expect(
      n("SELECT count(*) FROM content_posts p JOIN collaborations c ON c.id = p.collaboration_id JOIN stages s ON s.id = c.stage_id WHERE s.key NOT IN ('content_live', 'completed')"),
    ).toBe(0);
    const posts = all<{ caption: string; disclosure_present: number; posted_at: string; url: string }>('SELECT * FROM content_posts');
    const undisclosed = posts.filter((p) => !p.disclosure_present);
    expect(undisclosed.length).toBeGreaterThanOrEqual(1);
    expect(undisclosed.length).toBeLessThanOrEqual(3);
    for (const p of posts) {
      expect(/#(werbung|anzeige)|^(werbung|anzeige)\b/i.test(p.caption)).toBe(!!p.disclosure_present);
      expect(p.posted_at < `${TODAY}T00:00:00.000Z`).toBe(true);
      expect(p.url).toMatch(/^https:\/\//);
    }
    // every live or completed collaboration has at least one post
    expect(
      n(
        "SELECT count(*) FROM collaborations c JOIN stages s ON s.id = c.stage_id WHERE s.key IN ('content_live', 'completed') AND NOT EXISTS (SELECT 1 FROM content_posts p WHERE p.collaboration_id = c.id)",
      ),
    ).toBe(0);
  });

  it('writes no timestamps after the reference date', () => {
    for (const t of ['influencers', 'campaigns', 'collaborations', 'voucher_codes', 'tracking_links', 'sample_shipments', 'content_posts']) {
      expect(n(`SELECT count(*) FROM ${t} WHERE created_at > ? OR updated_at > ?`, `${TODAY}T23:59:59Z`, `${TODAY}T23:59:59Z`)).toBe(0);
    }
  });

  it('is deterministic: two fresh files get identical contents', () => {
    for (const t of TABLES) {
      const a = db.$client.prepare(`SELECT * FROM ${t} ORDER BY id`).all();
      const b = db2.$client.prepare(`SELECT * FROM ${t} ORDER BY id`).all();
      expect(b, t).toEqual(a);
    }
  });

  it('lays everything out around the given reference date', () => {
    const t = tempDir('kollab-seed-today-');
    try {
      const d = openDatabase(path.join(t.dir, 'c.db'));
      d.$client.transaction(() => seedDemo(d, { today: '2027-03-10' }))();
      const camps = d.$client.prepare('SELECT start_date, end_date FROM campaigns ORDER BY start_date').all() as { start_date: string; end_date: string }[];
      expect(camps[0].end_date < '2027-03-10').toBe(true);
      expect(camps[1].start_date <= '2027-03-10' && camps[1].end_date >= '2027-03-10').toBe(true);
      expect(camps[2].start_date > '2027-03-10').toBe(true);
      expect(d.$client.pragma('foreign_key_check')).toEqual([]);
      d.$client.close();
    } finally {
      t.cleanup();
    }
  });
});
