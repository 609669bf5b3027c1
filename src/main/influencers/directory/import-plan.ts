/**
 * The influencer import as a plan: a read sheet and a column mapping in, the influencers to create, the rows held
 * back because of unreadable values, the problems and the duplicates out. Pure — the caller looks up the existing
 * channels, shows the plan, and writes what the user confirms.
 *
 * Every data row of the sheet ends up in exactly one of `rows` (new, valid, no duplicate) or `held` (has an
 * error), or in `duplicates` only; a held row that is also a duplicate is listed in both `held` and `duplicates`.
 * Nothing is ever imported twice silently: a row whose channel (platform + handle, case-insensitive) matches an
 * existing channel or a channel of an earlier row is reported as a duplicate for merging (`mergeInfluencer`).
 *
 * Numbers: each numeric column gets its own locale (`opts.locale`, else `detectNumberLocale` over the column, else
 * over all numeric columns, else `auto`), the engagement-rate column its percent scale (`detectPercentScale`).
 * Blank cells and placeholders (`–`, `n/a`, `?`, `k. A.`) are empty, not errors.
 *
 * Engagement rate: stored as the sheet says it (`sheetErBp`, marked as from the sheet), never turned into invented
 * average likes — 2,1 % stays 2,1 %. It is the channel's ER while no averages are known (shared/domain.ts); when
 * the sheet gives likes as well, both are kept and the ER computed from the averages is shown.
 */
import { z } from 'zod';
import { influencerInput } from '../../../shared/contract/influencers';
import type { Platform } from '../../../shared/domain';
import {
  detectNumberLocale,
  detectPercentScale,
  isBlankOrPlaceholder,
  parseCount,
  parsePercentBp,
  type NumberLocale,
  type PercentScale,
} from '../../../shared/numbers';
import {
  normalizeCountry,
  normalizeLanguage,
  normalizePlatform,
  parseHandle,
  splitNiches,
  splitTags,
  type ColumnMapping,
  type ParsedHandle,
  type TargetField,
} from './columns';

import { COUNT_FIELDS, channelKey, type ChannelInput, type CountField, type ExistingChannel, type ImportPlan, type ImportProblem, type ParsedInfluencerInput, type PlanOptions, type PlanSheet } from './import-plan-types';

export type * from './import-plan-types';
export { mergeInfluencer } from './import-merge';

const PLATFORM_COLUMNS = ['instagram', 'tiktok', 'youtube'] as const;

interface Cell {
  column: string;
  value: string;
}

/** Builds the plan. See the file comment for the rules. */
export function planImport(
  sheet: PlanSheet,
  mapping: ColumnMapping,
  existing: readonly ExistingChannel[],
  opts: PlanOptions = {},
): ImportPlan {
  const colsOf = new Map<TargetField, number[]>();
  sheet.headers.forEach((h, i) => {
    const f = mapping[h];
    if (f) colsOf.set(f, [...(colsOf.get(f) ?? []), i]);
  });

  // Per-column number reading.
  const numericFields: TargetField[] = [...COUNT_FIELDS, 'engagementRate'];
  const numericCols = numericFields.flatMap((f) => (colsOf.get(f) ?? []).map((i) => ({ f, i })));
  const columnValues = (i: number): string[] => sheet.rows.map((r) => r[i] ?? '');
  const forced = opts.locale === 'de' || opts.locale === 'en' ? opts.locale : null;
  const overall = forced ?? detectNumberLocale(numericCols.flatMap(({ i }) => columnValues(i)));
  const localeOf = new Map<number, NumberLocale | null>();
  const scaleOf = new Map<number, PercentScale>();
  const columns: ImportPlan['columns'] = [];
  for (const { f, i } of numericCols) {
    const loc = forced ?? detectNumberLocale(columnValues(i)) ?? overall;
    localeOf.set(i, loc);
    const entry: ImportPlan['columns'][number] = { header: sheet.headers[i], field: f, locale: loc };
    if (f === 'engagementRate') {
      const scale = detectPercentScale(columnValues(i), loc ?? 'auto');
      scaleOf.set(i, scale);
      entry.percentScale = scale;
    }
    columns.push(entry);
  }

  const existingByKey = new Map<string, ExistingChannel>();
  for (const e of existing) existingByKey.set(channelKey(e.platform, e.handle), e);
  const seenInFile = new Map<string, number>();

  const plan: ImportPlan = { rows: [], held: [], problems: [], duplicates: [], columns };
  const headerOfField = firstHeaderOfField(sheet, colsOf);

  sheet.rows.forEach((cells, idx) => {
    const rowNo = sheet.rowNumbers?.[idx] ?? idx + 2;
    const problems: ImportProblem[] = [];
    const problem = (p: Omit<ImportProblem, 'row'>): void => {
      problems.push({ row: rowNo, ...p });
    };

    const all = (f: TargetField): Cell[] =>
      (colsOf.get(f) ?? [])
        .map((i) => ({ column: sheet.headers[i], value: (cells[i] ?? '').trim(), i }))
        .filter((c) => !isBlankOrPlaceholder(c.value));
    const first = (f: TargetField): (Cell & { i: number }) | undefined =>
      (colsOf.get(f) ?? [])
        .map((i) => ({ column: sheet.headers[i], value: (cells[i] ?? '').trim(), i }))
        .find((c) => !isBlankOrPlaceholder(c.value));

    // --- person
    const nameCell = first('name');
    if (!nameCell) {
      problem({ field: 'name', column: null, value: null, code: 'missing_name', severity: 'error', message: 'name is missing' });
    }
    const text = (f: TargetField): string | null => first(f)?.value ?? null;

    let email = text('email');
    if (email && !z.string().email().safeParse(email).success) {
      const c = first('email')!;
      problem({ field: 'email', column: c.column, value: email, code: 'invalid_email', severity: 'warning', message: `${c.column}: "${email}" is not a valid e-mail address` });
      email = null;
    }

    let country: string | null = null;
    const countryCell = first('country');
    if (countryCell) {
      country = normalizeCountry(countryCell.value);
      if (!country) {
        problem({ field: 'country', column: countryCell.column, value: countryCell.value, code: 'unknown_country', severity: 'warning', message: `${countryCell.column}: "${countryCell.value}" is not a known country` });
      }
    }
    let language: string | null = null;
    const languageCell = first('language');
    if (languageCell) {
      language = normalizeLanguage(languageCell.value);
      if (!language) {
        problem({ field: 'language', column: languageCell.column, value: languageCell.value, code: 'unknown_language', severity: 'warning', message: `${languageCell.column}: "${languageCell.value}" is not a known language` });
      }
    }

    const niches: string[] = [];
    const tags: string[] = [];
    const addUnique = (list: string[], v: string): void => {
      if (!list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
    };
    for (const c of all('niches')) {
      const s = splitNiches(c.value);
      s.niches.forEach((n) => addUnique(niches, n));
      s.tags.forEach((t) => addUnique(tags, t));
    }
    for (const c of all('tags')) splitTags(c.value).forEach((t) => addUnique(tags, t));
    const tooLong = tags.filter((t) => t.length > 40);
    for (const t of tooLong) {
      problem({ field: 'tags', column: null, value: t, code: 'value_too_long', severity: 'warning', message: `tag "${t}" is longer than 40 characters and was left out` });
    }
    const keptTags = tags.filter((t) => t.length <= 40);
    if (niches.length > 20 || keptTags.length > 50) {
      problem({ field: niches.length > 20 ? 'niches' : 'tags', column: null, value: null, code: 'too_many_values', severity: 'warning', message: 'too many niches or tags; the first ones were kept' });
    }

    const notes = (colsOf.get('notes') ?? []).map((i) => (cells[i] ?? '').trim()).filter(Boolean).join('\n');

    // --- channels
    const channels: ChannelInput[] = [];
    const addChannel = (h: ParsedHandle & { platform: Platform }): ChannelInput => {
      const found = channels.find((c) => channelKey(c.platform, c.handle) === channelKey(h.platform, h.handle));
      if (found) {
        found.url = found.url ?? h.url;
        return found;
      }
      const ch: ChannelInput = {
        platform: h.platform, handle: h.handle, url: h.url, followers: 0, avgLikes: 0, avgComments: 0, avgShares: 0, avgViews: 0, isPrimary: false,
      };
      channels.push(ch);
      return ch;
    };

    let primary: ChannelInput | null = null;
    let platform: Platform | null = null;
    const platformCell = first('platform');
    if (platformCell) {
      platform = normalizePlatform(platformCell.value);
      if (!platform) {
        problem({ field: 'platform', column: platformCell.column, value: platformCell.value, code: 'unknown_platform', severity: 'error', message: `${platformCell.column}: "${platformCell.value}" is not a known platform` });
      }
    }
    const handleCell = first('handle');
    const urlCell = first('url');
    let main: ParsedHandle | null = null;
    if (handleCell) {
      main = parseHandle(handleCell.value, platform);
      if (!main) {
        problem({ field: 'handle', column: handleCell.column, value: handleCell.value, code: 'invalid_handle', severity: 'error', message: `${handleCell.column}: "${handleCell.value}" is not a handle or profile link` });
      }
    }
    let otherAccount: ParsedHandle | null = null;
    if (urlCell) {
      const fromUrl = parseHandle(urlCell.value, platform ?? main?.platform ?? null);
      const sameAccount =
        !!fromUrl && !!main && (main.platform == null || main.platform === fromUrl.platform) && fromUrl.handle.toLowerCase() === main.handle.toLowerCase();
      if (fromUrl && (!main || sameAccount)) {
        main = fromUrl; // the URL adds the platform and the canonical profile link
      } else if (fromUrl && main) {
        otherAccount = fromUrl; // a profile of another account: a channel of its own
      } else if (main && isHttpUrl(urlCell.value)) {
        main = { ...main, url: normalizeUrl(urlCell.value) }; // e.g. a link-in-bio page: kept as the channel's link
      } else {
        problem({ field: 'url', column: urlCell.column, value: urlCell.value, code: 'invalid_url', severity: 'warning', message: `${urlCell.column}: "${urlCell.value}" is not a profile link` });
      }
    }
    if (main) {
      const p = main.platform ?? platform ?? opts.defaultPlatform ?? null;
      if (!p) {
        if (!platformCell) {
          problem({ field: 'platform', column: null, value: main.handle, code: 'missing_platform', severity: 'error', message: `no platform for handle "${main.handle}"` });
        }
      } else {
        primary = addChannel({ ...main, platform: p, url: main.url ?? parseHandle(main.handle, p)?.url ?? null });
      }
    }

    if (otherAccount?.platform) addChannel({ ...otherAccount, platform: otherAccount.platform });

    for (const pc of PLATFORM_COLUMNS) {
      for (const c of all(pc)) {
        const h = parseHandle(c.value, pc);
        if (!h || !h.platform) {
          problem({ field: pc, column: c.column, value: c.value, code: 'invalid_handle', severity: 'error', message: `${c.column}: "${c.value}" is not a handle or profile link` });
          continue;
        }
        const ch = addChannel({ ...h, platform: h.platform });
        primary = primary ?? ch;
      }
    }

    // --- numbers
    const counts: Partial<Record<CountField, number>> = {};
    for (const f of COUNT_FIELDS) {
      const c = first(f);
      if (!c) continue;
      const n = parseCount(c.value, localeOf.get(c.i) ?? 'auto');
      if (n == null) {
        problem({ field: f, column: c.column, value: c.value, code: 'not_a_number', severity: 'error', message: `${c.column}: "${c.value}" is not a number` });
      } else {
        counts[f] = n;
      }
    }
    let erBp: number | null = null;
    const erCell = first('engagementRate');
    if (erCell) {
      erBp = parsePercentBp(erCell.value, localeOf.get(erCell.i) ?? 'auto', scaleOf.get(erCell.i) ?? 'percent');
      if (erBp == null) {
        problem({ field: 'engagementRate', column: erCell.column, value: erCell.value, code: 'not_a_number', severity: 'error', message: `${erCell.column}: "${erCell.value}" is not a number` });
      } else if (erBp < 0) {
        problem({ field: 'engagementRate', column: erCell.column, value: erCell.value, code: 'out_of_range', severity: 'error', message: `${erCell.column}: "${erCell.value}" is below zero` });
        erBp = null;
      }
    }
    const hasNumbers = Object.keys(counts).length > 0 || erBp != null;
    if (primary) {
      primary.isPrimary = true;
      for (const f of COUNT_FIELDS) if (counts[f] != null) primary[f] = counts[f]!;
      if (erBp != null) primary.sheetErBp = erBp;
    } else if (hasNumbers) {
      problem({ field: 'handle', column: null, value: null, code: 'metrics_without_channel', severity: 'warning', message: 'numbers were given without a handle; they were left out' });
    }

    // --- validate
    const candidate = {
      name: nameCell?.value ?? '',
      email,
      phone: text('phone'),
      street: text('street'),
      postalCode: text('postalCode'),
      city: text('city'),
      country,
      language,
      niches: niches.slice(0, 20),
      tags: keptTags.slice(0, 50),
      notes,
      channels,
    };
    const parsed = influencerInput.safeParse(candidate);
    let input: ParsedInfluencerInput | null = null;
    if (parsed.success) {
      input = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        if (path === 'name' && !nameCell) continue; // already reported as missing_name
        const field = String(issue.path[0] ?? 'row');
        const col = headerOfField[field] ?? null;
        problem({ field: path || 'row', column: col, value: null, code: 'invalid', severity: 'error', message: `${col ?? path}: ${issue.message}` });
      }
    }

    const hasError = problems.some((p) => p.severity === 'error');
    plan.problems.push(...problems);

    // --- duplicates: every channel of the row, against the database and earlier rows
    let duplicate = false;
    for (const ch of channels) {
      const key = channelKey(ch.platform, ch.handle);
      const ex = existingByKey.get(key);
      const earlier = seenInFile.get(key);
      if (ex || earlier != null) {
        duplicate = true;
        plan.duplicates.push({
          row: rowNo,
          platform: ch.platform,
          handle: ch.handle,
          ...(ex ? { existingInfluencerId: ex.influencerId, existingName: ex.name } : {}),
          ...(earlier != null ? { sameFileRow: earlier } : {}),
          input: hasError ? null : input,
        });
      } else {
        seenInFile.set(key, rowNo);
      }
    }

    if (hasError) plan.held.push({ row: rowNo, input: heldInput(candidate) });
    else if (!duplicate && input) plan.rows.push({ row: rowNo, input });
  });

  return plan;
}

function firstHeaderOfField(sheet: PlanSheet, colsOf: Map<TargetField, number[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [f, idx] of colsOf) if (idx.length > 0) out[f] = sheet.headers[idx[0]];
  return out;
}

/**
 * The row as it would be imported with the values that caused errors left out (the candidate never contains
 * them: unreadable numbers, unknown platforms and bad handles are not put in); null if that is still invalid.
 */
function heldInput(candidate: unknown): ParsedInfluencerInput | null {
  const parsed = influencerInput.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return /\./.test(u.hostname);
  } catch {
    return false;
  }
}

function normalizeUrl(text: string): string {
  return new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`).href;
}

// ---------------------------------------------------------------------------------------------------------------
// Merging
