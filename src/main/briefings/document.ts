/**
 * What the print routes show, assembled in one answer: a briefing (campaign or one person) and the shortlist.
 */
import type { Db } from '../db/connection';
import { transliterate } from '../../shared/text';
import { engagementRateBp, tierOf, type CampaignGoal, type CollabType, type DeliverableKind, type Locale, type Platform } from '../../shared/domain';
import type { BriefingDocument, BriefingPerson, ShortlistDocument, ShortlistEntry } from '../../shared/contract/briefings';
import { getSettings } from '../settings/service';
import { fitScore, type FitTarget } from '../influencers/directory/fit';
import { qrPng } from '../collaborations/links';
import { asLocale, campaignInfo, collabInfo, disclosureTags, getCampaignBriefing, getCollaborationBriefing, mergedSections } from './service';
import { CARD_CHANNEL_JOIN } from '../db/sql';
import { todayIn } from '../../shared/time';

/** Today in the app time zone (Settings), for documents built without the core's clock (callers pass theirs). */
function settingsToday(db: Db): string {
  return todayIn(getSettings(db).timeZone);
}

/** File-name-safe ASCII: umlauts transliterated, everything else to dashes. */
export function fileSlug(text: string, max = 60): string {
  const s = transliterate(text)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || 'document';
}

interface CampaignFull {
  id: number;
  name: string;
  goal: CampaignGoal;
  product: string;
  startDate: string | null;
  endDate: string | null;
  currency: string;
  disclosureText: string;
  targetAudience: string | null;
}

function campaignFull(db: Db, id: number): CampaignFull {
  campaignInfo(db, id);
  return db.$client
    .prepare(
      `SELECT id, name, goal, product, start_date AS startDate, end_date AS endDate, currency, disclosure_text AS disclosureText,
              target_audience AS targetAudience FROM campaigns WHERE id = ?`,
    )
    .get(id) as CampaignFull;
}

function brandOf(db: Db): { name: string; logoDataUrl: string | null } {
  const s = getSettings(db);
  return { name: s.brandName, logoDataUrl: s.logoDataUrl ?? null };
}

const FILE_WORD: Record<Locale, { briefing: string; shortlist: string }> = {
  de: { briefing: 'Briefing', shortlist: 'Shortlist' },
  en: { briefing: 'Briefing', shortlist: 'Shortlist' },
};

async function qrDataUrl(url: string): Promise<string> {
  const { pngBase64 } = await qrPng(url, 512);
  return `data:image/png;base64,${pngBase64}`;
}

async function personOf(db: Db, collaborationId: number): Promise<BriefingPerson> {
  const r = db.$client
    .prepare(
      `SELECT co.id, i.name, ch.platform, ch.handle, coalesce(ch.followers, 0) AS followers, co.type, co.fee_minor AS feeMinor,
              co.product_value_minor AS productValueMinor, co.commission_bp AS commissionBp, co.currency, co.start_date AS startDate
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.id = ?`,
    )
    .get(collaborationId) as {
    id: number;
    name: string;
    platform: Platform | null;
    handle: string | null;
    followers: number;
    type: CollabType;
    feeMinor: number;
    productValueMinor: number;
    commissionBp: number;
    currency: string;
    startDate: string | null;
  };
  const all = <T>(sql: string): T[] => db.$client.prepare(sql).all(collaborationId) as T[];
  const links = all<{ url: string }>('SELECT url FROM tracking_links WHERE collaboration_id = ? ORDER BY id').slice(0, 4);
  const samples = all<{ items: string; status: string; carrier: string | null; trackingNumber: string | null; shippedOn: string | null; deliveredOn: string | null }>(
    `SELECT items, status, carrier, tracking_number AS trackingNumber, shipped_on AS shippedOn, delivered_on AS deliveredOn
     FROM sample_shipments WHERE collaboration_id = ? AND status <> 'returned' ORDER BY coalesce(shipped_on, '9999'), id`,
  );
  return {
    collaborationId: r.id,
    name: r.name,
    platform: r.platform,
    handle: r.handle,
    followers: r.followers,
    type: r.type,
    feeMinor: r.feeMinor,
    productValueMinor: r.productValueMinor,
    commissionBp: r.commissionBp,
    currency: r.currency,
    startDate: r.startDate,
    codes: all(
      `SELECT code, discount_description AS discountDescription, valid_from AS validFrom, valid_to AS validTo
       FROM voucher_codes WHERE collaboration_id = ? ORDER BY id`,
    ),
    links: await Promise.all(links.map(async (l) => ({ url: l.url, qrDataUrl: await qrDataUrl(l.url) }))),
    samples: samples.map((s) => {
      let items: { name: string; quantity: number }[] = [];
      try {
        const parsed = JSON.parse(s.items) as { name?: unknown; quantity?: unknown }[];
        if (Array.isArray(parsed))
          items = parsed.filter((i) => typeof i?.name === 'string').map((i) => ({ name: String(i.name), quantity: Number(i.quantity) > 0 ? Number(i.quantity) : 1 }));
      } catch {
        items = [];
      }
      return { items, status: s.status, carrier: s.carrier, trackingNumber: s.trackingNumber, shippedOn: s.shippedOn, deliveredOn: s.deliveredOn };
    }),
    deliverables: all<{ kind: DeliverableKind; count: number; dueDate: string | null; doneAt: string | null }>(
      'SELECT kind, count, due_date AS dueDate, done_at AS doneAt FROM deliverables WHERE collaboration_id = ? ORDER BY due_date IS NULL, due_date, id',
    ).map((d) => ({ kind: d.kind, count: d.count, dueDate: d.dueDate, done: d.doneAt !== null })),
  };
}

/** One briefing document: a campaign's, or one person's (campaign sections merged with their overrides). */
export async function briefingDocument(
  db: Db,
  input: { campaignId?: number; collaborationId?: number; language?: Locale },
  today: string = settingsToday(db),
): Promise<BriefingDocument> {
  if (input.collaborationId !== undefined) {
    const co = collabInfo(db, input.collaborationId);
    const b = getCollaborationBriefing(db, co.id);
    const c = campaignFull(db, co.campaignId);
    const language = input.language ?? b.language;
    return {
      kind: 'collaboration',
      language,
      generatedOn: today,
      brand: brandOf(db),
      campaign: { id: c.id, name: c.name, goal: c.goal, product: c.product, startDate: c.startDate, endDate: c.endDate, currency: c.currency },
      disclosure: disclosureTags(language, c.disclosureText),
      sections: mergedSections(b),
      person: await personOf(db, co.id),
      fileName: `${FILE_WORD[language].briefing}-${fileSlug(c.name, 40)}-${fileSlug(co.influencerName, 40)}-${language}.pdf`,
    };
  }
  const c = campaignFull(db, input.campaignId!);
  const b = getCampaignBriefing(db, c.id);
  const language = input.language ?? b.language;
  return {
    kind: 'campaign',
    language,
    generatedOn: today,
    brand: brandOf(db),
    campaign: { id: c.id, name: c.name, goal: c.goal, product: c.product, startDate: c.startDate, endDate: c.endDate, currency: c.currency },
    disclosure: disclosureTags(language, c.disclosureText),
    sections: mergedSections({ campaign: b.sections, overrides: {} }),
    person: null,
    fileName: `${FILE_WORD[language].briefing}-${fileSlug(c.name, 60)}-${language}.pdf`,
  };
}

// ---------------------------------------------------------------------------------------------- shortlist

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The campaign's shortlist: cards in the 'shortlist' stage (scope 'shortlist'), or every card on the board
 * except declined ones (scope 'all'); one entry per influencer with the numbers a decision needs.
 */
export function shortlistDocument(db: Db, input: { campaignId: number; language?: Locale; scope: 'shortlist' | 'all' }, today: string = settingsToday(db)): ShortlistDocument {
  const c = campaignFull(db, input.campaignId);
  const language = input.language ?? asLocale(getCampaignBriefing(db, c.id).language);
  const thresholds = getSettings(db).tierThresholds;
  const target = parseJson<FitTarget | null>(c.targetAudience, null);
  const stageFilter = input.scope === 'shortlist' ? `AND s.key = 'shortlist'` : `AND coalesce(s.key, '') <> 'declined'`;
  const rows = db.$client
    .prepare(
      `SELECT co.id AS collaborationId, i.id AS influencerId, i.name, s.key AS stageKey, s.name AS stageName, i.country, i.language,
              i.niches, i.audience, i.rates, co.fee_minor AS feeMinor, co.currency, co.type
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id JOIN stages s ON s.id = co.stage_id
       WHERE co.campaign_id = ? AND co.removed_at IS NULL ${stageFilter}
       ORDER BY s.position, co.position, co.id`,
    )
    .all(c.id) as {
    collaborationId: number;
    influencerId: number;
    name: string;
    stageKey: string | null;
    stageName: string | null;
    country: string | null;
    language: string | null;
    niches: string;
    audience: string | null;
    rates: string;
    feeMinor: number;
    currency: string;
    type: CollabType;
  }[];
  const channelsOf = db.$client.prepare(
    `SELECT platform, handle, followers, avg_likes AS likes, avg_comments AS comments, avg_shares AS shares, sheet_er_bp AS sheetErBp, is_primary AS isPrimary
     FROM channels WHERE influencer_id = ? ORDER BY is_primary DESC, followers DESC, id`,
  );
  const entries: ShortlistEntry[] = rows.map((r) => {
    const chans = (channelsOf.all(r.influencerId) as { platform: Platform; handle: string; followers: number; likes: number; comments: number; shares: number; sheetErBp: number | null; isPrimary: number }[]).map(
      (ch, i) => ({
        platform: ch.platform,
        handle: ch.handle,
        followers: ch.followers,
        engagementRateBp: engagementRateBp(ch.followers, ch.likes, ch.comments, ch.shares, ch.sheetErBp),
        tier: tierOf(ch.followers, thresholds),
        primary: i === 0,
      }),
    );
    const main = chans[0];
    const niches = parseJson<string[]>(r.niches, []);
    const audience = parseJson<ShortlistEntry['audience']>(r.audience, null);
    const fit = target
      ? fitScore(
          { country: r.country, language: r.language, niches, audience, followers: main?.followers ?? 0, engagementRateBp: main?.engagementRateBp ?? null, platform: main?.platform ?? null },
          target,
          { thresholds },
        )
      : null;
    return {
      collaborationId: r.collaborationId,
      influencerId: r.influencerId,
      name: r.name,
      stageKey: r.stageKey,
      stageName: r.stageName,
      country: r.country,
      language: r.language,
      niches,
      channels: chans,
      followers: main?.followers ?? 0,
      engagementRateBp: main?.engagementRateBp ?? null,
      tier: tierOf(main?.followers ?? 0, thresholds),
      audience,
      fitScore: fit ? fit.score : null,
      fitReasons: fit ? fit.reasons : [],
      rates: parseJson<ShortlistEntry['rates']>(r.rates, []),
      feeMinor: r.feeMinor,
      currency: r.currency,
      type: r.type,
    };
  });
  return {
    language,
    generatedOn: today,
    brand: brandOf(db),
    campaign: { id: c.id, name: c.name, goal: c.goal, product: c.product, startDate: c.startDate, endDate: c.endDate, currency: c.currency },
    scope: input.scope,
    entries,
    fileName: `${FILE_WORD[language].shortlist}-${fileSlug(c.name, 60)}-${language}.pdf`,
  };
}
