/** Demo seed, phase 2: the campaigns, their stages and cards with everything attached (deliverables, history, samples, codes, links). */
import { DEFAULT_STAGES, tierOf, type CollabType, type DeliverableKind, type Platform, type StageKey } from '../../shared/domain';
import { BRAND, type Persona } from './seed-data';
import { DAY_MS, HOUR_MS, isoDate, isoInstant } from './seed-time';
import { campaignPlans } from './seed-plans';
import { ascii } from './seed-people';
import type { CampaignPlan, CampaignRt, CollabRt, InfluencerRt, PostPlan, Seed } from './seed-context';

export function campaignSteps(seed: Seed) {
  const { f, int, float, chance, pick, day, workTime, round, counts, id, today, progress, c, insCampaign, insStage, insCollab, insDeliverable, insEvent, insSample, insCode, insLink, influencers, byKey, campaigns, collabs, codesTaken } = seed;

  function writeCampaigns(): void {
    const plans = campaignPlans(today);

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

  return { writeCampaigns };
}
