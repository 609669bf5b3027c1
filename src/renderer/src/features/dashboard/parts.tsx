import { Anchor, Card, Group, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SeriesPoint } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';

/** A titled card; `aside` sits to the right of the title. */
export function Panel({ title, aside, children, testId, span }: { title: string; aside?: ReactNode; children: ReactNode; testId?: string; span?: number }) {
  return (
    <Card className={`kpi-panel${span ? ` kpi-span-${span}` : ''}`} data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} fz="md" fw={600}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Card>
  );
}

/** The label of a series bucket: a day or an ISO week. */
export function bucketLabel(p: SeriesPoint, bucket: 'day' | 'week', fmt: Formatter): string {
  return bucket === 'week' ? fmt.isoWeek(p.key) : fmt.date(p.key);
}

/** Revenue and orders per bucket as a compact scrollable table (the numbers beside the chart). */
export function SeriesTable({ points, bucket, currency, fmt }: { points: SeriesPoint[]; bucket: 'day' | 'week'; currency: string; fmt: Formatter }) {
  const { t } = useTranslation();
  const rows = points.filter((p) => p.revenueMinor !== 0 || p.orders !== 0);
  if (!rows.length) return null;
  return (
    <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
      <Table className="data-table kpi-table" verticalSpacing={3} stickyHeader aria-label={t('kpiui.portfolio.seriesTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(bucket === 'week' ? 'kpiui.portfolio.week' : 'kpiui.portfolio.day')}</Table.Th>
            <Table.Th className="num">{t('kpiui.kpi.conversions')}</Table.Th>
            <Table.Th className="num">{t('kpiui.kpi.revenue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rows].reverse().map((p) => (
            <Table.Tr key={p.key}>
              <Table.Td>{bucketLabel(p, bucket, fmt)}</Table.Td>
              <Table.Td className="num">{fmt.number(p.orders, 2)}</Table.Td>
              <Table.Td className="num">{fmt.money(p.revenueMinor, currency, { whole: true })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

export function CampaignLink({ id, name }: { id: number; name: string }) {
  return (
    <Anchor component={Link} href={`/dashboard/campaigns/${id}`} size="sm" fw={500}>
      {name}
    </Anchor>
  );
}

export function InfluencerLink({ id, name }: { id: number; name: string }) {
  return (
    <Anchor component={Link} href={`/dashboard/influencers/${id}`} size="sm" fw={500}>
      {name}
    </Anchor>
  );
}

export function Unavailable({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm" py="lg" ta="center">
      {text}
    </Text>
  );
}
