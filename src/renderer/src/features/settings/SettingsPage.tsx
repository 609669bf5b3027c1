import { Grid, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';



import { useTranslation } from 'react-i18next';


import type { Settings } from '../../../../shared/contract';


import type { Locale } from '../../../../shared/domain';


import { notifyError } from '../../api/errors';


import { ErrorState, LoadingState } from '../../components/States';


import { PageHeader } from '../../components/PageHeader';


import { setLocale, effectiveLocale } from '../../i18n';



import { updateSettings, useSettingsQuery } from '../../lib/settings';


import { NumberField } from '../../components/NumberField';


import { WorkspaceCard } from './WorkspaceCard';


import { AboutCard } from './AboutCard';


import { ChecksCard } from './ChecksCard';


import { PaymentsCard } from './PaymentsCard';


import { BackupsSection } from './BackupsSection';


import { KpiSettingsSection } from './KpiSettingsSection';


import { LogoSetting } from './LogoSetting';


import { LabeledChoice, SettingsFormCard, useSettingsDraft } from './SettingsForm';


import { CurrencySelect } from '../../components/ChoiceSelect';



const FIELDS = ['locale', 'currency', 'brandName', 'tierThresholds', 'tierThresholds.micro', 'tierThresholds.macro', 'tierThresholds.mega', 'maxActiveCollaborations'] as const;

type Draft = {
  currency: string;
  brandName: string;
  micro: number | null;
  macro: number | null;
  mega: number | null;
  maxActiveCollaborations: number | null;
};

const toPatch = (d: Draft): Partial<Settings> => ({
  currency: d.currency,
  brandName: d.brandName,
  tierThresholds: { micro: Number(d.micro), macro: Number(d.macro), mega: Number(d.mega) },
  maxActiveCollaborations: Number(d.maxActiveCollaborations),
});

function draftOf(s: Settings): Draft {
  return {
    currency: s.currency,
    brandName: s.brandName,
    micro: s.tierThresholds.micro,
    macro: s.tierThresholds.macro,
    mega: s.tierThresholds.mega,
    maxActiveCollaborations: s.maxActiveCollaborations,
  };
}

function LanguageControl({ value, onChange }: { value: Locale | null; onChange(v: Locale | null): void }) {
  const { t } = useTranslation();
  return (
    <LabeledChoice
      id="language-label"
      label={t('settings.language')}
      hint={t('settings.languageHint')}
      value={value ?? 'auto'}
      onChange={(v) => onChange(v === 'auto' ? null : v)}
      data={[
        { value: 'auto', label: t('settings.languageAuto') },
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const query = useSettingsQuery();
  const settings = query.data ?? null;
  const error = query.error;
  const load = () => void query.refetch();
  // unsaved general settings: leaving the page asks first (save / discard / keep editing)
  const { draft, errors, saving, set, save } = useSettingsDraft({ settings, draftOf, toPatch, fields: FIELDS, savedTitle: 'settings.saved', guardUnsaved: true });

  const header = <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />;
  if (!settings || !draft) {
    return (
      <>
        {header}
        {error ? <ErrorState error={error} onRetry={load} /> : <LoadingState />}
      </>
    );
  }

  const tierErr = (k: 'micro' | 'macro' | 'mega') => errors[`tierThresholds.${k}`] || (k === 'macro' ? errors.tierThresholds : undefined) || undefined;

  const changeLocale = async (locale: Locale | null) => {
    const previous = settings.locale;
    void setLocale(effectiveLocale(locale)); // switch at once, persist in the background
    try {
      await updateSettings({ locale });
    } catch (err) {
      void setLocale(effectiveLocale(previous));
      notifyError(err);
    }
  };

  return (
    <>
      {header}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SettingsFormCard id="settings-general" title={t('settings.general')} saveLabel={t('settings.save')} saving={saving} onSubmit={save} size="lg">
              <LanguageControl value={settings.locale} onChange={(v) => void changeLocale(v)} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('settings.brandName')}
                  placeholder={t('settings.brandNamePlaceholder')}
                  value={draft.brandName}
                  onChange={(e) => set('brandName', e.currentTarget.value)}
                  error={errors.brandName}
                  maxLength={120}
                />
                <CurrencySelect label={t('settings.currency')} value={draft.currency} onChange={(v) => set('currency', v)} description={t('settings.currencyHint')} error={errors.currency} />
              </SimpleGrid>
              <LogoSetting />
              <Stack gap={6}>
                <Text size="sm" fw={500}>
                  {t('settings.tiers')}
                </Text>
                <Text size="xs" c="dimmed" mt={-4}>
                  {t('settings.tiersHint')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {(['micro', 'macro', 'mega'] as const).map((k) => (
                    <NumberField
                      key={k}
                      label={t(`settings.tier${k[0]!.toUpperCase()}${k.slice(1)}` as 'settings.tierMicro')}
                      min={1}
                      value={draft[k]}
                      onChange={(v) => set(k, v, [`tierThresholds.${k}`, 'tierThresholds'])}
                      error={tierErr(k)}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
              <NumberField
                label={t('settings.maxActive')}
                description={t('settings.maxActiveHint')}
                min={1}
                max={1000}
                compact={false}
                value={draft.maxActiveCollaborations}
                onChange={(v) => set('maxActiveCollaborations', v)}
                error={errors.maxActiveCollaborations}
                w={{ base: '100%', sm: 320 }}
              />
          </SettingsFormCard>
          <KpiSettingsSection />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <ChecksCard settings={settings} />
            <PaymentsCard settings={settings} />
            <WorkspaceCard />
            <BackupsSection />
            <AboutCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
