import { Group, Popover, Progress, Text, UnstyledButton } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitReasonDto } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import type { Formatter } from '../../lib/format';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** One reason of the fit score as a sentence ("Nische passt: Fitness", "ER 4,2 % über dem üblichen Bereich …"). */
export function fitReasonText(r: FitReasonDto, t: TFunction, fmt: Formatter): string {
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

/** The fit score as a button; Enter/Space or a click shows why (each reason with its points). */
export function FitScore({ score, reasons, name }: { score: number; reasons: FitReasonDto[]; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" width={340} trapFocus={false} returnFocus>
      <Popover.Target>
        <UnstyledButton
          onClick={(e) => {
            e.stopPropagation();
            setOpened((o) => !o);
          }}
          onKeyDown={(e) => {
            // the row opens the profile on Enter: the score's keys stay with the score
            e.stopPropagation();
            if (e.key === 'Escape') setOpened(false);
          }}
          onMouseEnter={() => setOpened(true)}
          onMouseLeave={() => setOpened(false)}
          aria-label={t('fitReasons.button', { score, name })}
          aria-expanded={opened}
          className="fit-score"
          data-testid="fit-score"
        >
          <Group gap={8} wrap="nowrap">
            <Text size="sm" fw={600} w={24} ta="right" className="num">
              {fmt.number(score)}
            </Text>
            <Progress value={score} w={56} size="sm" radius="xl" color={score >= 70 ? 'teal' : score >= 40 ? 'brand' : 'gray'} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown onClick={(e) => e.stopPropagation()}>
        <Text size="sm" fw={650} mb={6}>
          {t('fitReasons.title', { score: fmt.number(score) })}
        </Text>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="fit-reasons">
          {reasons.map((r, i) => {
            const points = num(r.params.points) ?? 0;
            const max = num(r.params.maxPoints) ?? 0;
            return (
              <li key={i}>
                <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
                <Text size="sm" c={points >= max * 0.7 ? 'teal.8' : points <= max * 0.3 ? 'red.8' : undefined}>
                  {fitReasonText(r, t, fmt)}
                </Text>
                <Text size="xs" c="dimmed" className="num" style={{ whiteSpace: 'nowrap' }}>
                  {t('fitReasons.points', { points: fmt.number(points, 1), max: fmt.number(max) })}
                </Text>
                </Group>
              </li>
            );
          })}
        </ul>
      </Popover.Dropdown>
    </Popover>
  );
}
