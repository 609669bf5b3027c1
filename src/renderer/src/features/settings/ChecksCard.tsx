import { NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { SettingsFormCard, useSettingsDraft } from './SettingsForm';

const KEYS = ['disclosureMaxPosition', 'noPostAfterDays', 'noAnswerAfterDays'] as const;
type Key = (typeof KEYS)[number];
const LABELS: Record<Key, { label: string; hint: string }> = {
  disclosureMaxPosition: { label: 'disclosure.settings.position', hint: 'disclosure.settings.positionHint' },
  noPostAfterDays: { label: 'disclosure.settings.noPost', hint: 'disclosure.settings.noPostHint' },
  noAnswerAfterDays: { label: 'disclosure.settings.noAnswer', hint: 'disclosure.settings.noAnswerHint' },
};

type Draft = Record<Key, number | string>;
const draftOf = (s: Settings): Draft => ({ disclosureMaxPosition: s.disclosureMaxPosition, noPostAfterDays: s.noPostAfterDays, noAnswerAfterDays: s.noAnswerAfterDays });
const toPatch = (d: Draft) => ({ disclosureMaxPosition: Number(d.disclosureMaxPosition), noPostAfterDays: Number(d.noPostAfterDays), noAnswerAfterDays: Number(d.noAnswerAfterDays) });

/** Settings → checks and reminders: where the ad label must stand, when a sample or an outreach needs a follow-up. */
export function ChecksCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { draft, errors, saving, set, save } = useSettingsDraft({ settings, draftOf, toPatch, fields: KEYS, savedTitle: 'disclosure.settings.saved' });
  if (!draft) return null;
  return (
    <SettingsFormCard id="settings-checks" title={t('disclosure.settings.title')} saveLabel={t('disclosure.settings.save')} saving={saving} onSubmit={save}>
      {KEYS.map((k) => (
        <NumberInput
          key={k}
          label={t(LABELS[k].label)}
          description={<Text span size="xs">{t(LABELS[k].hint)}</Text>}
          min={1}
          max={k === 'disclosureMaxPosition' ? 50 : 365}
          allowDecimal={false}
          allowNegative={false}
          value={draft[k]}
          onChange={(v) => set(k, v)}
          error={errors[k] || undefined}
          w="100%"
        />
      ))}
    </SettingsFormCard>
  );
}
