/**
 * One influencer across campaigns — the "work with them again?" view: posts on time vs late, cost per post,
 * revenue, ROAS and leaks per campaign, in the workspace currency.
 *
 * On time (rule `onTime`): per collaboration and deliverable kind, deliverable slots (a deliverable with count 3
 * is three slots) sorted by due date are paired with that kind's posts sorted by posting date; a post on or
 * before its slot's due date is on time, after it late; a slot due before today without a post is missing.
 * Slots without a due date count posts as on time.
 */
import type { Db } from '../db/connection';
import type { InfluencerSummary } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { collectCollaborations, figuresOf, kpiContext, sumAggs } from './figures';
import { ratio } from './rules';
import { localDayOf } from '../../shared/time';
import { ALL_RULES } from './summaries';
import { deliverableSlots, influencerById, postDates } from './queries';

interface Slot {
  kind: string;
  due: string | null;
}

/**
 * On time / late / missing (rule `onTime`). Posting days are calendar days in the app time zone `timeZone` (a post
 * stored as an instant at 23:30Z is on the next day in Berlin), like "today" and the due dates.
 */
export function punctuality(
  slots: Slot[],
  posts: { kind: string; postedAt: string | null }[],
  today: string,
  timeZone: string | null,
): { onTime: number; late: number; missing: number } {
  const r = { onTime: 0, late: 0, missing: 0 };
  const kinds = new Set(slots.map((s) => s.kind));
  for (const kind of kinds) {
    const due = slots.filter((s) => s.kind === kind).sort((a, b) => (a.due ?? '9999') .localeCompare(b.due ?? '9999'));
    const done = posts
      .filter((p) => p.kind === kind && p.postedAt)
      .map((p) => localDayOf(p.postedAt!, timeZone))
      .sort();
    due.forEach((s, i) => {
      const posted = done[i];
      if (posted === undefined) {
        if (s.due && s.due < today) r.missing++;
      } else if (!s.due || posted <= s.due) r.onTime++;
      else r.late++;
    });
  }
  return r;
}

export function influencerSummary(db: Db, today: string, influencerId: number): InfluencerSummary {
  const person = influencerById(db, influencerId);
  if (!person) throw new DomainError('NOT_FOUND', `Influencer ${influencerId} not found`, { field: 'influencerId', key: 'kpis.influencerNotFound', params: { id: influencerId } });
  const ctx = kpiContext(db, today);
  const currency = ctx.settings.currency;
  const collabs = [...collectCollaborations(db, ctx, { influencerIds: [influencerId] }, 'workspace').values()];
  const ids = collabs.map((c) => c.info.cid);
  const slots = deliverableSlots(db, ids);
  const posts = postDates(db, ids);
  const campaigns = collabs.map((c) => {
    const mySlots: Slot[] = slots.filter((s) => s.cid === c.info.cid).flatMap((s) => Array.from({ length: Math.max(1, s.count) }, () => ({ kind: s.kind, due: s.due })));
    const p = punctuality(
      mySlots,
      posts.filter((x) => x.cid === c.info.cid),
      today,
      ctx.settings.timeZone,
    );
    const figures = figuresOf(c.agg, ctx.settings);
    return {
      campaignId: c.info.campaignId,
      campaignName: c.info.campaignName,
      collaborationId: c.info.cid,
      figures,
      postsOnTime: p.onTime,
      postsLate: p.late,
      postsMissing: p.missing,
      costPerPostMinor: ratio(figures.costMinor, c.agg.posts, 1),
      leaks: Math.round(c.agg.leakOrders),
    };
  });
  const totalsAgg = sumAggs(
    collabs.map((c) => c.agg),
    currency,
    ctx.rates,
  );
  const totals = figuresOf(totalsAgg, ctx.settings);
  const onTime = campaigns.reduce((a, c) => a + c.postsOnTime, 0);
  const late = campaigns.reduce((a, c) => a + c.postsLate, 0);
  const missing = campaigns.reduce((a, c) => a + c.postsMissing, 0);
  return {
    influencerId,
    name: person.name,
    currency,
    totals,
    campaigns,
    postsOnTime: onTime,
    postsLate: late,
    postsMissing: missing,
    onTimeBp: ratio(onTime, onTime + late + missing, 10_000),
    costPerPostMinor: ratio(totals.costMinor, totalsAgg.posts, 1),
    leaks: Math.round(totalsAgg.leakOrders),
    rules: ALL_RULES,
  };
}
