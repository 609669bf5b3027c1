import { Anchor, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDatabase, IconInfoCircle, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useJobsStore } from '../jobs/store';
import { JobProgress } from '../jobs/JobProgress';
import { useDashboardStore } from './store';
import { RevenueChart, StageChart } from './charts';

function Kpi({ label, value, hint, size = 'lg' }: { label: string; value: ReactNode; hint?: string; size?: 'lg' | 'md' }) {
  return (
    <Card className="kpi-card" padding={size === 'lg' ? 'lg' : 'md'}>
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          {label}
        </Text>
        {hint && (
          <Tooltip label={hint} withArrow>
            <IconInfoCircle size={13} stroke={1.6} color="var(--mantine-color-gray-5)" aria-label={hint} tabIndex={0} />
          </Tooltip>
        )}
      </Group>
      <Text fz={size === 'lg' ? 26 : 19} fw={650} mt={6} lh={1.15} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { summary, loading, error, load } = useDashboardStore();
  const job = useJobsStore((s) => s.job);
  const resetWorkspace = useJobsStore((s) => s.resetWorkspace);

  useEffect(() => {
    void load();
  }, [load]);

  const header = <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />;
  if (error && !summary) {
    return (
      <>
        {header}
        <ErrorState error={error} onRetry={load} />
      </>
    );
  }
  if (!summary) {
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  }

  const stageTotal = summary.collaborationsByStage.reduce((a, s) => a + s.count, 0);
  const isEmpty = summary.influencers === 0 && stageTotal === 0 && summary.activeCampaigns === 0;
  if (isEmpty) {
    return (
      <>
        {header}
        <EmptyBlock
          icon={<IconSparkles size={26} />}
          title={t('dashboard.empty.title')}
          description={t('dashboard.empty.description')}
          actions={
            job ? undefined : (
              <>
                <Button leftSection={<IconDatabase size={16} />} onClick={() => void resetWorkspace('demo')} loading={loading && false}>
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
      </>
    );
  }

  const { totals, currency } = summary;
  const money = (v: number | null) => fmt.money(v, currency, { whole: true });
  const byStage = summary.collaborationsByStage;

  return (
    <>
      {header}
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Kpi label={t('dashboard.kpi.revenue')} value={money(totals.revenueMinor)} />
          <Kpi label={t('dashboard.kpi.cost')} value={money(totals.costMinor)} />
          <Kpi label={t('dashboard.kpi.roas')} value={fmt.multipleBp(totals.roasBp)} hint={t('dashboard.kpiHint.roas')} />
          <Kpi label={t('dashboard.kpi.roi')} value={fmt.percentBp(totals.roiBp, 0)} hint={t('dashboard.kpiHint.roi')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
          <Kpi size="md" label={t('dashboard.kpi.reach')} value={fmt.compact(totals.reach)} />
          <Kpi size="md" label={t('dashboard.kpi.engagementRate')} value={fmt.percentBp(totals.engagementRateBp)} />
          <Kpi size="md" label={t('dashboard.kpi.conversions')} value={fmt.number(totals.conversions)} />
          <Kpi size="md" label={t('dashboard.kpi.cpm')} value={fmt.money(totals.cpmMinor, currency)} hint={t('dashboard.kpiHint.cpm')} />
          <Kpi size="md" label={t('dashboard.kpi.cpe')} value={fmt.money(totals.cpeMinor, currency)} hint={t('dashboard.kpiHint.cpe')} />
          <Kpi size="md" label={t('dashboard.kpi.cpa')} value={fmt.money(totals.cpaMinor, currency)} hint={t('dashboard.kpiHint.cpa')} />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="md">
          <Card style={{ gridColumn: 'span 3' }} className="chart-card">
            <Title order={2} fz="md" fw={600} mb="md">
              {t('dashboard.charts.revenueByWeek')}
            </Title>
            {summary.revenueByWeek.length ? (
              <RevenueChart
                labels={summary.revenueByWeek.map((w) => fmt.isoWeek(w.week))}
                values={summary.revenueByWeek.map((w) => w.revenueMinor)}
                currency={currency}
                fmt={fmt}
                ariaLabel={t('dashboard.charts.revenueByWeekAria')}
                seriesLabel={t('dashboard.charts.revenue')}
              />
            ) : (
              <Text c="dimmed" size="sm" py="xl" ta="center">
                {t('dashboard.charts.noData')}
              </Text>
            )}
          </Card>
          <Card style={{ gridColumn: 'span 2' }}>
            <Title order={2} fz="md" fw={600} mb="md">
              {t('dashboard.charts.byStage')}
            </Title>
            {stageTotal ? (
              <StageChart
                labels={byStage.map((s) => t(`stages.${s.key}`, { defaultValue: s.key }))}
                values={byStage.map((s) => s.count)}
                ariaLabel={t('dashboard.charts.byStageAria')}
                seriesLabel={t('dashboard.charts.collaborations')}
              />
            ) : (
              <Text c="dimmed" size="sm" py="xl" ta="center">
                {t('dashboard.charts.noData')}
              </Text>
            )}
          </Card>
        </SimpleGrid>

        <Card padding={0}>
          <Title order={2} fz="md" fw={600} p="lg" pb="sm">
            {t('dashboard.top.title')}
          </Title>
          {summary.topCollaborations.length ? (
            <Table className="data-table" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.top.influencer')}</Table.Th>
                  <Table.Th>{t('dashboard.top.campaign')}</Table.Th>
                  <Table.Th className="num">{t('dashboard.top.orders')}</Table.Th>
                  <Table.Th className="num">{t('dashboard.top.revenue')}</Table.Th>
                  <Table.Th w="22%" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.topCollaborations.map((c) => {
                  const max = summary.topCollaborations[0]?.revenueMinor || 1;
                  return (
                    <Table.Tr key={c.collaborationId}>
                      <Table.Td fw={500}>{c.influencerName}</Table.Td>
                      <Table.Td c="dimmed">{c.campaignName}</Table.Td>
                      <Table.Td className="num">{fmt.number(c.orders)}</Table.Td>
                      <Table.Td className="num" fw={600}>
                        {fmt.money(c.revenueMinor, currency)}
                      </Table.Td>
                      <Table.Td>
                        <Progress value={(c.revenueMinor / max) * 100} size="sm" radius="xl" aria-hidden="true" />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed" size="sm" px="lg" pb="lg">
              {t('dashboard.top.empty')}
            </Text>
          )}
        </Card>
        <Text size="xs" c="dimmed">
          {t('dashboard.kpi.influencers')}: {fmt.number(summary.influencers)} · {t('dashboard.kpi.activeCampaigns')}:{' '}
          <Anchor component={Link} href="/campaigns" size="xs">
            {fmt.number(summary.activeCampaigns)}
          </Anchor>
        </Text>
      </Stack>
    </>
  );
}
