import { useTranslation } from 'react-i18next';
import type { ErBasis, KpiRuleKey, Unconverted } from '../../../../shared/contract';
import { useApiQuery } from '../../lib/query';
import { useFormat } from '../../lib/useFormat';

/**
 * Texts every KPI screen needs: the rule texts of the core (`kpis.rules.<key>.title/body`) with the
 * parameters of the current settings, the ER label naming its basis, and amounts without an exchange rate.
 */
export function useKpiText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useApiQuery('settings.get', {}, { scopes: ['settings'] }).data;
  const params: Record<string, string | number> = settings
    ? {
        windowDays: settings.kpiWindowDays,
        erBasis: t(`kpis.erBasis.${settings.kpiErBasis}`),
        attribution: t(`kpis.attribution.${settings.kpiAttribution}`),
        emvCpm: settings.kpiEmvCpmMinor == null ? '–' : fmt.money(settings.kpiEmvCpmMinor, settings.currency),
        currency: settings.currency,
        timeZone: settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      }
    : {};
  const rule = (...keys: KpiRuleKey[]) => keys.map((k) => t(`kpis.rules.${k}.body`, params)).join(' ');
  const ruleTitle = (k: KpiRuleKey) => t(`kpis.rules.${k}.title`, params);
  const erLabel = (basis: ErBasis) => t('kpiui.kpi.erWithBasis', { basis: t(`kpis.erBasis.${basis}`) });
  /** "+ 1.234,00 USD without a rate" per currency, or '' when everything was converted. */
  const unconverted = (list: Unconverted[] | undefined) =>
    (list ?? [])
      .filter((u) => u.minor !== 0)
      .map((u) => t('kpiui.withoutRate', { amount: fmt.moneyCode(u.minor, u.currency) }))
      .join(' · ');
  return { t, fmt, rule, ruleTitle, erLabel, unconverted, params, settings };
}
