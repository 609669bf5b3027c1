import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { handleFormError } from '../../api/errors';
import { useSettingsStore } from '../../lib/settingsStore';

const KEYS = ['disclosureMaxPosition', 'noPostAfterDays', 'noAnswerAfterDays'] as const;
type Key = (typeof KEYS)[number];
const LABELS: Record<Key, { label: string; hint: string }> = {
  disclosureMaxPosition: { label: 'disclosure.settings.position', hint: 'disclosure.settings.positionHint' },
  noPostAfterDays: { label: 'disclosure.settings.noPost', hint: 'disclosure.settings.noPostHint' },
  noAnswerAfterDays: { label: 'disclosure.settings.noAnswer', hint: 'disclosure.settings.noAnswerHint' },
};

const draftOf = (s: Settings): Record<Key, number | string> => ({ disclosureMaxPosition: s.disclosureMaxPosition, noPostAfterDays: s.noPostAfterDays, noAnswerAfterDays: s.noAnswerAfterDays });

/** Settings → checks and reminders: where the ad label must stand, when a sample or an outreach needs a follow-up. */
export function ChecksCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsStore((s) => s.update);
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(draftOf(settings)), [settings]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      await update({ disclosureMaxPosition: Number(draft.disclosureMaxPosition), noPostAfterDays: Number(draft.noPostAfterDays), noAnswerAfterDays: Number(draft.noAnswerAfterDays) });
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t('disclosure.settings.saved'), message: '' });
    } catch (err) {
      setErrors(handleFormError(err, KEYS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card component="form" onSubmit={save} noValidate aria-labelledby="settings-checks">
      <Title order={2} fz="md" fw={600} mb="sm" id="settings-checks">
        {t('disclosure.settings.title')}
      </Title>
      <Stack gap="sm">
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
            onChange={(v) => {
              setDraft((d) => ({ ...d, [k]: v }));
              setErrors((e) => ({ ...e, [k]: '' }));
            }}
            error={errors[k] || undefined}
            w="100%"
          />
        ))}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={saving}>
            {t('disclosure.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
