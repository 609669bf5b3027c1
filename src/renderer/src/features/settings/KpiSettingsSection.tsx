import { Button, Card, Divider, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { systemTimeZone } from '../../../../shared/time';
import { MoneyField, NumberField } from '../../components/NumberField';
import { ExchangeRates } from './ExchangeRates';
import { useSettings } from '../../lib/settings';
import { LabeledChoice, useSettingsForm, type SettingsPatch } from './SettingsForm';
import { CardHeading } from '../../components/CardHeading';

const FIELDS = ['kpiAttribution', 'kpiWindowDays', 'kpiErBasis', 'kpiEmvCpmMinor', 'timeZone'] as const;

type Values = Pick<Settings, 'kpiAttribution' | 'kpiErBasis' | 'timeZone'> & {
  /** null while emptied: the form asks for a number of days. */
  kpiWindowDays: number | null;
  /** Minor units of the workspace currency; null = no EMV. */
  kpiEmvCpmMinor: number | null;
};

// an emptied window is left out of the patch; the form's rule asks for it first
const toPatch = (v: Values): SettingsPatch => ({ ...v, kpiWindowDays: v.kpiWindowDays ?? undefined });

const valuesOf = (s: Settings): Values => ({
  kpiAttribution: s.kpiAttribution,
  kpiWindowDays: s.kpiWindowDays,
  kpiErBasis: s.kpiErBasis,
  kpiEmvCpmMinor: s.kpiEmvCpmMinor,
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
  const { form, busy, submit, error, number } = useSettingsForm({
    settings,
    valuesOf,
    toPatch,
    fields: FIELDS,
    savedTitle: 'settings.saved',
    guardUnsaved: true, // unsaved KPI rules: leaving the page asks first, like every other form
    rules: (patch, add) => {
      if (patch.kpiWindowDays == null) add('kpiWindowDays', t('kpiui.settings.windowDaysRequired'));
    },
    formRef,
  });
  if (!settings) return null;

  return (
    <Card component="section" aria-labelledby="settings-kpis" data-testid="kpi-settings" mt="md">
      <CardHeading id="settings-kpis" title={t('kpiui.settings.title')} hint={t('kpiui.settings.hint')} hintSize="xs" mb="lg" />
      <Stack gap="lg">
        <form ref={formRef} onSubmit={submit()} noValidate aria-labelledby="settings-kpis">
          <Stack gap="lg">
            <LabeledChoice
              id="kpi-attribution-label"
              label={t('kpiui.settings.attribution')}
              hint={t('kpiui.settings.attributionHint')}
              value={form.values.kpiAttribution}
              onChange={(v) => form.setFieldValue('kpiAttribution', v)}
              data={[
                { value: 'equalSplit', label: t('kpiui.attribution.equalSplit') },
                { value: 'firstCode', label: t('kpiui.attribution.firstCode') },
              ]}
            />
            <LabeledChoice
              id="kpi-er-label"
              label={t('kpiui.settings.erBasis')}
              hint={t('kpiui.settings.erBasisHint')}
              value={form.values.kpiErBasis}
              onChange={(v) => form.setFieldValue('kpiErBasis', v)}
              data={(['followers', 'reach', 'views'] as const).map((b) => ({ value: b, label: t(`kpiui.erBasis.${b}`) }))}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberField
                label={t('kpiui.settings.windowDays')}
                description={t('kpiui.settings.windowDaysHint')}
                compact={false}
                {...number('kpiWindowDays')}
              />
              <MoneyField
                currency={settings.currency}
                label={t('kpiui.settings.emvCpm', { currency: settings.currency })}
                description={t('kpiui.settings.emvCpmHint')}
                min={0}
                {...number('kpiEmvCpmMinor')}
                placeholder={t('kpiui.settings.emvNone')}
              />
            </SimpleGrid>
            <Select
              label={t('kpiui.settings.timeZone')}
              description={t('kpiui.settings.timeZoneHint')}
              data={tzData}
              value={form.values.timeZone}
              onChange={(v) => form.setFieldValue('timeZone', v)}
              placeholder={t('kpiui.settings.timeZoneSystem', { zone: systemTimeZone() })}
              searchable
              clearable
              limit={60}
              error={error('timeZone')}
              w={{ base: '100%', sm: 320 }}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
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
