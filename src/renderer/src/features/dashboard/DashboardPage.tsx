import { Button, Collapse, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDatabase, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PortfolioSummary } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { KpiGrid } from '../../components/kpi/KpiGrid';
import { KpiHelp } from '../../components/kpi/KpiHelp';
import { LeaksTable } from '../../components/kpi/LeaksTable';
import { ReportActions } from '../../components/kpi/ReportActions';
import { SortableTable, type Column } from '../../components/kpi/SortableTable';
import { HorizontalBars, StackedTimeChart } from '../../components/kpi/charts';
import { useKpiText } from '../../components/kpi/useKpiText';
import { useApiQuery } from '../../lib/query';
import { useJobsStore } from '../../lib/jobsStore';
import { JobProgress } from '../../components/JobProgress';
import { Filters, NO_FILTER, type PortfolioFilter } from './Filters';
import { bucketLabel, CampaignLink, InfluencerLink, Panel, SeriesTable, Unavailable } from './parts';

const SCOPES = ['influencers', 'campaigns', 'collaborations', 'redemptions', 'settings'] as const;

type CampaignRow = PortfolioSummary['campaigns'][number];
type CollabRow = PortfolioSummary['topCollaborations'][number];

function EmptyWorkspace() {
  const { t } = useTranslation();
  const job = useJobsStore((s) => s.job);
  const resetWorkspace = useJobsStore((s) => s.resetWorkspace);
  return (
    <EmptyBlock
      icon={<IconSparkles size={26} />}
      title={t('dashboard.empty.title')}
      description={t('dashboard.empty.description')}
      actions={
        job ? undefined : (
          <>
            <Button leftSection={<IconDatabase size={16} />} onClick={() => void resetWorkspace('demo')}>
              {t('dashboard.empty.loadDemo')}
            </Button>
            <Button variant="default" component={Link} href="/influencers" leftSection={<IconPlus size={16} />}>
              {t('dashboard.empty.addInfluencer')}
            </Button>
          </>
        )
      }
    >
      {job && <JobProgress job={job} w={360} mt="md" />}
    </EmptyBlock>
  );
}

/** Portfolio: every campaign in the workspace currency, filtered by period, campaigns and influencers. */
export function DashboardPage() {
  const { t, fmt, rule } = useKpiText();
  const [filter, setFilter] = useState<PortfolioFilter>(NO_FILTER);
  const [showLeaks, setShowLeaks] = useState(false);
  const badRange = !!(filter.from && filter.to && filter.from > filter.to);
  const input = {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.campaignIds.length ? { campaignIds: filter.campaignIds } : {}),
    ...(filter.influencerIds.length ? { influencerIds: filter.influencerIds } : {}),
  };
  const q = useApiQuery('kpis.portfolio', input, { scopes: SCOPES, enabled: !badRange });
  const s = q.data;

  const header = (
    <PageHeader
      title={t('dashboard.title')}
      subtitle={t('dashboard.subtitle')}
      actions={s ? <ReportActions from={filter.from} to={filter.to} campaignIds={filter.campaignIds} influencerIds={filter.influencerIds} /> : undefined}
    />
  );
  if (q.error && !s)
    return (
      <>
        {header}
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      </>
    );
  if (!s)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  if (s.influencers === 0 && s.campaigns.length === 0 && !filter.campaignIds.length)
    return (
      <>
        {header}
        <EmptyWorkspace />
      </>
    );

  const cur = s.currency;
  const money = (v: number | null) => fmt.money(v, cur, { whole: true });
  const campaignCols: Column<CampaignRow>[] = [
    { key: 'name', label: t('kpiui.table.campaign'), render: (r) => <CampaignLink id={r.campaignId} name={r.name} />, sort: (r) => r.name },
    { key: 'revenue', label: t('kpiui.kpi.revenue'), align: 'right', render: (r) => money(r.figures.revenueMinor), sort: (r) => r.figures.revenueMinor },
    { key: 'cost', label: t('kpiui.kpi.cost'), align: 'right', render: (r) => money(r.figures.costMinor), sort: (r) => r.figures.costMinor },
    { key: 'roas', label: t('kpiui.kpi.roas'), align: 'right', render: (r) => fmt.multipleBp(r.figures.roasBp), sort: (r) => r.figures.roasBp },
    { key: 'orders', label: t('kpiui.kpi.conversions'), align: 'right', render: (r) => fmt.number(r.figures.conversions, 2), sort: (r) => r.figures.conversions },
  ];
  const collabCols: Column<CollabRow>[] = [
    { key: 'who', label: t('kpiui.table.influencer'), render: (r) => <InfluencerLink id={r.influencerId} name={r.influencerName} />, sort: (r) => r.influencerName },
    { key: 'campaign', label: t('kpiui.table.campaign'), render: (r) => <CampaignLink id={r.campaignId} name={r.campaignName} />, sort: (r) => r.campaignName },
    { key: 'orders', label: t('kpiui.kpi.conversions'), align: 'right', render: (r) => fmt.number(r.figures.conversions, 2), sort: (r) => r.figures.conversions },
    { key: 'revenue', label: t('kpiui.kpi.revenue'), align: 'right', render: (r) => money(r.figures.revenueMinor), sort: (r) => r.figures.revenueMinor },
    { key: 'cost', label: t('kpiui.kpi.cost'), align: 'right', render: (r) => money(r.figures.costMinor), sort: (r) => r.figures.costMinor },
    { key: 'roas', label: t('kpiui.kpi.roas'), align: 'right', render: (r) => fmt.multipleBp(r.figures.roasBp), sort: (r) => r.figures.roasBp },
  ];
  const topCampaigns = [...s.campaigns].sort((a, b) => b.figures.revenueMinor - a.figures.revenueMinor).slice(0, 8);

  return (
    <>
      {header}
      <Stack gap="md" data-testid="portfolio" aria-busy={q.isFetching}>
        <Filters value={filter} onChange={setFilter} />
        <Text size="xs" c="dimmed">
          {t('kpiui.portfolio.scope', { influencers: fmt.number(s.influencers), count: s.activeCampaigns, currency: cur })}
        </Text>
        <KpiGrid figures={s.totals} />
        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Panel title={t('kpiui.portfolio.overTime')} span={3} testId="portfolio-series">
            {s.series.some((p) => p.revenueMinor || p.orders) ? (
              <StackedTimeChart
                labels={s.series.map((p) => bucketLabel(p, s.bucket, fmt))}
                series={[{ label: t('kpiui.kpi.revenue'), values: s.series.map((p) => p.revenueMinor) }]}
                format={(v) => money(v)}
                ariaLabel={t('kpiui.portfolio.overTimeAria')}
              />
            ) : (
              <Unavailable text={t('kpiui.noData')} />
            )}
          </Panel>
          <Panel title={t('kpiui.portfolio.seriesTable')} span={2}>
            <SeriesTable points={s.series} bucket={s.bucket} currency={cur} fmt={fmt} />
          </Panel>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Panel title={t('kpiui.portfolio.campaigns')} testId="portfolio-campaigns" span={3}>
            <SortableTable caption={t('kpiui.portfolio.campaigns')} rows={s.campaigns} columns={campaignCols} rowKey={(r) => r.campaignId} initialSort={{ key: 'revenue', dir: 'desc' }} empty={<Unavailable text={t('kpiui.noData')} />} />
          </Panel>
          <Panel title={t('kpiui.portfolio.costVsRevenue')} span={2}>
            {topCampaigns.length ? (
              <HorizontalBars
                labels={topCampaigns.map((c) => c.name)}
                series={[
                  { label: t('kpiui.kpi.cost'), values: topCampaigns.map((c) => c.figures.costMinor), color: '#fab005' },
                  { label: t('kpiui.kpi.revenue'), values: topCampaigns.map((c) => c.figures.revenueMinor), color: '#4a51da' },
                ]}
                format={(v) => money(v)}
                ariaLabel={t('kpiui.portfolio.costVsRevenueAria')}
              />
            ) : (
              <Unavailable text={t('kpiui.noData')} />
            )}
          </Panel>
        </SimpleGrid>
        <Panel title={t('kpiui.portfolio.top')} testId="portfolio-top">
          <SortableTable caption={t('kpiui.portfolio.top')} rows={s.topCollaborations} columns={collabCols} rowKey={(r) => r.collaborationId} initialSort={{ key: 'revenue', dir: 'desc' }} empty={<Unavailable text={t('kpiui.portfolio.noRevenue')} />} />
        </Panel>
        <Panel
          title={t('kpiui.leaks.title')}
          testId="portfolio-leaks"
          aside={
            s.leakCount > 0 ? (
              <Button size="compact-sm" variant="subtle" onClick={() => setShowLeaks((v) => !v)} aria-expanded={showLeaks}>
                {t(showLeaks ? 'kpiui.leaks.hide' : 'kpiui.leaks.show', { count: s.leakCount })}
              </Button>
            ) : undefined
          }
        >
          <Group gap={4}>
            <Text size="sm" c={s.leakCount ? 'orange.8' : 'dimmed'}>
              {t('kpiui.leaks.count', { count: s.leakCount })}
            </Text>
            <KpiHelp label={t('kpiui.leaks.title')} rule={rule('window')} />
          </Group>
          <Collapse expanded={showLeaks}>{showLeaks && <LeaksTable showCampaign />}</Collapse>
        </Panel>
      </Stack>
    </>
  );
}
