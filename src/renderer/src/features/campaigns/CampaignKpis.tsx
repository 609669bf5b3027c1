import { Anchor, Card, Group, Progress, SimpleGrid, Skeleton, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconInfoCircle } from '@tabler/icons-react';
import { BarController, BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip as ChartTooltip } from 'chart.js';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail, DashboardSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import type { Formatter } from '../../lib/format';
import { onDataChanged } from '../../lib/sync';
import { useFormat } from '../../lib/useFormat';

ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, ChartTooltip);

const OPEN_KEY = 'kollab.campaignKpis.open';
const BRAND = '#4a51da';

/** Colour of a target's progress: reached → teal, close (≥ 70 %) → yellow, far off → red. Costs: the other way round. */
export function progressColor(ratio: number, lowerIsBetter = false): string {
  if (lowerIsBetter) return ratio > 1 ? 'red' : ratio > 0.85 ? 'orange' : 'teal';
  return ratio >= 1 ? 'teal' : ratio >= 0.7 ? 'yellow' : 'red';
}

function Tile({
  label,
  value,
  hint,
  target,
  ratio,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: string;
  target?: ReactNode;
  ratio?: number | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = ratio != null && Number.isFinite(ratio) ? ratio : null;
  const color = pct != null ? progressColor(pct) : 'gray';
  return (
    <div className="kpi-tile" data-testid={`kpi-${testId}`}>
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em', whiteSpace: 'nowrap' }}>
          {label}
        </Text>
        {hint && (
          <Tooltip label={hint} withArrow multiline maw={280}>
            <IconInfoCircle size={13} stroke={1.6} color="var(--mantine-color-gray-5)" aria-label={hint} tabIndex={0} style={{ flexShrink: 0 }} />
          </Tooltip>
        )}
      </Group>
      <Text fz={18} fw={650} mt={2} lh={1.25} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`kpi-${testId}-value`}>
        {value}
      </Text>
      {target != null && (
        <>
          <Group gap={6} mt={4} wrap="nowrap" justify="space-between">
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {target}
            </Text>
            {pct != null && (
              <Text size="xs" fw={600} c={`${color}.8`} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {fmt.percentBp(Math.round(pct * 10_000), 0)}
              </Text>
            )}
          </Group>
          {pct != null && (
            <Progress
              value={Math.min(100, pct * 100)}
              color={color}
              size={5}
              radius="xl"
              mt={4}
              aria-label={`${label}: ${t('campaignKpis.ofTarget', { percent: fmt.percentBp(Math.round(pct * 10_000), 0) })}`}
            />
          )}
        </>
      )}
    </div>
  );
}

function RevenueByWeek({ summary, fmt }: { summary: DashboardSummary; fmt: Formatter }) {
  const { t } = useTranslation();
  const weeks = summary.revenueByWeek;
  return (
    <div className="kpi-chart-box">
      <Bar
        aria-label={t('campaignKpis.revenueByWeekAria')}
        role="img"
        data={{
          labels: weeks.map((w) => fmt.isoWeek(w.week)),
          datasets: [
            {
              label: t('campaignKpis.revenueSeries'),
              data: weeks.map((w) => w.revenueMinor),
              backgroundColor: 'rgba(74,81,218,0.72)',
              hoverBackgroundColor: BRAND,
              borderRadius: 4,
              maxBarThickness: 28,
            },
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (c) => {
                  const w = weeks[c.dataIndex];
                  return `${t('campaignKpis.revenueSeries')}: ${fmt.money(Number(c.raw), summary.currency)}${w ? ` · ${t('campaignKpis.conversions')}: ${fmt.number(w.orders)}` : ''}`;
                },
              },
            },
          },
          scales: {
            x: { grid: { display: false }, ticks: { color: '#868e96', font: { size: 11 }, maxRotation: 0, autoSkip: true }, border: { display: false } },
            y: {
              beginAtZero: true,
              grid: { color: 'rgba(0,0,0,0.06)' },
              border: { display: false },
              ticks: { color: '#868e96', font: { size: 11 }, maxTicksLimit: 5, callback: (v) => fmt.money(Number(v), summary.currency, { whole: true }) },
            },
          },
        }}
      />
    </div>
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

/** Campaign performance: KPI tiles against the campaign's targets, revenue per week, budget vs cost. Refetches on data changes. */
export function CampaignKpis({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [summary, setSummary] = useState<{ id: number; s: DashboardSummary } | null>(null);
  const [error, setError] = useState(false);
  const [open, setOpen] = useState(readOpen);
  const id = campaign.id;

  const load = useCallback(async () => {
    try {
      const s = await api.call('dashboard.summary', { campaignId: id });
      setSummary({ id, s });
      setError(false);
    } catch {
      setError(true);
    }
  }, [id]);

  useEffect(() => onDataChanged(['collaborations', 'redemptions', 'campaigns'], () => void load()), [load]);
  // on mount, and when the store refetched the campaign (edited targets or budget, a card changed in the drawer)
  useEffect(() => {
    void load();
  }, [campaign, load]);

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

  const s = summary?.id === id ? summary.s : null;
  const k = campaign.targetKpis ?? {};
  const cur = s?.currency ?? campaign.currency;
  const money = (v: number | null) => fmt.money(v, cur, { whole: true });
  const tot = s?.totals;
  const ratio = (actual: number | null | undefined, target: number | undefined) => (target != null && target > 0 && actual != null ? actual / target : null);

  // collapsed: the headline figures, each with its target
  const headline: [string, string, string | null][] = tot
    ? [
        [t('campaignKpis.reach'), fmt.compact(tot.reach), k.reach != null ? fmt.compact(k.reach) : null],
        [t('content.er'), fmt.percentBp(tot.engagementRateBp), k.engagementRateBp != null ? fmt.percentBp(k.engagementRateBp) : null],
        [t('campaignKpis.conversions'), fmt.number(tot.conversions), k.conversions != null ? fmt.number(k.conversions) : null],
        [t('campaignKpis.revenue'), money(tot.revenueMinor), k.revenueMinor != null ? fmt.money(k.revenueMinor, campaign.currency, { whole: true }) : null],
        [t('campaignKpis.roas'), fmt.multipleBp(tot.roasBp), k.roasBp != null ? fmt.multipleBp(k.roasBp) : null],
      ]
    : [];
  const summaryLine = headline.length > 0 && (
    <Group gap="lg" wrap="nowrap" className="kpi-headline" data-testid="kpi-headline" style={{ minWidth: 0, overflow: 'hidden' }}>
      {headline.map(([label, value, target]) => (
        <Text key={label} size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          <Text span size="xs" c="dimmed" fw={600} tt="uppercase" mr={6} style={{ letterSpacing: '0.03em' }}>
            {label}
          </Text>
          <Text span fw={650}>
            {value}
          </Text>
          {target && (
            <Text span c="dimmed">
              {' / '}
              <span>{target}</span>
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
          {error && !s ? (
            <Text size="sm" c="dimmed" mt="sm">
              {t('campaignKpis.loadError')}{' '}
              <Anchor component="button" size="sm" onClick={() => void load()}>
                {t('common.retry')}
              </Anchor>
            </Text>
          ) : !tot || !s ? (
            <div className="kpi-layout">
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                {Array.from({ length: 12 }, (_, i) => (
                  <Skeleton key={i} h={74} radius="md" />
                ))}
              </SimpleGrid>
              <Skeleton h={240} radius="md" />
            </div>
          ) : (
            <div className="kpi-layout">
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm" className="kpi-grid">
                <Tile testId="reach" label={t('campaignKpis.reach')} value={fmt.compact(tot.reach)} target={k.reach != null ? t('campaignKpis.target', { value: fmt.compact(k.reach) }) : undefined} ratio={ratio(tot.reach, k.reach)} />
                <Tile testId="engagements" label={t('campaignKpis.engagements')} hint={t('campaignKpis.hints.engagements')} value={fmt.compact(tot.engagements)} />
                <Tile
                  testId="er"
                  label={t('campaignKpis.engagementRate')}
                  hint={t('campaignKpis.hints.engagementRate')}
                  value={fmt.percentBp(tot.engagementRateBp)}
                  target={k.engagementRateBp != null ? t('campaignKpis.target', { value: fmt.percentBp(k.engagementRateBp) }) : undefined}
                  ratio={ratio(tot.engagementRateBp, k.engagementRateBp)}
                />
                <Tile testId="clicks" label={t('campaignKpis.clicks')} value={fmt.number(tot.clicks)} />
                <Tile
                  testId="conversions"
                  label={t('campaignKpis.conversions')}
                  value={fmt.number(tot.conversions)}
                  target={k.conversions != null ? t('campaignKpis.target', { value: fmt.number(k.conversions) }) : undefined}
                  ratio={ratio(tot.conversions, k.conversions)}
                />
                <Tile
                  testId="revenue"
                  label={t('campaignKpis.revenue')}
                  value={money(tot.revenueMinor)}
                  target={k.revenueMinor != null ? t('campaignKpis.target', { value: fmt.money(k.revenueMinor, campaign.currency, { whole: true }) }) : undefined}
                  ratio={ratio(tot.revenueMinor, k.revenueMinor)}
                />
                <Tile
                  testId="roas"
                  label={t('campaignKpis.roas')}
                  hint={t('campaignKpis.hints.roas')}
                  value={fmt.multipleBp(tot.roasBp)}
                  target={k.roasBp != null ? t('campaignKpis.target', { value: fmt.multipleBp(k.roasBp) }) : undefined}
                  ratio={ratio(tot.roasBp, k.roasBp)}
                />
                <Tile testId="roi" label={t('campaignKpis.roi')} hint={t('campaignKpis.hints.roi')} value={fmt.percentBp(tot.roiBp, 0)} />
                <Tile testId="cost" label={t('campaignKpis.cost')} hint={t('campaignKpis.hints.cost')} value={money(tot.costMinor)} />
                <Tile testId="cpm" label={t('campaignKpis.cpm')} hint={t('campaignKpis.hints.cpm')} value={fmt.money(tot.cpmMinor, cur)} />
                <Tile testId="cpe" label={t('campaignKpis.cpe')} hint={t('campaignKpis.hints.cpe')} value={fmt.money(tot.cpeMinor, cur)} />
                <Tile testId="cpa" label={t('campaignKpis.cpa')} hint={t('campaignKpis.hints.cpa')} value={fmt.money(tot.cpaMinor, cur)} />
              </SimpleGrid>
              <div className="kpi-side">
                <div>
                  <Text size="sm" fw={600} mb={4}>
                    {t('campaignKpis.revenueByWeek')}
                  </Text>
                  {s.revenueByWeek.length ? (
                    <RevenueByWeek summary={s} fmt={fmt} />
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
                  <BudgetBar budgetMinor={campaign.budgetMinor} costMinor={tot.costMinor} currency={campaign.currency} fmt={fmt} />
                </div>
              </div>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
