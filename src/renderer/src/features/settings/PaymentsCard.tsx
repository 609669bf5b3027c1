import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { handleFormError } from '../../api/errors';
import { NumberField, focusUnreadableNumber, hasUnreadableNumber } from '../../components/NumberField';
import { useSettingsStore } from '../../lib/settingsStore';

type Draft = { paymentTermsDays: number | null; kskRateBp: number | null };
const draftOf = (s: Settings): Draft => ({ paymentTermsDays: s.paymentTermsDays, kskRateBp: s.kskRateBp });

/** Settings → payments: payment terms (due date when the invoice names none) and the KSK rate (src/main/payments/rules.ts). */
export function PaymentsCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsStore((s) => s.update);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(draftOf(settings)), [settings]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (hasUnreadableNumber(draft)) return focusUnreadableNumber();
    setSaving(true);
    setErrors({});
    try {
      await update({ paymentTermsDays: draft.paymentTermsDays ?? 0, kskRateBp: draft.kskRateBp ?? 0 });
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t('disclosure.settings.saved'), message: '' });
    } catch (err) {
      setErrors(handleFormError(err, ['paymentTermsDays', 'kskRateBp']));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card component="form" onSubmit={save} noValidate aria-labelledby="settings-payments">
      <Title order={2} fz="md" fw={600} mb="sm" id="settings-payments">
        {t('payments.title')}
      </Title>
      <Stack gap="sm">
        <NumberField
          label={t('settings.paymentTermsDays')}
          min={0}
          max={365}
          value={draft.paymentTermsDays}
          onChange={(v) => setDraft((d) => ({ ...d, paymentTermsDays: v }))}
          error={errors.paymentTermsDays || undefined}
        />
        <NumberField
          label={t('settings.kskRate')}
          kind="percent"
          unit="%"
          max={10_000}
          value={draft.kskRateBp}
          onChange={(v) => setDraft((d) => ({ ...d, kskRateBp: v }))}
          error={errors.kskRateBp || undefined}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={saving}>
            {t('disclosure.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
