import { Group, Progress, Stack, Text } from '@mantine/core';
import type { CampaignSummary, TargetProgress } from '../../../../shared/contract';
import { progressColor } from '../../components/kpi/KpiTile';
import type { Series } from '../../components/kpi/charts';
import type { Formatter } from '../../lib/format';

const MAX_STACKS = 8;

/**
 * Revenue or orders per bucket, one stack per influencer: the biggest `MAX_STACKS` by revenue, the rest
 * summed as "others" so the legend stays readable.
 */
export function stacksOf(s: CampaignSummary, measure: 'revenue' | 'orders', othersLabel: string): { labels: string[]; keys: string[]; series: Series[] } {
  const keys = s.series[0]?.points.map((p) => p.key) ?? [];
  const total = (x: CampaignSummary['series'][number]) => x.points.reduce((a, p) => a + p.revenueMinor, 0);
  const ranked = [...s.series].sort((a, b) => total(b) - total(a));
  const pick = (p: { revenueMinor: number; orders: number }) => (measure === 'revenue' ? p.revenueMinor : p.orders);
  const top = ranked.slice(0, MAX_STACKS);
  const rest = ranked.slice(MAX_STACKS);
  const series: Series[] = top.map((x) => ({ label: x.influencerName, values: x.points.map(pick) }));
  if (rest.length) series.push({ label: othersLabel, values: keys.map((_, i) => rest.reduce((a, x) => a + (x.points[i] ? pick(x.points[i]!) : 0), 0)), color: '#ced4da' });
  return { labels: keys, keys, series };
}

/** Each target with the actual figure and a progress bar. */
export function TargetsList({ targets, currency, fmt, t }: { targets: TargetProgress[]; currency: string; fmt: Formatter; t: (k: string, o?: Record<string, unknown>) => string }) {
  if (!targets.length)
    return (
      <Text size="sm" c="dimmed">
        {t('kpiui.campaign.noTargets')}
      </Text>
    );
  const show = (key: TargetProgress['key'], v: number | null) =>
    key === 'revenueMinor' ? fmt.money(v, currency, { whole: true }) : key === 'roasBp' ? fmt.multipleBp(v) : key === 'engagementRateBp' ? fmt.percentBp(v, 2) : fmt.number(v, 2);
  return (
    <Stack gap="sm" data-testid="targets">
      {targets.map((tp) => {
        const ratio = tp.progressBp == null ? null : tp.progressBp / 10_000;
        return (
          <div key={tp.key}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={500}>
                {t(`kpiui.targets.${tp.key}`)}
              </Text>
              <Text size="sm" className="tabular">
                <b>{show(tp.key, tp.actual)}</b>{' '}
                <Text span c="dimmed" size="sm">
                  / {show(tp.key, tp.target)}
                </Text>
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Progress value={ratio == null ? 0 : Math.min(100, ratio * 100)} color={ratio == null ? 'gray' : progressColor(ratio)} size={6} radius="xl" style={{ flex: 1 }} aria-label={t(`kpiui.targets.${tp.key}`)} />
              <Text size="xs" c="dimmed" w={44} ta="right" className="tabular">
                {fmt.percentBp(tp.progressBp, 0)}
              </Text>
            </Group>
          </div>
        );
      })}
    </Stack>
  );
}
