import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { NumberField } from '../../components/NumberField';
import { SettingsFormCard, useSettingsForm } from './SettingsForm';

type Values = { paymentTermsDays: number | null; kskRateBp: number | null };
const valuesOf = (s: Settings): Values => ({ paymentTermsDays: s.paymentTermsDays, kskRateBp: s.kskRateBp });
const toPatch = (v: Values) => ({ paymentTermsDays: v.paymentTermsDays ?? 0, kskRateBp: v.kskRateBp ?? 0 });
const FIELDS = ['paymentTermsDays', 'kskRateBp'] as const;

/**
 * Settings → payments: payment terms (due date when the invoice names none) and the KSK rate (src/main/payments/rules.ts).
 * The days' bound (0–365) is settings.update's schema, said at the field on saving; the rate's stays on the field, so
 * it is said in percent (the schema counts basis points).
 */
export function PaymentsCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { busy, submit, number } = useSettingsForm({ settings, valuesOf, toPatch, fields: FIELDS, savedTitle: 'disclosure.settings.saved' });
  return (
    <SettingsFormCard id="settings-payments" title={t('payments.title')} saveLabel={t('settings.savePayments')} saving={busy} onSubmit={submit()}>
      <NumberField label={t('settings.paymentTermsDays')} {...number('paymentTermsDays')} />
      <NumberField label={t('settings.kskRate')} kind="percent" unit="%" max={10_000} {...number('kskRateBp')} />
    </SettingsFormCard>
  );
}
