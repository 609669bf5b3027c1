import { UtmRulesSection } from './UtmRulesSection';
import { Divider, Group, Modal, MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NICHES } from '../../../../shared/domain';
import { contract, type CampaignDetail } from '../../../../shared/contract';
import { UnsavedScopeProvider, useCloseGuard } from '../../lib/unsaved';
import { keepEnterInPickers } from '../../lib/forms';
import { useContractForm } from '../../lib/contractForm';
import { MoneyField, NumberField } from '../../components/NumberField';
import { CAMPAIGN_BASE_FIELDS, CampaignFormFields, DisclosureField, campaignBaseInput } from './CampaignFormFields';
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

const FIELDS = [...CAMPAIGN_BASE_FIELDS, 'baseUrl', 'notes', 'targetKpis', 'targetAudience'];

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
    budgetMinor: (d.budgetMinor || null) as Num,
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

/** The form as `campaigns.update` takes it: KPI targets and the audience only with what is filled in. */
function toInput(id: number, v: FormValues) {
  const targetKpis = {
    ...(v.kpiEr != null ? { engagementRateBp: v.kpiEr } : {}),
    ...(v.kpiConversions != null ? { conversions: v.kpiConversions } : {}),
    ...(v.kpiRevenue != null ? { revenueMinor: v.kpiRevenue } : {}),
    ...(v.kpiRoas != null ? { roasBp: v.kpiRoas } : {}),
    ...(v.kpiReach != null ? { reach: v.kpiReach } : {}),
  };
  const hasAudience = v.countries.length || v.ageBands.length || v.niches.length || v.gender !== 'any' || v.followersMin != null || v.followersMax != null;
  return {
    id,
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
          gender: v.gender,
        }
      : null,
  };
}

/** Edit every field of a campaign: briefing, money, KPI targets, target audience, tracking and notes. */
export function EditCampaignModal({ campaign, opened, onClose }: { campaign: CampaignDetail | null; opened: boolean; onClose(): void }) {
  return campaign ? <EditCampaignForm campaign={campaign} opened={opened} onClose={onClose} /> : null;
}

function EditCampaignForm({ campaign, opened, onClose }: { campaign: CampaignDetail; opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const update = campaignActions.update;
  /** UTM patterns typed but not applied (their own two-step save, UtmRulesSection). */
  const utmDirty = useRef(false);
  const { form, busy, persist, submit, load, error } = useContractForm({
    initialValues: fromDetail(campaign),
    schema: contract['campaigns.update'].input,
    toInput: (v: FormValues) => toInput(campaign.id, v),
    fields: FIELDS,
    save: async (input, v) => {
      await update(input);
      notifications.show({ color: 'teal', title: t('campaigns.edit.saved', { name: v.name.trim() }), message: '' });
      if (utmDirty.current) {
        // the campaign is saved; closing would drop the UTM patterns typed beside it, so it asks first
        guard.requestClose(onClose);
      } else {
        guard.saved();
        onClose();
      }
      return true;
    },
  });
  useEffect(() => {
    if (opened) load(fromDetail(campaign));
  }, [opened, campaign]);
  const guard = useCloseGuard({ dirty: opened && form.isDirty(), save: persist });
  const requestClose = () => guard.requestClose(onClose);

  const v = form.values;
  /** A field of a group whose problems show on the group (KPI targets, target audience). */
  const inGroup =
    (group: 'targetKpis' | 'targetAudience') =>
    <K extends keyof FormValues>(k: K) => ({
      value: v[k],
      onChange: (x: FormValues[K]) => {
        form.setFieldValue(k, x as never);
        form.clearFieldError(group);
      },
    });
  const kpi = inGroup('targetKpis');
  const audience = inGroup('targetAudience');

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
      <UnsavedScopeProvider value={guard.scope}>
        <form onSubmit={submit()} onKeyDown={keepEnterInPickers} noValidate>
          <Stack gap="md">
            <CampaignFormFields v={v} input={form.getInputProps} cols={{ base: 1, sm: 2 }} />

            {sectionTitle(t('campaigns.edit.kpis'))}
            <SimpleGrid cols={{ base: 2, sm: 3 }}>
              <NumberField label={t('campaigns.edit.kpiEr')} kind="percent" max={10_000} unit="%" {...kpi('kpiEr')} />
              <NumberField label={t('campaigns.edit.kpiConversions')} {...kpi('kpiConversions')} />
              <MoneyField label={t('campaigns.edit.kpiRevenue')} currency={v.currency} {...kpi('kpiRevenue')} />
              <NumberField label={t('campaigns.edit.kpiRoas')} kind="decimal" decimals={4} unit="×" {...kpi('kpiRoas')} />
              <NumberField label={t('campaigns.edit.kpiReach')} {...kpi('kpiReach')} />
            </SimpleGrid>
            {error('targetKpis') && (
              <Text size="sm" c="red">
                {error('targetKpis')}
              </Text>
            )}

            {sectionTitle(t('campaigns.edit.audience'))}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                label={t('campaigns.edit.countries')}
                data={AUDIENCE_COUNTRIES.map((c) => ({ value: c, label: regionName(c, locale) }))}
                {...audience('countries')}
                searchable
                clearable
                maxValues={30}
              />
              <MultiSelect
                label={t('campaigns.edit.niches')}
                data={[...new Set([...NICHES, ...v.niches])].map((n) => ({ value: n, label: t(`niches.${n}`, { defaultValue: n }) }))}
                {...audience('niches')}
                searchable
                clearable
              />
              <Group gap="xs" grow align="flex-start">
                <NumberField label={t('fitReasons.followersMin')} {...audience('followersMin')} />
                <NumberField label={t('fitReasons.followersMax')} {...audience('followersMax')} />
              </Group>
              <MultiSelect label={t('campaigns.edit.ageBands')} data={AGE_BANDS} {...audience('ageBands')} clearable />
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('campaigns.edit.gender')}
                </Text>
                <SegmentedControl
                  {...audience('gender')}
                  data={(['any', 'female', 'male'] as const).map((g) => ({ value: g, label: t(`campaigns.edit.genders.${g}`) }))}
                  aria-label={t('campaigns.edit.gender')}
                />
              </Stack>
            </SimpleGrid>
            {error('targetAudience') && (
              <Text size="sm" c="red">
                {error('targetAudience')}
              </Text>
            )}

            {sectionTitle(t('campaigns.edit.tracking'))}
            <TextInput
              label={t('campaigns.edit.baseUrl')}
              description={t('campaigns.edit.baseUrlHint')}
              placeholder="https://shop.example.de/produkt"
              {...form.getInputProps('baseUrl')}
            />
            <UtmRulesSection campaignId={campaign.id} onDirtyChange={(d) => {
              utmDirty.current = d;
            }} />
            <DisclosureField input={form.getInputProps} />
            <Textarea label={t('campaigns.edit.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
            <FormFooter mt="xs" className="dialog-footer" onCancel={requestClose} busy={busy} submitLabel={t('common.save')} />
          </Stack>
        </form>
      </UnsavedScopeProvider>
    </Modal>
  );
}
