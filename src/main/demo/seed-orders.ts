/** Demo seed, phase 3: shop orders redeemed with the cards' voucher codes. */
import type { Product } from './seed-data';
import { APPAREL, BRAND, NUTRITION } from './seed-data';
import { DAY_MS, berlinIso, berlinWallClock, isoInstant } from './seed-time';
import type { CollabRt, Seed } from './seed-context';

export function orderSteps(seed: Seed) {
  const { f, int, float, chance, pick, day, counts, progress, c, insRedemption, campaigns, collabs, codesTaken } = seed;

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

  return { writeRedemptions };
}
