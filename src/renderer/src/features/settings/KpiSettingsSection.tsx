import { Button, Card, Divider, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useMemo, useRef } from 'react';


import { useTranslation } from 'react-i18next';


import type { Settings } from '../../../../shared/contract';


import { systemTimeZone } from '../../../../shared/time';


import { MoneyField, NumberField } from '../../components/NumberField';


import { ExchangeRates } from './ExchangeRates';


import { useSettings } from '../../lib/settings';


import { LabeledChoice, useSettingsDraft } from './SettingsForm';


import { CardHeading } from '../../components/CardHeading';



const FIELDS = ['kpiAttribution', 'kpiWindowDays', 'kpiErBasis', 'kpiEmvCpmMinor', 'timeZone'] as const;

type Draft = {
  kpiAttribution: Settings['kpiAttribution'];
  kpiWindowDays: number | null;
  kpiErBasis: Settings['kpiErBasis'];
  /** Minor units of the workspace currency; null = no EMV. */
  emvCpm: number | null;
  timeZone: string | null;
};

const toPatch = (d: Draft): Partial<Settings> => ({
  kpiAttribution: d.kpiAttribution,
  kpiWindowDays: d.kpiWindowDays ?? undefined,
  kpiErBasis: d.kpiErBasis,
  kpiEmvCpmMinor: d.emvCpm,
  timeZone: d.timeZone,
});

const draftOf = (s: Settings): Draft => ({
  kpiAttribution: s.kpiAttribution,
  kpiWindowDays: s.kpiWindowDays,
  kpiErBasis: s.kpiErBasis,
  emvCpm: s.kpiEmvCpmMinor,
  timeZone: s.timeZone,
});

function zones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/London', 'America/New_York'];
  }
}

/** KPI rules the user chooses (split, window, ER basis, own CPM, time zone) and the exchange rates. */
export function KpiSettingsSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const formRef = useRef<HTMLFormElement | null>(null);
  const tzData = useMemo(() => zones(), []);
  const { draft, errors, saving, set, save } = useSettingsDraft({
    settings,
    draftOf,
    toPatch,
    fields: FIELDS,
    savedTitle: 'settings.saved',
    guardUnsaved: true, // unsaved KPI rules: leaving the page asks first, like every other form
    validate: (d) => (d.kpiWindowDays == null ? { kpiWindowDays: t('kpiui.settings.windowDaysRequired') } : null),
    formRef,
  });
  if (!settings || !draft) return null;

  return (
    <Card component="section" aria-labelledby="settings-kpis" data-testid="kpi-settings" mt="md">
      <CardHeading id="settings-kpis" title={t('kpiui.settings.title')} hint={t('kpiui.settings.hint')} hintSize="xs" mb="lg" />
      <Stack gap="lg">
        <form ref={formRef} onSubmit={save} noValidate aria-labelledby="settings-kpis">
          <Stack gap="lg">
            <LabeledChoice
              id="kpi-attribution-label"
              label={t('kpiui.settings.attribution')}
              hint={t('kpiui.settings.attributionHint')}
              value={draft.kpiAttribution}
              onChange={(v) => set('kpiAttribution', v)}
              data={[
                { value: 'equalSplit', label: t('kpiui.attribution.equalSplit') },
                { value: 'firstCode', label: t('kpiui.attribution.firstCode') },
              ]}
            />
            <LabeledChoice
              id="kpi-er-label"
              label={t('kpiui.settings.erBasis')}
              hint={t('kpiui.settings.erBasisHint')}
              value={draft.kpiErBasis}
              onChange={(v) => set('kpiErBasis', v)}
              data={(['followers', 'reach', 'views'] as const).map((b) => ({ value: b, label: t(`kpiui.erBasis.${b}`) }))}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberField
                label={t('kpiui.settings.windowDays')}
                description={t('kpiui.settings.windowDaysHint')}
                min={0}
                max={365}
                compact={false}
                value={draft.kpiWindowDays}
                onChange={(v) => set('kpiWindowDays', v)}
                error={errors.kpiWindowDays}
              />
              <MoneyField
                currency={settings.currency}
                label={t('kpiui.settings.emvCpm', { currency: settings.currency })}
                description={t('kpiui.settings.emvCpmHint')}
                min={0}
                value={draft.emvCpm}
                onChange={(v) => set('emvCpm', v, ['kpiEmvCpmMinor'])}
                error={errors.kpiEmvCpmMinor}
                placeholder={t('kpiui.settings.emvNone')}
              />
            </SimpleGrid>
            <Select
              label={t('kpiui.settings.timeZone')}
              description={t('kpiui.settings.timeZoneHint')}
              data={tzData}
              value={draft.timeZone}
              onChange={(v) => set('timeZone', v)}
              placeholder={t('kpiui.settings.timeZoneSystem', { zone: systemTimeZone() })}
              searchable
              clearable
              limit={60}
              error={errors.timeZone}
              w={{ base: '100%', sm: 320 }}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={saving}>
                {t('kpiui.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Divider />
        <ExchangeRates workspaceCurrency={settings.currency} />
      </Stack>
    </Card>
  );
}
