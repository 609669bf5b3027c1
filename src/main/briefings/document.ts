/**
 * What the print routes show, assembled in one answer: a briefing (campaign or one person) and the shortlist.
 */
import type { Db } from '../db/connection';
import { transliterate } from '../../shared/text';
import { z } from 'zod';
import { engagementRateBp, tierOf, type Locale } from '../../shared/domain';
import type { BriefingDocument, BriefingPerson, ShortlistDocument, ShortlistEntry } from '../../shared/contract/briefings';
import { getSettings } from '../settings/service';
import { fitScore, type FitTarget } from '../influencers/directory/fit';
import { qrPng } from '../collaborations/links';
import { asLocale, campaignInfo, collabInfo, disclosureTags, getCampaignBriefing, getCollaborationBriefing, mergedSections } from './service';
import { audienceColumn, parseJsonOr, ratesColumn, stringList, targetAudienceColumn } from '../db/json-columns';
import { campaignRow, type CampaignDbRow } from '../campaigns/queries';
import * as q from './queries';
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

type CampaignFull = CampaignDbRow;

function campaignFull(db: Db, id: number): CampaignFull {
  campaignInfo(db, id);
  return campaignRow(db, id)!;
}

/** The campaign as every document heads it. */
function campaignHead(c: CampaignFull): BriefingDocument['campaign'] {
  return { id: c.id, name: c.name, goal: c.goal, product: c.product, startDate: c.startDate, endDate: c.endDate, currency: c.currency };
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

/** Sample items as printed: entries with a name; a quantity that is not a positive number prints as 1. */
const printedItems = z.array(z.looseObject({ name: z.unknown(), quantity: z.unknown() }).nullable().catch(null));

function itemsOf(text: string): { name: string; quantity: number }[] {
  return parseJsonOr(printedItems, text, [])
    .flatMap((i) => (i && typeof i.name === 'string' ? [{ name: i.name, quantity: Number(i.quantity) > 0 ? Number(i.quantity) : 1 }] : []));
}

async function personOf(db: Db, collaborationId: number): Promise<BriefingPerson> {
  const r = q.personRow(db, collaborationId)!;
  const links = q.cardLinkUrls(db, collaborationId).slice(0, 4);
  return {
    ...r,
    codes: q.cardCodes(db, collaborationId),
    links: await Promise.all(links.map(async (url) => ({ url, qrDataUrl: await qrDataUrl(url) }))),
    samples: q.cardSamples(db, collaborationId).map((s) => ({ ...s, items: itemsOf(s.items) })),
    deliverables: q.cardDeliverables(db, collaborationId).map((d) => ({ kind: d.kind, count: d.count, dueDate: d.dueDate, done: d.doneAt !== null })),
  };
}

/** What every briefing starts with: language, date, brand, campaign and the label posts must carry. */
function documentHead(db: Db, c: CampaignFull, language: Locale, today: string) {
  return { language, generatedOn: today, brand: brandOf(db), campaign: campaignHead(c), disclosure: disclosureTags(language, c.disclosureText) };
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
      ...documentHead(db, c, language, today),
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
    ...documentHead(db, c, language, today),
    sections: mergedSections({ campaign: b.sections, overrides: {} }),
    person: null,
    fileName: `${FILE_WORD[language].briefing}-${fileSlug(c.name, 60)}-${language}.pdf`,
  };
}

// ---------------------------------------------------------------------------------------------- shortlist

/**
 * The campaign's shortlist: cards in the 'shortlist' stage (scope 'shortlist'), or every card on the board
 * except declined ones (scope 'all'); one entry per influencer with the numbers a decision needs.
 */
export function shortlistDocument(db: Db, input: { campaignId: number; language?: Locale; scope: 'shortlist' | 'all' }, today: string = settingsToday(db)): ShortlistDocument {
  const c = campaignFull(db, input.campaignId);
  const language = input.language ?? asLocale(getCampaignBriefing(db, c.id).language);
  const thresholds = getSettings(db).tierThresholds;
  const target: FitTarget | null = parseJsonOr(targetAudienceColumn, c.targetAudience, null);
  const rows = q.shortlistRows(db, c.id, input.scope);
  const channelsOf = q.channelRows(db);
  const entries: ShortlistEntry[] = rows.map((r) => {
    const chans = channelsOf(r.influencerId).map((ch, i) => ({
        platform: ch.platform,
        handle: ch.handle,
        followers: ch.followers,
        engagementRateBp: engagementRateBp(ch.followers, ch.likes, ch.comments, ch.shares, ch.sheetErBp),
        tier: tierOf(ch.followers, thresholds),
        primary: i === 0,
    }));
    const main = chans[0];
    const niches = parseJsonOr(stringList, r.niches, []);
    const audience: ShortlistEntry['audience'] = parseJsonOr(audienceColumn, r.audience, null);
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
      rates: parseJsonOr(ratesColumn, r.rates, []),
      feeMinor: r.feeMinor,
      currency: r.currency,
      type: r.type,
    };
  });
  return {
    language,
    generatedOn: today,
    brand: brandOf(db),
    campaign: campaignHead(c),
    scope: input.scope,
    entries,
    fileName: `${FILE_WORD[language].shortlist}-${fileSlug(c.name, 60)}-${language}.pdf`,
  };
}
