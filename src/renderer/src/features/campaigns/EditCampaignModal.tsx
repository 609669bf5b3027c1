import { UtmRulesSection } from './UtmRulesSection';

import { Divider, Group, Modal, MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useEffect, useRef, useState } from 'react';

import { useTranslation } from 'react-i18next';

import { NICHES } from '../../../../shared/domain';

import type { CampaignDetail } from '../../../../shared/contract';

import { fieldError, handleFormError } from '../../api/errors';

import { useCloseGuard } from '../../lib/unsaved';

import { keepEnterInPickers } from '../../lib/forms';

import { MoneyField, NumberField } from '../../components/NumberField';

import { useNumberFormSave } from '../../components/formSave';

import { CampaignFormFields, DisclosureField, campaignBaseInput } from './CampaignFormFields';

import { campaignActions } from './queries';

import { FormFooter } from '../../components/FormFooter';


/** Countries offered for the target audience: the EU/EEA, Switzerland, the UK and the US. */
export const AUDIENCE_COUNTRIES = [
  'DE', 'AT', 'CH', 'NL', 'BE', 'LU', 'FR', 'IT', 'ES', 'PT', 'IE', 'DK', 'SE', 'FI', 'NO', 'IS', 'PL', 'CZ', 'SK', 'HU', 'SI', 'HR',
  'RO', 'BG', 'GR', 'CY', 'MT', 'EE', 'LV', 'LT', 'LI', 'GB', 'US',
];
export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55+'];

export function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === 'de' ? 'de-DE' : 'en-GB'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const FIELDS = ['name', 'goal', 'product', 'startDate', 'endDate', 'budgetMinor', 'currency', 'disclosureText', 'baseUrl', 'notes', 'targetKpis', 'targetAudience'] as const;

type Num = number | null;
function fromDetail(d: CampaignDetail) {
  const k = d.targetKpis ?? {};
  const a = d.targetAudience ?? {};
  return {
    name: d.name,
    goal: d.goal,
    product: d.product,
    startDate: d.startDate ?? '',
    endDate: d.endDate ?? '',
    budget: (d.budgetMinor || null) as Num,
    currency: d.currency,
    disclosureText: d.disclosureText,
    baseUrl: d.baseUrl ?? '',
    notes: d.notes,
    kpiEr: (k.engagementRateBp ?? null) as Num,
    kpiConversions: (k.conversions ?? null) as Num,
    kpiRevenue: (k.revenueMinor ?? null) as Num,
    kpiRoas: (k.roasBp ?? null) as Num,
    kpiReach: (k.reach ?? null) as Num,
    countries: a.countries ?? [],
    ageBands: a.ageBands ?? [],
    gender: a.gender ?? 'any',
    niches: a.niches ?? [],
    followersMin: (a.followersMin ?? null) as Num,
    followersMax: (a.followersMax ?? null) as Num,
  };
}
type FormValues = ReturnType<typeof fromDetail>;


/** Edit every field of a campaign: briefing, money, KPI targets, target audience, tracking and notes. */
export function EditCampaignModal({ campaign, opened, onClose }: { campaign: CampaignDetail | null; opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const update = campaignActions.update;
  const [v, setV] = useState<FormValues | null>(campaign ? fromDetail(campaign) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const [start, setStart] = useState<FormValues | null>(null);
  useEffect(() => {
    if (opened && campaign) {
      const f = fromDetail(campaign);
      setV(f);
      setStart(f);
      setErrors({});
    }
  }, [opened, campaign]);
  const persistRef = useRef<() => Promise<boolean>>(async () => true);
  const guard = useCloseGuard({ dirty: opened && !!v && JSON.stringify(v) !== JSON.stringify(start), save: () => persistRef.current() });
  const requestClose = () => guard.requestClose(onClose);

  const { busy, persist, submit } = useNumberFormSave(v, async () => {
    if (!v || !campaign) return false;
    try {
      const targetKpis = {
        ...(v.kpiEr != null ? { engagementRateBp: v.kpiEr } : {}),
        ...(v.kpiConversions != null ? { conversions: v.kpiConversions } : {}),
        ...(v.kpiRevenue != null ? { revenueMinor: v.kpiRevenue } : {}),
        ...(v.kpiRoas != null ? { roasBp: v.kpiRoas } : {}),
        ...(v.kpiReach != null ? { reach: v.kpiReach } : {}),
      };
      const hasAudience = v.countries.length || v.ageBands.length || v.niches.length || v.gender !== 'any' || v.followersMin != null || v.followersMax != null;
      await update({
        id: campaign.id,
        ...campaignBaseInput(v),
        baseUrl: v.baseUrl.trim() || null,
        notes: v.notes,
        targetKpis,
        targetAudience: hasAudience
          ? {
              ...(v.countries.length ? { countries: v.countries } : {}),
              ...(v.ageBands.length ? { ageBands: v.ageBands } : {}),
              ...(v.niches.length ? { niches: v.niches } : {}),
              ...(v.followersMin != null ? { followersMin: v.followersMin } : {}),
              ...(v.followersMax != null ? { followersMax: v.followersMax } : {}),
              gender: v.gender as 'female' | 'male' | 'any',
            }
          : null,
      });
      notifications.show({ color: 'teal', title: t('campaigns.edit.saved', { name: v.name.trim() }), message: '' });
      setStart(v);
      guard.saved();
      onClose();
      return true;
    } catch (ex) {
      // nested paths such as targetKpis.reach are shown on their group
      const fe = fieldError(ex);
      const top = fe?.field.split('.')[0];
      if (fe && top && (FIELDS as readonly string[]).includes(top)) setErrors({ [top]: fe.message });
      else setErrors(handleFormError(ex, FIELDS));
      return false;
    }
  });

  if (!v || !campaign) return null;
  const set = <K extends keyof FormValues>(k: K, value: FormValues[K], errKey: string = k) => {
    setV((old) => (old ? { ...old, [k]: value } : old));
    setErrors((e) => ({ ...e, [errKey]: '' }));
  };

  persistRef.current = persist;

  const locale = i18n.language;
  const sectionTitle = (s: string) => (
    <Divider
      label={
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
          {s}
        </Text>
      }
      labelPosition="left"
    />
  );

  return (
    <Modal opened={opened} onClose={requestClose} title={t('campaigns.edit.title')} size="xl">
      <form onSubmit={submit} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="md">
          <CampaignFormFields v={v} errors={errors} set={set} cols={{ base: 1, sm: 2 }} />

          {sectionTitle(t('campaigns.edit.kpis'))}
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            <NumberField label={t('campaigns.edit.kpiEr')} kind="percent" max={10_000} unit="%" value={v.kpiEr} onChange={(x) => set('kpiEr', x, 'targetKpis')} />
            <NumberField label={t('campaigns.edit.kpiConversions')} value={v.kpiConversions} onChange={(x) => set('kpiConversions', x, 'targetKpis')} />
            <MoneyField label={t('campaigns.edit.kpiRevenue')} currency={v.currency} value={v.kpiRevenue} onChange={(x) => set('kpiRevenue', x, 'targetKpis')} />
            <NumberField label={t('campaigns.edit.kpiRoas')} kind="decimal" decimals={4} unit="×" value={v.kpiRoas} onChange={(x) => set('kpiRoas', x, 'targetKpis')} />
            <NumberField label={t('campaigns.edit.kpiReach')} value={v.kpiReach} onChange={(x) => set('kpiReach', x, 'targetKpis')} />
          </SimpleGrid>
          {errors.targetKpis && (
            <Text size="sm" c="red">
              {errors.targetKpis}
            </Text>
          )}

          {sectionTitle(t('campaigns.edit.audience'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('campaigns.edit.countries')}
              data={AUDIENCE_COUNTRIES.map((c) => ({ value: c, label: regionName(c, locale) }))}
              value={v.countries}
              onChange={(x) => set('countries', x, 'targetAudience')}
              searchable
              clearable
              maxValues={30}
            />
            <MultiSelect
              label={t('campaigns.edit.niches')}
              data={[...new Set([...NICHES, ...v.niches])].map((n) => ({ value: n, label: t(`niches.${n}`, { defaultValue: n }) }))}
              value={v.niches}
              onChange={(x) => set('niches', x, 'targetAudience')}
              searchable
              clearable
            />
            <Group gap="xs" grow align="flex-start">
              <NumberField label={t('fitReasons.followersMin')} value={v.followersMin} onChange={(x) => set('followersMin', x, 'targetAudience')} />
              <NumberField label={t('fitReasons.followersMax')} value={v.followersMax} onChange={(x) => set('followersMax', x, 'targetAudience')} />
            </Group>
            <MultiSelect label={t('campaigns.edit.ageBands')} data={AGE_BANDS} value={v.ageBands} onChange={(x) => set('ageBands', x, 'targetAudience')} clearable />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('campaigns.edit.gender')}
              </Text>
              <SegmentedControl
                value={v.gender}
                onChange={(x) => set('gender', x as FormValues['gender'], 'targetAudience')}
                data={(['any', 'female', 'male'] as const).map((g) => ({ value: g, label: t(`campaigns.edit.genders.${g}`) }))}
                aria-label={t('campaigns.edit.gender')}
              />
            </Stack>
          </SimpleGrid>
          {errors.targetAudience && (
            <Text size="sm" c="red">
              {errors.targetAudience}
            </Text>
          )}

          {sectionTitle(t('campaigns.edit.tracking'))}
          <TextInput
            label={t('campaigns.edit.baseUrl')}
            description={t('campaigns.edit.baseUrlHint')}
            placeholder="https://shop.example.de/produkt"
            value={v.baseUrl}
            onChange={(e) => set('baseUrl', e.currentTarget.value)}
            error={errors.baseUrl || undefined}
          />
          {campaign && <UtmRulesSection campaignId={campaign.id} />}
          <DisclosureField v={v} errors={errors} set={set} />
          <Textarea label={t('campaigns.edit.notes')} autosize minRows={3} maxRows={10} value={v.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes || undefined} />
          <FormFooter mt="xs" className="dialog-footer" onCancel={requestClose} busy={busy} submitLabel={t('common.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
