import type { TFunction } from 'i18next';
import type { FitReasonDto } from '../../../shared/contract';
import type { Formatter } from './format';

/**
 * The fit score's reasons as sentences, for the directory's popover (features/influencers/FitReasons.tsx) and the
 * printed shortlist (features/print/ShortlistDoc.tsx): the core sends codes with parameters, the UI words them.
 */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** One reason of the fit score as a sentence ("Nische passt: Fitness", "ER 4,2 % über dem üblichen Bereich …"). */
export function fitReasonText(r: Pick<FitReasonDto, 'code' | 'params'>, t: TFunction, fmt: Formatter): string {
  const p = r.params;
  const share = fmt.percentBp(num(p.shareBp));
  const niches = (v: unknown) => list(v).map((n) => t(`niches.${n}`, { defaultValue: n })).join(', ');
  const er = { er: fmt.percentBp(num(p.erBp)), min: fmt.percentBp(num(p.typicalMinBp)), max: fmt.percentBp(num(p.typicalMaxBp)) };
  switch (r.code) {
    case 'audience_country_share':
      return t('fitReasons.audience_country_share', { share, countries: list(p.countries).join(', ') });
    case 'residence_in_target':
    case 'residence_outside_target':
      return t(`fitReasons.${r.code}`, { country: String(p.country ?? '') });
    case 'language_matches_target':
      return t('fitReasons.language_matches_target', { language: String(p.language ?? '').toUpperCase() });
    case 'age_share':
      return t('fitReasons.age_share', { share, bands: list(p.ageBands).join(', ') });
    case 'gender_share':
    case 'gender_unknown':
      return t(`fitReasons.${r.code}`, { share, gender: t(`fitReasons.genders.${String(p.gender)}`) });
    case 'niche_overlap': {
      const matched = list(p.matched);
      const missing = list(p.missing);
      if (!matched.length) return t('fitReasons.niche_none', { missing: niches(missing) });
      return missing.length ? t('fitReasons.niche_partial', { matched: niches(matched), missing: niches(missing) }) : t('fitReasons.niche_match', { matched: niches(matched) });
    }
    case 'er_in_range':
    case 'er_above_range':
    case 'er_below_range':
    case 'er_implausibly_high':
      return t(`fitReasons.${r.code}`, er);
    case 'followers_in_range':
    case 'followers_outside': {
      const min = num(p.min);
      const max = num(p.max);
      const range = min !== null && max !== null ? `${fmt.compact(min)}–${fmt.compact(max)}` : min !== null ? t('fitReasons.from', { n: fmt.compact(min) }) : t('fitReasons.upTo', { n: fmt.compact(max) });
      return t(`fitReasons.${r.code}`, { range, followers: fmt.compact(num(p.followers)) });
    }
    case 'country_unknown':
    case 'age_unknown':
    case 'er_unknown':
      return t(`fitReasons.${r.code}`);
    default:
      return t('fitReasons.unknown', { code: r.code });
  }
}

/** The points a reason gave of its maximum (both 0 when the core sent none). */
export function fitReasonPoints(r: Pick<FitReasonDto, 'params'>): { points: number; max: number } {
  return { points: num(r.params.points) ?? 0, max: num(r.params.maxPoints) ?? 0 };
}
