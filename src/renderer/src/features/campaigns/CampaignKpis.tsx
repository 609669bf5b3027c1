import { Anchor, Button, Card, Group, Progress, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconChartBar, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CampaignDetail, CampaignSummary } from '../../../../shared/contract';
import { KpiGrid } from '../../components/kpi/KpiGrid';
import { progressColor } from '../../components/kpi/KpiTile';
import { StackedTimeChart } from '../../components/kpi/charts';
import { useKpiText } from '../../components/kpi/useKpiText';
import type { Formatter } from '../../lib/format';
import { useApiQuery } from '../../lib/query';

export { progressColor };

const OPEN_KEY = 'kollab.campaignKpis.open';

/** Revenue of the whole campaign per period (the stacks of all influencers summed). */
function RevenueOverTime({ s, fmt }: { s: CampaignSummary; fmt: Formatter }) {
  const { t } = useTranslation();
  const keys = s.series[0]?.points.map((p) => p.key) ?? [];
  const values = keys.map((_, i) => s.series.reduce((a, x) => a + (x.points[i]?.revenueMinor ?? 0), 0));
  return (
    <StackedTimeChart
      labels={keys.map((k) => (s.bucket === 'week' ? fmt.isoWeek(k) : fmt.date(k)))}
      series={[{ label: t('campaignKpis.revenueSeries'), values }]}
      format={(v) => fmt.money(v, s.currency, { whole: true })}
      ariaLabel={t(s.bucket === 'week' ? 'campaignKpis.revenueByWeekAria' : 'kpiui.panel.revenueByDayAria')}
      height={170}
    />
  );
}

function BudgetBar({ budgetMinor, costMinor, currency, fmt }: { budgetMinor: number; costMinor: number; currency: string; fmt: Formatter }) {
  const { t } = useTranslation();
  if (budgetMinor <= 0)
    return (
      <Text size="sm" c="dimmed">
        {t('campaignKpis.noBudget')}
      </Text>
    );
  const over = costMinor > budgetMinor;
  const ratio = costMinor / budgetMinor;
  const money = (v: number) => fmt.money(v, currency, { whole: true });
  return (
    <div data-testid="kpi-budget">
      <Group justify="space-between" align="baseline" wrap="nowrap">
        <Text fz={20} fw={650} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {money(costMinor)}{' '}
          <Text span size="sm" c="dimmed" fw={500}>
            / {money(budgetMinor)}
          </Text>
        </Text>
        <Text size="sm" fw={600} c={over ? 'red.7' : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {fmt.percentBp(Math.round(ratio * 10_000), 0)}
        </Text>
      </Group>
      <Progress.Root size={14} radius="sm" mt="xs" aria-label={t('campaignKpis.budgetVsCostAria', { budget: money(budgetMinor), cost: money(costMinor) })}>
        <Progress.Section value={Math.min(100, (over ? budgetMinor / costMinor : ratio) * 100)} color={progressColor(ratio, true)} />
        {over && <Progress.Section value={100 - (budgetMinor / costMinor) * 100} color="red.3" striped />}
      </Progress.Root>
      <Group justify="space-between" mt={6}>
        <Group gap={12}>
          <Group gap={4}>
            <span className="kpi-dot" style={{ background: `var(--mantine-color-${progressColor(ratio, true)}-6)` }} />
            <Text size="xs" c="dimmed">
              {t('campaignKpis.costBar')}
            </Text>
          </Group>
          <Group gap={4}>
            <span className="kpi-dot" style={{ background: 'var(--mantine-color-gray-2)' }} />
            <Text size="xs" c="dimmed">
              {t('campaignKpis.budgetBar')}
            </Text>
          </Group>
        </Group>
        <Text size="xs" fw={over ? 600 : 400} c={over ? 'red.7' : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {over ? t('campaignKpis.over', { amount: money(costMinor - budgetMinor) }) : t('campaignKpis.left', { amount: money(budgetMinor - costMinor) })}
        </Text>
      </Group>
    </div>
  );
}

function readOpen(): boolean {
  try {
    // collapsed until the user opens it: the board stays in view
    return localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Campaign performance on the board: collapsed, the headline figures against their targets; open, every KPI
 * with its rule, revenue over time and budget vs cost, and the way to the campaign dashboard. Server state
 * through TanStack Query (refetched on data.changed).
 */
export function CampaignKpis({ campaign }: { campaign: CampaignDetail }) {
  const { t, fmt, erLabel } = useKpiText();
  const [open, setOpen] = useState(readOpen);
  const id = campaign.id;
  const q = useApiQuery('kpis.campaign', { campaignId: id }, { scopes: ['collaborations', 'redemptions', 'campaigns', 'settings', 'influencers'] });
  const s = q.data?.campaignId === id ? q.data : null;

  const toggle = () => {
    setOpen((o) => {
      try {
        localStorage.setItem(OPEN_KEY, o ? '0' : '1');
      } catch {
        /* private mode: not remembered */
      }
      return !o;
    });
  };

  const tot = s?.totals;
  const target = (key: string) => s?.targets.find((x) => x.key === key)?.target ?? null;
  const money = (v: number | null) => fmt.money(v, s?.currency ?? campaign.currency, { whole: true });
  const headline: [string, string, string | null][] = tot
    ? [
        [t('campaignKpis.reach'), fmt.compact(tot.reach), target('reach') != null ? fmt.compact(target('reach')) : null],
        [erLabel(tot.erBasis), fmt.percentBp(tot.engagementRateBp), target('engagementRateBp') != null ? fmt.percentBp(target('engagementRateBp')) : null],
        [t('campaignKpis.conversions'), fmt.number(tot.conversions, 2), target('conversions') != null ? fmt.number(target('conversions')) : null],
        [t('campaignKpis.revenue'), money(tot.revenueMinor), target('revenueMinor') != null ? money(target('revenueMinor')) : null],
        [t('campaignKpis.roas'), fmt.multipleBp(tot.roasBp), target('roasBp') != null ? fmt.multipleBp(target('roasBp')) : null],
      ]
    : [];
  const summaryLine = headline.length > 0 && (
    <Group gap="lg" wrap="nowrap" className="kpi-headline" data-testid="kpi-headline" style={{ minWidth: 0, overflow: 'hidden' }}>
      {headline.map(([label, value, tg]) => (
        <Text key={label} size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          <Text span size="xs" c="dimmed" fw={600} tt="uppercase" mr={6} style={{ letterSpacing: '0.03em' }}>
            {label}
          </Text>
          <Text span fw={650}>
            {value}
          </Text>
          {tg && (
            <Text span c="dimmed">
              {' / '}
              <span>{tg}</span>
            </Text>
          )}
        </Text>
      ))}
    </Group>
  );

  return (
    <Card padding="md" mt="md" className="campaign-kpis" component="section" aria-labelledby="campaign-kpis-title">
      {/* the whole row toggles; the button (its click bubbles up) is what keyboards and screen readers use */}
      <div className="kpi-toggle-row" onClick={toggle}>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <UnstyledButton aria-expanded={open} aria-controls={open ? 'campaign-kpis-body' : undefined} aria-label={open ? t('campaignKpis.hide') : t('campaignKpis.show')} className="kpi-toggle">
            <Group gap={6} wrap="nowrap">
              <IconChevronDown size={16} style={{ transform: open ? undefined : 'rotate(-90deg)', transition: 'transform 150ms' }} aria-hidden="true" />
              <Text id="campaign-kpis-title" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                {t('campaignKpis.title')}
              </Text>
            </Group>
          </UnstyledButton>
          {!open && summaryLine}
        </Group>
      </div>
      {open && (
        <div id="campaign-kpis-body">
          {q.error && !s ? (
            <Text size="sm" c="dimmed" mt="sm">
              {t('campaignKpis.loadError')}{' '}
              <Anchor component="button" size="sm" onClick={() => void q.refetch()}>
                {t('common.retry')}
              </Anchor>
            </Text>
          ) : !s || !tot ? (
            <div className="kpi-layout">
              <Skeleton h={260} radius="md" />
              <Skeleton h={260} radius="md" />
            </div>
          ) : (
            <div className="kpi-layout">
              <div className="kpi-grid">
                <KpiGrid figures={tot} targets={s.targets} compact />
              </div>
              <div className="kpi-side">
                <div>
                  <Text size="sm" fw={600} mb={4}>
                    {t(s.bucket === 'week' ? 'campaignKpis.revenueByWeek' : 'kpiui.panel.revenueByDay')}
                  </Text>
                  {s.series.length ? (
                    <RevenueOverTime s={s} fmt={fmt} />
                  ) : (
                    <Text c="dimmed" size="sm" py="lg" ta="center">
                      {t('campaignKpis.noRevenue')}
                    </Text>
                  )}
                </div>
                <div>
                  <Text size="sm" fw={600} mb={4}>
                    {t('campaignKpis.budgetVsCost')}
                  </Text>
                  <BudgetBar budgetMinor={campaign.budgetMinor} costMinor={tot.costMinor} currency={s.currency} fmt={fmt} />
                </div>
                <Button component={Link} href={`/dashboard/campaigns/${id}`} variant="light" leftSection={<IconChartBar size={16} />}>
                  {t('kpiui.panel.openDashboard')}
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
