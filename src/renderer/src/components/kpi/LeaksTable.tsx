import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { LeakRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { useApiQuery } from '../../lib/query';
import { KpiHelp } from './KpiHelp';
import { SortableTable, type Column } from './SortableTable';
import { useKpiText } from './useKpiText';

/**
 * Orders outside their campaign's window (possible code leaks). Each can be included in the KPIs one by
 * one (and excluded again); the figures refetch through the `redemptions` scope.
 */
export function LeaksTable({
  campaignId,
  collaborationId,
  showCampaign = false,
  showInfluencer = true,
}: {
  campaignId?: number;
  collaborationId?: number;
  showCampaign?: boolean;
  /** Off on the card drawer, where every row is the card's own person. */
  showInfluencer?: boolean;
}) {
  const { t, fmt, rule } = useKpiText();
  const q = useApiQuery('kpis.leaks', { campaignId, collaborationId, limit: 200 }, { scopes: ['redemptions', 'collaborations', 'campaigns', 'settings'] });
  const [busy, setBusy] = useState<number | null>(null);

  const toggle = async (r: LeakRow) => {
    setBusy(r.redemptionId);
    try {
      await api.call('kpis.setLeakIncluded', { redemptionId: r.redemptionId, included: !r.included });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const rows = q.data?.rows ?? [];
  const columns: Column<LeakRow>[] = [
    { key: 'day', label: t('kpiui.leaks.date'), render: (r) => fmt.date(r.day), sort: (r) => r.day },
    { key: 'code', label: t('kpiui.leaks.code'), render: (r) => <Text size="sm" ff="monospace">{r.code}</Text>, sort: (r) => r.code },
    ...(showInfluencer ? [{ key: 'who', label: t('kpiui.leaks.influencer'), render: (r: LeakRow) => r.influencerName, sort: (r: LeakRow) => r.influencerName }] : []),
    ...(showCampaign ? [{ key: 'campaign', label: t('kpiui.leaks.campaign'), render: (r: LeakRow) => r.campaignName, sort: (r: LeakRow) => r.campaignName }] : []),
    {
      key: 'reason',
      label: t('kpiui.leaks.reason'),
      render: (r) => t(`kpiui.leaks.${r.reason}`, { count: r.daysOutside }),
      sort: (r) => (r.reason === 'beforeStart' ? -r.daysOutside : r.daysOutside),
    },
    { key: 'net', label: t('kpiui.leaks.net'), align: 'right', render: (r) => fmt.money(r.netMinor, r.currency), sort: (r) => r.netMinor },
    {
      key: 'include',
      label: t('kpiui.leaks.counts'),
      align: 'right',
      render: (r) => (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {r.included && (
            <Badge size="sm" color="teal" variant="light">
              {t('kpiui.leaks.included')}
            </Badge>
          )}
          <Button
            size="compact-xs"
            variant={r.included ? 'subtle' : 'light'}
            loading={busy === r.redemptionId}
            onClick={() => void toggle(r)}
            aria-label={t(r.included ? 'kpiui.leaks.excludeAria' : 'kpiui.leaks.includeAria', { order: r.orderId, code: r.code })}
          >
            {t(r.included ? 'kpiui.leaks.exclude' : 'kpiui.leaks.include')}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <div data-testid="leaks">
      <Group gap={4} mb={6}>
        <Text size="sm" c="dimmed">
          {q.data ? t('kpiui.leaks.count', { count: q.data.total }) : t('common.loading')}
        </Text>
        <KpiHelp label={t('kpiui.leaks.title')} rule={rule('window')} />
      </Group>
      <SortableTable
        caption={t('kpiui.leaks.title')}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.redemptionId}
        initialSort={{ key: 'day', dir: 'desc' }}
        empty={
          <Text size="sm" c="dimmed">
            {t('kpiui.leaks.none')}
          </Text>
        }
      />
    </div>
  );
}
