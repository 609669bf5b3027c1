import { Anchor, Group, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { CollaborationKpis } from '../../../../shared/contract';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { CostBreakdownView } from '../../components/kpi/CostBreakdown';
import { Funnel } from '../../components/kpi/Funnel';
import { KpiGrid } from '../../components/kpi/KpiGrid';
import { KpiHelp } from '../../components/kpi/KpiHelp';
import { LeaksTable } from '../../components/kpi/LeaksTable';
import { ReportActions } from '../../components/kpi/ReportActions';
import { SortableTable, type Column } from '../../components/kpi/SortableTable';
import { HorizontalBars, StackedTimeChart } from '../../components/kpi/charts';
import { useKpiText } from '../../components/kpi/useKpiText';
import { useApiQuery } from '../../lib/query';
import { stacksOf, TargetsList } from './campaignParts';
import { InfluencerLink, Panel, Unavailable } from './parts';

const SCOPES = ['campaigns', 'collaborations', 'redemptions', 'settings', 'influencers'] as const;

/** One campaign: figures against targets, revenue and orders by influencer over time, cost vs revenue, funnel, cost parts, leaks. */
export function CampaignDashboardPage({ id }: { id: number }) {
  const { t, fmt, rule, erLabel } = useKpiText();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [measure, setMeasure] = useState<'revenue' | 'orders'>('revenue');
  const badRange = !!(from && to && from > to);
  const q = useApiQuery('kpis.campaign', { campaignId: id, ...(from ? { from } : {}), ...(to ? { to } : {}) }, { scopes: SCOPES, enabled: !badRange });
  const s = q.data?.campaignId === id ? q.data : undefined;

  const back = (
    <Anchor component={Link} href={`/campaigns/${id}`} size="sm">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('kpiui.campaign.toBoard')}
      </Group>
    </Anchor>
  );
  if (!s)
    return (
      <>
        <PageHeader title={t('kpiui.campaign.title')} above={back} />
        {q.error ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : <LoadingState />}
      </>
    );

  const cur = s.currency;
  const money = (v: number | null) => fmt.money(v, cur, { whole: true });
  const stacks = stacksOf(s, measure, t('kpiui.campaign.others'));
  const labels = stacks.labels.map((k) => (s.bucket === 'week' ? fmt.isoWeek(k) : fmt.date(k)));
  const byRevenue = [...s.collaborations].sort((a, b) => b.figures.revenueMinor - a.figures.revenueMinor).slice(0, 12);
  const erBasis = s.totals.erBasis;
  const cols: Column<CollaborationKpis>[] = [
    { key: 'who', label: t('kpiui.table.influencer'), render: (r) => <InfluencerLink id={r.influencerId} name={r.influencerName} />, sort: (r) => r.influencerName },
    { key: 'posts', label: t('kpiui.table.posts'), align: 'right', render: (r) => fmt.number(r.figures.posts), sort: (r) => r.figures.posts },
    { key: 'reach', label: t('kpiui.kpi.reach'), align: 'right', render: (r) => fmt.compact(r.figures.reach), sort: (r) => r.figures.reach },
    { key: 'er', label: erLabel(erBasis), align: 'right', render: (r) => fmt.percentBp(r.figures.engagementRateBp, 2), sort: (r) => r.figures.engagementRateBp },
    { key: 'clicks', label: t('kpiui.kpi.clicks'), align: 'right', render: (r) => fmt.number(r.figures.clicks), sort: (r) => r.figures.clicks },
    { key: 'orders', label: t('kpiui.kpi.conversions'), align: 'right', render: (r) => fmt.number(r.figures.conversions, 2), sort: (r) => r.figures.conversions },
    { key: 'revenue', label: t('kpiui.kpi.revenue'), align: 'right', render: (r) => money(r.figures.revenueMinor), sort: (r) => r.figures.revenueMinor },
    { key: 'cost', label: t('kpiui.kpi.cost'), align: 'right', render: (r) => money(r.figures.costMinor), sort: (r) => r.figures.costMinor },
    { key: 'roas', label: t('kpiui.kpi.roas'), align: 'right', render: (r) => fmt.multipleBp(r.figures.roasBp), sort: (r) => r.figures.roasBp },
  ];
  const subtitle = [
    fmt.dateRange(s.startDate, s.endDate),
    t('kpiui.campaign.window', { count: s.windowDays }),
  ].join(' · ');

  return (
    <>
      <PageHeader title={s.name} subtitle={subtitle} above={back} actions={<ReportActions campaignId={id} from={from} to={to} />} />
      <Stack gap="md" data-testid="campaign-dashboard" aria-busy={q.isFetching}>
        <Group gap="sm" align="flex-end">
          <DateField label={t('kpiui.filters.from')} value={from} onChange={setFrom} w={150} />
          <DateField label={t('kpiui.filters.to')} value={to} onChange={setTo} w={150} error={badRange ? t('kpiui.filters.rangeInvalid') : undefined} />
        </Group>
        <KpiGrid figures={s.totals} targets={s.targets} />
        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Panel
            title={t(measure === 'revenue' ? 'kpiui.campaign.revenueOverTime' : 'kpiui.campaign.ordersOverTime')}
            span={3}
            testId="campaign-series"
            aside={
              <SegmentedControl
                size="xs"
                value={measure}
                onChange={(v) => setMeasure(v as 'revenue' | 'orders')}
                data={[
                  { value: 'revenue', label: t('kpiui.kpi.revenue') },
                  { value: 'orders', label: t('kpiui.kpi.conversions') },
                ]}
                aria-label={t('kpiui.campaign.measure')}
              />
            }
          >
            {stacks.series.length && stacks.keys.length ? (
              <StackedTimeChart
                labels={labels}
                series={stacks.series}
                format={(v) => (measure === 'revenue' ? money(v) : fmt.number(v, 2))}
                ariaLabel={t('kpiui.campaign.seriesAria')}
                height={280}
              />
            ) : (
              <Unavailable text={t('kpiui.noData')} />
            )}
          </Panel>
          <Panel title={t('kpiui.campaign.targets')} span={2}>
            <TargetsList targets={s.targets} currency={cur} fmt={fmt} t={t} />
          </Panel>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Panel title={t('kpiui.campaign.costVsRevenue')} span={3} testId="campaign-cost-revenue">
            {byRevenue.length ? (
              <HorizontalBars
                labels={byRevenue.map((c) => c.influencerName)}
                series={[
                  { label: t('kpiui.kpi.cost'), values: byRevenue.map((c) => c.figures.costMinor), color: '#fab005' },
                  { label: t('kpiui.kpi.revenue'), values: byRevenue.map((c) => c.figures.revenueMinor), color: '#4a51da' },
                ]}
                format={(v) => money(v)}
                ariaLabel={t('kpiui.campaign.costVsRevenueAria')}
              />
            ) : (
              <Unavailable text={t('kpiui.noData')} />
            )}
          </Panel>
          <Panel title={t('kpiui.campaign.funnel')} testId="campaign-funnel" span={2} aside={<KpiHelp label={t('kpiui.kpi.clicks')} rule={rule('clicks', 'conversionRate')} />}>
            <Funnel
              fmt={fmt}
              ariaLabel={t('kpiui.campaign.funnel')}
              stepLabel={(percent) => t('kpiui.campaign.ofPrevious', { percent })}
              steps={[
                { key: 'reach', label: t('kpiui.kpi.reach'), value: s.funnel.reach },
                { key: 'engagements', label: t('kpiui.kpi.engagements'), value: s.funnel.engagements },
                { key: 'clicks', label: t('kpiui.kpi.clicks'), value: s.funnel.clicks },
                { key: 'orders', label: t('kpiui.kpi.conversions'), value: s.funnel.orders },
              ]}
            />
          </Panel>
        </SimpleGrid>
        <Panel title={t('kpiui.campaign.perInfluencer')} testId="campaign-table">
          <SortableTable caption={t('kpiui.campaign.perInfluencer')} rows={s.collaborations} columns={cols} rowKey={(r) => r.collaborationId} initialSort={{ key: 'revenue', dir: 'desc' }} empty={<Unavailable text={t('kpiui.noData')} />} />
        </Panel>
        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Panel title={t('kpiui.cost.title')} span={2}>
            <CostBreakdownView cost={s.totals.cost} totalMinor={s.totals.costMinor} currency={cur} />
          </Panel>
          <Panel title={t('kpiui.leaks.title')} testId="campaign-leaks" span={3}>
            <LeaksTable campaignId={id} />
          </Panel>
        </SimpleGrid>
      </Stack>
    </>
  );
}
