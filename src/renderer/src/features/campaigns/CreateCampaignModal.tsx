import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { CAMPAIGN_GOALS, type CampaignGoal } from '../../../../shared/domain';
import { handleFormError } from '../../api/errors';
import { toMinor } from '../../lib/format';
import { useNumberSeparators } from '../../lib/useFormat';
import { useSettingsStore } from '../settings/store';
import { useCampaignsStore } from './store';
import { DateField } from '../../components/DateField';

const FIELDS = ['name', 'goal', 'product', 'startDate', 'endDate', 'budgetMinor', 'currency', 'disclosureText'] as const;
export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP', 'SEK', 'DKK', 'PLN', 'CZK'];

function initial(currency: string) {
  return { name: '', goal: 'launch' as CampaignGoal, product: '', startDate: '', endDate: '', budget: '' as number | string, currency, disclosureText: '#werbung' };
}

export function CreateCampaignModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const seps = useNumberSeparators();
  const [, navigate] = useLocation();
  const create = useCampaignsStore((s) => s.create);
  const defaultCurrency = useSettingsStore((s) => s.settings?.currency ?? 'EUR');
  const [v, setV] = useState(() => initial(defaultCurrency));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) setV(initial(defaultCurrency));
  }, [opened, defaultCurrency]);

  const set = <K extends keyof ReturnType<typeof initial>>(k: K, value: ReturnType<typeof initial>[K], errKey: string = k) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((e) => ({ ...e, [errKey]: '' }));
  };
  const close = () => {
    setErrors({});
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const id = await create({
        name: v.name,
        goal: v.goal,
        product: v.product,
        startDate: v.startDate || null,
        endDate: v.endDate || null,
        budgetMinor: toMinor(Number(v.budget) || 0, v.currency),
        currency: v.currency,
        disclosureText: v.disclosureText,
      });
      notifications.show({ color: 'teal', title: t('campaigns.create.created', { name: v.name.trim() }), message: '' });
      close();
      navigate(`/campaigns/${id}`);
    } catch (ex) {
      setErrors(handleFormError(ex, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('campaigns.create.name')}
            placeholder={t('campaigns.create.namePlaceholder')}
            required
            data-autofocus
            value={v.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name || undefined}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('campaigns.create.goal')}
              data={CAMPAIGN_GOALS.map((g) => ({ value: g, label: t(`goals.${g}`) }))}
              value={v.goal}
              onChange={(x) => x && set('goal', x as CampaignGoal)}
              allowDeselect={false}
              error={errors.goal || undefined}
            />
            <TextInput label={t('campaigns.create.product')} value={v.product} onChange={(e) => set('product', e.currentTarget.value)} error={errors.product || undefined} />
            <DateField label={t('campaigns.create.startDate')} value={v.startDate} onChange={(d) => set('startDate', d ?? '')} error={errors.startDate || undefined} />
            <DateField label={t('campaigns.create.endDate')} value={v.endDate} onChange={(d) => set('endDate', d ?? '')} error={errors.endDate || undefined} />
            <NumberInput
              label={t('campaigns.create.budget')}
              min={0}
              decimalScale={2}
              {...seps}
              value={v.budget}
              onChange={(x) => set('budget', x, 'budgetMinor')}
              error={errors.budgetMinor || undefined}
            />
            <Select
              label={t('campaigns.create.currency')}
              data={CURRENCIES.includes(v.currency) ? CURRENCIES : [v.currency, ...CURRENCIES]}
              value={v.currency}
              onChange={(x) => x && set('currency', x)}
              allowDeselect={false}
              error={errors.currency || undefined}
            />
          </SimpleGrid>
          <TextInput
            label={t('campaigns.create.disclosure')}
            description={t('campaigns.create.disclosureHint')}
            value={v.disclosureText}
            onChange={(e) => set('disclosureText', e.currentTarget.value)}
            error={errors.disclosureText || undefined}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('campaigns.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
