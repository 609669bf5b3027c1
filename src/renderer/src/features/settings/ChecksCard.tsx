import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { NumberField } from '../../components/NumberField';
import { SettingsFormCard, useSettingsForm } from './SettingsForm';

const KEYS = ['disclosureMaxPosition', 'noPostAfterDays', 'noAnswerAfterDays'] as const;
type Key = (typeof KEYS)[number];
const LABELS: Record<Key, { label: string; hint: string }> = {
  disclosureMaxPosition: { label: 'disclosure.settings.position', hint: 'disclosure.settings.positionHint' },
  noPostAfterDays: { label: 'disclosure.settings.noPost', hint: 'disclosure.settings.noPostHint' },
  noAnswerAfterDays: { label: 'disclosure.settings.noAnswer', hint: 'disclosure.settings.noAnswerHint' },
};

type Values = Record<Key, number | null>;
const valuesOf = (s: Settings): Values => ({ disclosureMaxPosition: s.disclosureMaxPosition, noPostAfterDays: s.noPostAfterDays, noAnswerAfterDays: s.noAnswerAfterDays });
// an emptied field is sent as 0, which settings.update's schema refuses at the field („Mindestens 1.“); the bounds
// (1–50, 1–365) are the schema's
const toPatch = (v: Values) => ({ disclosureMaxPosition: v.disclosureMaxPosition ?? 0, noPostAfterDays: v.noPostAfterDays ?? 0, noAnswerAfterDays: v.noAnswerAfterDays ?? 0 });

/** Settings → checks and reminders: where the ad label must stand, when a sample or an outreach needs a follow-up. */
export function ChecksCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { busy, submit, number } = useSettingsForm({ settings, valuesOf, toPatch, fields: KEYS, savedTitle: 'disclosure.settings.saved' });
  return (
    <SettingsFormCard id="settings-checks" title={t('disclosure.settings.title')} saveLabel={t('disclosure.settings.save')} saving={busy} onSubmit={submit()}>
      {KEYS.map((k) => (
        <NumberField key={k} label={t(LABELS[k].label)} description={<Text span size="xs">{t(LABELS[k].hint)}</Text>} compact={false} {...number(k)} w="100%" />
      ))}
    </SettingsFormCard>
  );
}
