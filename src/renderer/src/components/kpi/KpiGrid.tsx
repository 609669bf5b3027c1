import { SimpleGrid } from '@mantine/core';
import type { KpiFigures, TargetProgress } from '../../../../shared/contract';
import { KpiTile } from './KpiTile';
import { useKpiText } from './useKpiText';

/**
 * The full KPI set of one scope as tiles, each with its rule ("how is this computed"); division by zero
 * shows the formatter's dash; amounts without an exchange rate appear under revenue and cost, never added.
 */
export function KpiGrid({ figures, targets = [], compact = false }: { figures: KpiFigures; targets?: TargetProgress[]; compact?: boolean }) {
  const { t, fmt, rule, erLabel, unconverted } = useKpiText();
  const f = figures;
  const cur = f.currency;
  const money = (v: number | null) => fmt.money(v, cur);
  const whole = (v: number | null) => fmt.money(v, cur, { whole: true });
  const target = (key: TargetProgress['key']) => targets.find((x) => x.key === key);
  const targetNote = (key: TargetProgress['key'], show: (v: number) => string) => {
    const tp = target(key);
    if (!tp) return undefined;
    const pct = tp.progressBp == null ? '' : ` · ${fmt.percentBp(tp.progressBp, 0)}`;
    return `${t('kpiui.target', { value: show(tp.target) })}${pct}`;
  };
  const ratio = (key: TargetProgress['key']) => {
    const tp = target(key);
    return tp?.progressBp == null ? null : tp.progressBp / 10_000;
  };
  const ofTarget = (key: TargetProgress['key'], label: string) => {
    const tp = target(key);
    return tp?.progressBp == null ? undefined : `${label}: ${t('kpiui.ofTarget', { percent: fmt.percentBp(tp.progressBp, 0) })}`;
  };
  const withNote = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;

  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm" mb="sm">
        <KpiTile
          size="lg"
          id="revenue"
          label={t('kpiui.kpi.revenue')}
          value={whole(f.revenueMinor)}
          rule={rule('attribution', 'refunds', 'money')}
          note={withNote(unconverted(f.revenueUnconverted), targetNote('revenueMinor', (v) => fmt.money(v, cur, { whole: true })))}
          ratio={ratio('revenueMinor')}
          ratioLabel={ofTarget('revenueMinor', t('kpiui.kpi.revenue'))}
        />
        <KpiTile size="lg" id="cost" label={t('kpiui.kpi.cost')} value={whole(f.costMinor)} rule={rule('cost', 'productValue')} note={unconverted(f.cost.unconverted)} />
        <KpiTile
          size="lg"
          id="roas"
          label={t('kpiui.kpi.roas')}
          value={fmt.multipleBp(f.roasBp)}
          rule={rule('roas', 'divisionByZero')}
          note={targetNote('roasBp', (v) => fmt.multipleBp(v))}
          ratio={ratio('roasBp')}
          ratioLabel={ofTarget('roasBp', t('kpiui.kpi.roas'))}
        />
        <KpiTile size="lg" id="roi" label={t('kpiui.kpi.roi')} value={fmt.percentBp(f.roiBp, 0)} rule={rule('roi', 'divisionByZero')} />
      </SimpleGrid>
      <SimpleGrid cols={compact ? { base: 2, sm: 3, lg: 4, xl: 5 } : { base: 2, sm: 4, lg: 5, xl: 7 }} spacing="sm" verticalSpacing="sm">
        <KpiTile
          id="reach"
          label={t('kpiui.kpi.reach')}
          value={fmt.compact(f.reach)}
          note={targetNote('reach', (v) => fmt.compact(v))}
          ratio={ratio('reach')}
          ratioLabel={ofTarget('reach', t('kpiui.kpi.reach'))}
        />
        <KpiTile id="impressions" label={t('kpiui.kpi.impressions')} value={fmt.compact(f.impressions)} />
        <KpiTile id="engagements" label={t('kpiui.kpi.engagements')} value={fmt.compact(f.engagements)} rule={rule('engagementRate')} />
        <KpiTile
          id="er"
          label={erLabel(f.erBasis)}
          value={fmt.percentBp(f.engagementRateBp, 2)}
          rule={rule('engagementRate', 'divisionByZero')}
          note={targetNote('engagementRateBp', (v) => fmt.percentBp(v, 2))}
          ratio={ratio('engagementRateBp')}
          ratioLabel={ofTarget('engagementRateBp', erLabel(f.erBasis))}
        />
        <KpiTile id="clicks" label={t('kpiui.kpi.clicks')} value={fmt.number(f.clicks)} rule={rule('clicks')} />
        <KpiTile id="ctr" label={t('kpiui.kpi.ctr')} value={fmt.percentBp(f.ctrBp, 2)} rule={rule('ctr', 'divisionByZero')} />
        <KpiTile
          id="conversions"
          label={t('kpiui.kpi.conversions')}
          value={fmt.number(f.conversions, 2)}
          rule={rule('attribution', 'window', 'status')}
          note={targetNote('conversions', (v) => fmt.number(v))}
          ratio={ratio('conversions')}
          ratioLabel={ofTarget('conversions', t('kpiui.kpi.conversions'))}
        />
        <KpiTile id="cr" label={t('kpiui.kpi.conversionRate')} value={fmt.percentBp(f.conversionRateBp, 2)} rule={rule('conversionRate', 'divisionByZero')} />
        <KpiTile id="aov" label={t('kpiui.kpi.aov')} value={money(f.aovMinor)} rule={rule('aov', 'divisionByZero')} />
        <KpiTile id="cpm" label={t('kpiui.kpi.cpm')} value={money(f.cpmMinor)} rule={rule('cpm', 'divisionByZero')} />
        <KpiTile id="cpe" label={t('kpiui.kpi.cpe')} value={money(f.cpeMinor)} rule={rule('cpe', 'divisionByZero')} />
        <KpiTile id="cpc" label={t('kpiui.kpi.cpc')} value={money(f.cpcMinor)} rule={rule('cpc', 'divisionByZero')} />
        <KpiTile id="cpa" label={t('kpiui.kpi.cpa')} value={money(f.cpaMinor)} rule={rule('cpa', 'divisionByZero')} />
        <KpiTile
          id="emv"
          label={t('kpiui.kpi.emv')}
          value={whole(f.emvMinor)}
          rule={rule('emv')}
          formula={t('kpiui.emvFormula')}
          note={f.emvMinor == null ? t('kpiui.emvNoCpm') : undefined}
        />
      </SimpleGrid>
    </>
  );
}
