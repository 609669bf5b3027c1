import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { InfluencerSummary } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { KpiGrid } from '../../components/kpi/KpiGrid';
import { KpiTile } from '../../components/kpi/KpiTile';
import { LeaksTable } from '../../components/kpi/LeaksTable';
import { SortableTable, type Column } from '../../components/kpi/SortableTable';
import { HorizontalBars } from '../../components/kpi/charts';
import { useKpiText } from '../../components/kpi/useKpiText';
import { useApiQuery } from '../../lib/query';
import { CampaignLink, Panel, Unavailable } from './parts';

const SCOPES = ['campaigns', 'collaborations', 'redemptions', 'settings', 'influencers'] as const;
type Row = InfluencerSummary['campaigns'][number];

/** One person across campaigns — "work with them again?": punctuality, cost per post, revenue, ROAS, leaks. */
export function InfluencerKpiPage({ id }: { id: number }) {
  const { t, fmt, rule } = useKpiText();
  const q = useApiQuery('kpis.influencer', { influencerId: id }, { scopes: SCOPES });
  const s = q.data?.influencerId === id ? q.data : undefined;
  const back = (
    <Anchor component={Link} href="/" size="sm">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('kpiui.influencer.toDashboard')}
      </Group>
    </Anchor>
  );
  if (!s)
    return (
      <>
        <PageHeader title={t('kpiui.influencer.title')} above={back} />
        {q.error ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : <LoadingState />}
      </>
    );

  const cur = s.currency;
  const money = (v: number | null) => fmt.money(v, cur, { whole: true });
  const due = s.postsOnTime + s.postsLate + s.postsMissing;
  const cols: Column<Row>[] = [
    { key: 'campaign', label: t('kpiui.table.campaign'), render: (r) => <CampaignLink id={r.campaignId} name={r.campaignName} />, sort: (r) => r.campaignName },
    { key: 'onTime', label: t('kpiui.influencer.onTime'), align: 'right', render: (r) => fmt.number(r.postsOnTime), sort: (r) => r.postsOnTime },
    { key: 'late', label: t('kpiui.influencer.late'), align: 'right', render: (r) => fmt.number(r.postsLate), sort: (r) => r.postsLate },
    { key: 'missing', label: t('kpiui.influencer.missing'), align: 'right', render: (r) => fmt.number(r.postsMissing), sort: (r) => r.postsMissing },
    { key: 'cpp', label: t('kpiui.influencer.costPerPost'), align: 'right', render: (r) => fmt.money(r.costPerPostMinor, cur), sort: (r) => r.costPerPostMinor },
    { key: 'revenue', label: t('kpiui.kpi.revenue'), align: 'right', render: (r) => money(r.figures.revenueMinor), sort: (r) => r.figures.revenueMinor },
    { key: 'roas', label: t('kpiui.kpi.roas'), align: 'right', render: (r) => fmt.multipleBp(r.figures.roasBp), sort: (r) => r.figures.roasBp },
    { key: 'leaks', label: t('kpiui.influencer.leaks'), align: 'right', render: (r) => fmt.number(r.leaks), sort: (r) => r.leaks },
  ];
  const withLeaks = s.campaigns.filter((c) => c.leaks > 0);

  return (
    <>
      <PageHeader
        title={s.name}
        subtitle={t('kpiui.influencer.subtitle', { count: s.campaigns.length })}
        above={back}
        actions={
          <Anchor component={Link} href={`/influencers/${id}`} size="sm">
            {t('kpiui.influencer.profile')}
          </Anchor>
        }
      />
      <Stack gap="md" data-testid="influencer-dashboard" aria-busy={q.isFetching}>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
          <KpiTile
            size="lg"
            id="ontime"
            label={t('kpiui.influencer.onTimeRate')}
            value={fmt.percentBp(s.onTimeBp, 0)}
            rule={rule('onTime', 'timeZone')}
            note={t('kpiui.influencer.onTimeNote', { onTime: s.postsOnTime, late: s.postsLate, missing: s.postsMissing })}
          />
          <KpiTile size="lg" id="cpp" label={t('kpiui.influencer.costPerPost')} value={fmt.money(s.costPerPostMinor, cur)} rule={rule('cost', 'divisionByZero')} />
          <KpiTile size="lg" id="revenue" label={t('kpiui.kpi.revenue')} value={money(s.totals.revenueMinor)} rule={rule('attribution', 'money')} />
          <KpiTile size="lg" id="roas" label={t('kpiui.kpi.roas')} value={fmt.multipleBp(s.totals.roasBp)} rule={rule('roas', 'divisionByZero')} />
          <KpiTile size="lg" id="leaks" label={t('kpiui.influencer.leaks')} value={fmt.number(s.leaks)} rule={rule('window')} />
        </SimpleGrid>
        <Panel title={t('kpiui.influencer.perCampaign')} testId="influencer-table">
          <SortableTable caption={t('kpiui.influencer.perCampaign')} rows={s.campaigns} columns={cols} rowKey={(r) => r.collaborationId} initialSort={{ key: 'revenue', dir: 'desc' }} empty={<Unavailable text={t('kpiui.influencer.noCampaigns')} />} />
        </Panel>
        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Panel title={t('kpiui.influencer.punctuality')} testId="influencer-posts" span={2}>
            {due > 0 ? (
              <HorizontalBars
                labels={s.campaigns.map((c) => c.campaignName)}
                series={[
                  { label: t('kpiui.influencer.onTime'), values: s.campaigns.map((c) => c.postsOnTime), color: '#12b886' },
                  { label: t('kpiui.influencer.late'), values: s.campaigns.map((c) => c.postsLate), color: '#fd7e14' },
                  { label: t('kpiui.influencer.missing'), values: s.campaigns.map((c) => c.postsMissing), color: '#e03131' },
                ]}
                format={(v) => fmt.number(v)}
                ariaLabel={t('kpiui.influencer.punctualityAria')}
              />
            ) : (
              <Unavailable text={t('kpiui.influencer.noDeliverables')} />
            )}
          </Panel>
          <Panel title={t('kpiui.leaks.title')} testId="influencer-leaks" span={3}>
            {withLeaks.length ? (
              <Stack gap="md">
                {withLeaks.map((c) => (
                  <div key={c.collaborationId}>
                    <Text size="sm" fw={600} mb={4}>
                      {c.campaignName}
                    </Text>
                    <LeaksTable collaborationId={c.collaborationId} />
                  </div>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('kpiui.leaks.none')}
              </Text>
            )}
          </Panel>
        </SimpleGrid>
        <Panel title={t('kpiui.influencer.allFigures')}>
          <KpiGrid figures={s.totals} compact />
        </Panel>
      </Stack>
    </>
  );
}
