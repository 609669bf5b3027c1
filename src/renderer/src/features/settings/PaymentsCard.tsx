import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { NumberField } from '../../components/NumberField';
import { SettingsFormCard, useSettingsDraft } from './SettingsForm';

type Draft = { paymentTermsDays: number | null; kskRateBp: number | null };
const draftOf = (s: Settings): Draft => ({ paymentTermsDays: s.paymentTermsDays, kskRateBp: s.kskRateBp });
const toPatch = (d: Draft) => ({ paymentTermsDays: d.paymentTermsDays ?? 0, kskRateBp: d.kskRateBp ?? 0 });
const FIELDS = ['paymentTermsDays', 'kskRateBp'] as const;

/** Settings → payments: payment terms (due date when the invoice names none) and the KSK rate (src/main/payments/rules.ts). */
export function PaymentsCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { draft, errors, saving, set, save } = useSettingsDraft({ settings, draftOf, toPatch, fields: FIELDS, savedTitle: 'disclosure.settings.saved' });
  if (!draft) return null;
  return (
    <SettingsFormCard id="settings-payments" title={t('payments.title')} saveLabel={t('disclosure.settings.save')} saving={saving} onSubmit={save}>
      <NumberField
        label={t('settings.paymentTermsDays')}
        min={0}
        max={365}
        value={draft.paymentTermsDays}
        onChange={(v) => set('paymentTermsDays', v)}
        error={errors.paymentTermsDays || undefined}
      />
      <NumberField
        label={t('settings.kskRate')}
        kind="percent"
        unit="%"
        max={10_000}
        value={draft.kskRateBp}
        onChange={(v) => set('kskRateBp', v)}
        error={errors.kskRateBp || undefined}
      />
    </SettingsFormCard>
  );
}
