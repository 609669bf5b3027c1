import type { Db } from '../db/connection';
import type { Core } from '../core/context';
import { getSettings } from '../settings/service';
import { daysBetween, todayIn } from '../../shared/time';
import type { FunnelCampaignRow, FunnelDto } from '../../shared/contract';
import * as q from './queries';

/**
 * The seeding funnel, per campaign or across all: samples shipped → delivered → posted (a post on the card on or
 * after delivery), rates in basis points, median days from delivery to the first post, the cost (goods + shipping)
 * of delivered samples that never led to a post, and the "no post yet" list after the set days.
 */
type Shipment = ReturnType<typeof q.shipments>[number];
type DatedPost = ReturnType<typeof q.datedPosts>[number];

/** The funnel figures of some shipments (one campaign, or all). */
function figuresOf(rows: Shipment[], posts: DatedPost[], fallbackCurrency: string) {
  const delivered = rows.filter((s) => s.deliveredOn && (s.status === 'delivered' || s.status === 'returned'));
  const postDays: number[] = [];
  const withoutPost: Shipment[] = [];
  let costWithoutPost = 0;
  let posted = 0;
  for (const s of delivered) {
    const first = posts
      .filter((p) => p.collaborationId === s.collaborationId && p.postedAt && p.postedAt.slice(0, 10) >= s.deliveredOn!)
      .map((p) => p.postedAt!.slice(0, 10))
      .sort()[0];
    if (first) {
      posted++;
      postDays.push(daysBetween(s.deliveredOn!, first));
      continue;
    }
    costWithoutPost += s.valueMinor + s.shippingCostMinor;
    withoutPost.push(s);
  }
  postDays.sort((a, b) => a - b);
  const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) : null);
  return {
    figures: {
      shipped: rows.length,
      delivered: delivered.length,
      posted,
      deliveredRateBp: rate(delivered.length, rows.length),
      postedRateBp: rate(posted, delivered.length),
      medianDaysToPost: postDays.length ? postDays[Math.floor((postDays.length - 1) / 2)] : null,
      costWithoutPostMinor: costWithoutPost,
      currency: rows[0]?.currency ?? fallbackCurrency,
    },
    withoutPost,
  };
}

/**
 * The seeding funnel, per campaign or across all: samples shipped → delivered → posted (a post on the card on or
 * after delivery), rates in basis points, median days from delivery to the first post, the cost (goods + shipping)
 * of delivered samples that never led to a post, and the "no post yet" list after the set days. Across all
 * campaigns it also breaks the figures down per campaign (`campaigns`, most shipped first).
 */
export function seedingFunnel(core: Pick<Core, 'db' | 'clock'>, campaignId?: number): FunnelDto {
  const db: Db = core.db;
  const settings = getSettings(db);
  const today = todayIn(settings.timeZone, core.clock.now());
  const rows = q.shipments(db, campaignId).filter((s) => s.status !== 'planned');
  const posts = q.datedPosts(db, [...new Set(rows.map((r) => r.collaborationId))]);
  const follow = new Map(q.allFollowUps(db).map((f) => [f.itemKey, f]));
  const { figures, withoutPost } = figuresOf(rows, posts, settings.currency);
  const noPost: FunnelDto['noPost'] = [];
  for (const s of withoutPost) {
    const waited = daysBetween(s.deliveredOn!, today);
    if (waited >= settings.noPostAfterDays)
      noPost.push({ key: `sample:${s.id}`, collaborationId: s.collaborationId, campaignId: s.campaignId, campaignName: s.campaignName, person: { id: s.personId, name: s.personName }, deliveredOn: s.deliveredOn!, days: waited, remindedOn: follow.get(`sample:${s.id}`)?.remindedOn ?? null });
  }
  let campaigns: FunnelCampaignRow[] | undefined;
  if (campaignId === undefined) {
    const byCampaign = new Map<number, Shipment[]>();
    for (const r of rows) byCampaign.set(r.campaignId, [...(byCampaign.get(r.campaignId) ?? []), r]);
    campaigns = [...byCampaign.values()]
      .map((list) => ({ campaignId: list[0].campaignId, campaignName: list[0].campaignName, ...figuresOf(list, posts, settings.currency).figures }))
      .sort((a, b) => b.shipped - a.shipped || a.campaignName.localeCompare(b.campaignName));
  }
  return {
    campaignId: campaignId ?? null,
    ...figures,
    noPostAfterDays: settings.noPostAfterDays,
    noPost: noPost.sort((a, b) => b.days - a.days),
    ...(campaigns ? { campaigns } : {}),
  };
}
