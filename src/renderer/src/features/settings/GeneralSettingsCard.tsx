import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { notifyError } from '../../api/errors';
import { CurrencySelect } from '../../components/ChoiceSelect';
import { NumberField } from '../../components/NumberField';
import { effectiveLocale, setLocale } from '../../i18n';
import { updateSettings } from '../../lib/settings';
import { LogoSetting } from './LogoSetting';
import { LabeledChoice, SettingsFormCard, useSettingsForm, type SettingsPatch } from './SettingsForm';

const FIELDS = ['locale', 'currency', 'brandName', 'tierThresholds', 'tierThresholds.micro', 'tierThresholds.macro', 'tierThresholds.mega', 'maxActiveCollaborations'] as const;

type Values = {
  currency: string;
  brandName: string;
  tierThresholds: { micro: number | null; macro: number | null; mega: number | null };
  maxActiveCollaborations: number | null;
};

// an emptied number is sent as 0, which settings.update's schema refuses at its field („Mindestens 1.“)
const toPatch = (v: Values): SettingsPatch => ({
  currency: v.currency,
  brandName: v.brandName,
  tierThresholds: { micro: v.tierThresholds.micro ?? 0, macro: v.tierThresholds.macro ?? 0, mega: v.tierThresholds.mega ?? 0 },
  maxActiveCollaborations: v.maxActiveCollaborations ?? 0,
});

const valuesOf = (s: Settings): Values => ({
  currency: s.currency,
  brandName: s.brandName,
  tierThresholds: { ...s.tierThresholds },
  maxActiveCollaborations: s.maxActiveCollaborations,
});

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

/** Settings → general: language (saved at once), brand name, currency, logo, tiers, the active-collaboration limit. */
export function GeneralSettingsCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  // unsaved general settings: leaving the page asks first (save / discard / keep editing)
  const { form, busy, submit, error: fieldError, number } = useSettingsForm({ settings, valuesOf, toPatch, fields: FIELDS, savedTitle: 'settings.saved', guardUnsaved: true });
  const tierErr = (k: 'micro' | 'macro' | 'mega') => fieldError(`tierThresholds.${k}`) ?? (k === 'macro' ? fieldError('tierThresholds') : undefined);

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
    <SettingsFormCard id="settings-general" title={t('settings.general')} saveLabel={t('settings.save')} saving={busy} onSubmit={submit()} size="lg">
      <LanguageControl value={settings.locale} onChange={(v) => void changeLocale(v)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('settings.brandName')}
          placeholder={t('settings.brandNamePlaceholder')}
          value={form.values.brandName}
          onChange={(e) => form.setFieldValue('brandName', e.currentTarget.value)}
          error={fieldError('brandName')}
          maxLength={120}
        />
        <CurrencySelect label={t('settings.currency')} value={form.values.currency} onChange={(v) => form.setFieldValue('currency', v)} description={t('settings.currencyHint')} error={fieldError('currency')} />
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
              value={form.values.tierThresholds[k]}
              onChange={(v) => {
                form.setFieldValue(`tierThresholds.${k}`, v);
                form.clearFieldError('tierThresholds');
              }}
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
        {...number('maxActiveCollaborations')}
        w={{ base: '100%', sm: 320 }}
      />
    </SettingsFormCard>
  );
}
