import { Anchor, Card, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';


import { Link } from 'wouter';


import type { FunnelCampaignRow } from '../../../../shared/contract';


import { useFormat } from '../../lib/useFormat';


import { DataTable } from '../../components/DataTable';


import { CardHeading } from '../../components/CardHeading';



/** The funnel across all campaigns, one line per campaign; each name opens that campaign's funnel. */
export function FunnelCampaigns({ rows }: { rows: FunnelCampaignRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!rows.length) return null;
  const num = (v: string) => (
    <Table.Td ta="right" className="tabular">
      {v}
    </Table.Td>
  );
  return (
    <Card withBorder padding="md" mb="md" component="section" aria-labelledby="funnel-campaigns" data-testid="funnel-campaigns">
      <CardHeading id="funnel-campaigns" title={t('funnel.byCampaign')} hint={t('funnel.byCampaignHint')} hintSize="xs" mb="xs" />
      <DataTable minWidth={720} verticalSpacing={6} horizontalSpacing="xs" highlightOnHover
        head={
          <>
            <Table.Th>{t('funnel.cols.campaign')}</Table.Th>
            <Table.Th ta="right">{t('funnel.steps.shipped')}</Table.Th>
            <Table.Th ta="right">{t('funnel.steps.delivered')}</Table.Th>
            <Table.Th ta="right">{t('funnel.steps.posted')}</Table.Th>
            <Table.Th ta="right">{t('funnel.deliveredRate')}</Table.Th>
            <Table.Th ta="right" title={t('funnel.postedRate')}>
              {t('funnel.short.postedRate')}
            </Table.Th>
            <Table.Th ta="right" title={t('funnel.medianDays')}>
              {t('funnel.short.medianDays')}
            </Table.Th>
            <Table.Th ta="right" title={t('funnel.costWithoutPost')}>
              {t('funnel.short.costWithoutPost')}
            </Table.Th>
          </>
        }
      >
        {rows.map((r) => (
          <Table.Tr key={r.campaignId} data-testid="funnel-campaign-row" data-campaign-id={r.campaignId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} href={`/funnel/${r.campaignId}`} fw={600} size="sm">
                {r.campaignName}
              </Anchor>
            </Table.Td>
            {num(fmt.number(r.shipped))}
            {num(fmt.number(r.delivered))}
            {num(fmt.number(r.posted))}
            {num(fmt.percentBp(r.deliveredRateBp))}
            {num(fmt.percentBp(r.postedRateBp))}
            {num(r.medianDaysToPost === null ? '—' : t('funnel.days', { count: r.medianDaysToPost }))}
            {num(fmt.money(r.costWithoutPostMinor, r.currency))}
          </Table.Tr>
        ))}
      </DataTable>
    </Card>
  );
}
