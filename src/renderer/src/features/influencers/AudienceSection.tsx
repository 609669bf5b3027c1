import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InfluencerDetail } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { countryName } from '../../lib/displayNames';
import { Section } from './ProfileParts';

function ShareBar({ label, bp, color = 'brand' }: { label: string; bp: number; color?: string }) {
  const fmt = useFormat();
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" w={110} truncate title={label}>
        {label}
      </Text>
      <div className="share-bar" style={{ flex: 1 }} role="img" aria-label={`${label}: ${fmt.percentBp(bp)}`}>
        <div style={{ width: `${Math.min(100, bp / 100)}%`, background: `var(--mantine-color-${color}-5)` }} />
      </div>
      <Text size="sm" w={52} ta="right" className="num">
        {fmt.percentBp(bp)}
      </Text>
    </Group>
  );
}

export function AudienceSection({ d }: { d: InfluencerDetail }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const a = d.audience;
  return (
    <Section id="audience" title={t('influencers.audience.title')}>
      {!a ? (
        <Text size="sm" c="dimmed">
          {t('influencers.audience.none')}
        </Text>
      ) : (
        <Stack gap="md">
          {a.topCountries.length > 0 && (
            <Stack gap={6}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('influencers.audience.countries')}
              </Text>
              {a.topCountries.map((c) => (
                <ShareBar key={c.country} label={countryName(c.country, i18n.language)} bp={c.shareBp} />
              ))}
            </Stack>
          )}
          {Object.keys(a.ageBands).length > 0 && (
            <Stack gap={6}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('influencers.audience.age')}
              </Text>
              {Object.entries(a.ageBands)
                .sort(([x], [y]) => x.localeCompare(y, undefined, { numeric: true }))
                .map(([band, v]) => (
                  <ShareBar key={band} label={band} bp={v} color="teal" />
                ))}
            </Stack>
          )}
          <Stack gap={6}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('influencers.audience.gender')}
            </Text>
            <div className="share-bar" style={{ height: 14 }} role="img" aria-label={`${t('influencers.audience.female')} ${fmt.percentBp(a.gender.female)}, ${t('influencers.audience.male')} ${fmt.percentBp(a.gender.male)}, ${t('influencers.audience.other')} ${fmt.percentBp(a.gender.other)}`}>
              <div style={{ width: `${a.gender.female / 100}%`, background: 'var(--mantine-color-grape-4)' }} />
              <div style={{ width: `${a.gender.male / 100}%`, background: 'var(--mantine-color-blue-4)' }} />
              <div style={{ width: `${a.gender.other / 100}%`, background: 'var(--mantine-color-gray-5)' }} />
            </div>
            <Group gap="md">
              {(['female', 'male', 'other'] as const).map((g, i) => (
                <Group gap={6} key={g}>
                  <span style={{ width: 10, height: 10, borderRadius: 3, background: ['var(--mantine-color-grape-4)', 'var(--mantine-color-blue-4)', 'var(--mantine-color-gray-5)'][i] }} />
                  <Text size="xs">
                    {t(`influencers.audience.${g}`)} {fmt.percentBp(a.gender[g])}
                  </Text>
                </Group>
              ))}
            </Group>
          </Stack>
        </Stack>
      )}
    </Section>
  );
}
