import { Anchor, Badge, Button, Card, Grid, Select, Table, Text, Title } from '@mantine/core';
import { IconMailForward, IconPackage } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { FunnelDto } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { Funnel } from '../../components/kpi/Funnel';
import '../../components/kpi/kpi.css';
import { ReminderModal } from '../../components/ReminderModal';
import { useApiQuery } from '../../lib/query';
import { useFormat } from '../../lib/useFormat';
import { FunnelCampaigns } from './FunnelCampaigns';
import { DataTable } from '../../components/DataTable';

type NoPost = FunnelDto['noPost'][number];

/** Seeding funnel per campaign (`/funnel/7`) or across all (`/funnel`): shipped → delivered → posted, figures, "no post yet". */
export function FunnelPage({ campaignId }: { campaignId: number | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const funnel = useApiQuery('funnel.get', campaignId === null ? {} : { campaignId }, { scopes: ['planning', 'collaborations', 'campaigns', 'settings'] });
  const campaigns = useApiQuery('campaigns.list', { includeArchived: false }, { scopes: ['campaigns'] });
  const [reminder, setReminder] = useState<NoPost | null>(null);
  const closeReminder = useCallback(() => setReminder(null), []);

  const picker = (
    <Select
      aria-label={t('funnel.campaign')}
      w={280}
      allowDeselect={false}
      value={campaignId === null ? 'all' : String(campaignId)}
      data={[{ value: 'all', label: t('funnel.allCampaigns') }, ...(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))]}
      onChange={(v) => navigate(!v || v === 'all' ? '/funnel' : `/funnel/${v}`)}
    />
  );
  const header = <PageHeader title={t('funnel.title')} subtitle={t('funnel.subtitle')} actions={picker} />;
  const d = funnel.data;
  if (!d) return <>{header}{funnel.error ? <ErrorState error={funnel.error} onRetry={() => void funnel.refetch()} /> : <LoadingState rows={4} />}</>;

  const figures: [string, string, string][] = [
    ['shipped', t('funnel.steps.shipped'), fmt.number(d.shipped)],
    ['delivered', t('funnel.steps.delivered'), fmt.number(d.delivered)],
    ['deliveredRate', t('funnel.deliveredRate'), fmt.percentBp(d.deliveredRateBp)],
    ['posted', t('funnel.steps.posted'), fmt.number(d.posted)],
    ['postedRate', t('funnel.postedRate'), fmt.percentBp(d.postedRateBp)],
    ['median', t('funnel.medianDays'), d.medianDaysToPost === null ? '—' : t('funnel.days', { count: d.medianDaysToPost })],
    ['cost', t('funnel.costWithoutPost'), fmt.money(d.costWithoutPostMinor, d.currency)],
  ];

  return (
    <>
      {header}
      {d.shipped === 0 ? (
        <EmptyBlock icon={<IconPackage size={26} />} title={t('funnel.empty')} description={t('funnel.emptyHint')} />
      ) : (
        <Grid gap="md" mb="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder padding="md" h="100%">
              <Title order={2} fz="md" fw={600} mb="sm">
                {t('funnel.chart')}
              </Title>
              <Funnel
                fmt={fmt}
                ariaLabel={t('funnel.chart')}
                stepLabel={(p) => t('funnel.ofBefore', { percent: p })}
                steps={(['shipped', 'delivered', 'posted'] as const).map((k) => ({ key: k, label: t(`funnel.steps.${k}`), value: d[k] }))}
              />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder padding="md" h="100%">
              <Title order={2} fz="md" fw={600} mb="sm">
                {t('funnel.figures')}
              </Title>
              <Table data-testid="funnel-figures" verticalSpacing={6}>
                <Table.Tbody>
                  {figures.map(([k, label, value]) => (
                    <Table.Tr key={k} data-figure={k}>
                      <Table.Th scope="row" fw={500}>
                        {label}
                      </Table.Th>
                      <Table.Td ta="right" className="tabular" fw={600}>
                        {value}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          </Grid.Col>
        </Grid>
      )}
      {d.campaigns && <FunnelCampaigns rows={d.campaigns} />}
      <Card withBorder padding="md" component="section" aria-labelledby="funnel-no-post" data-testid="funnel-no-post">
        <Title order={2} fz="md" fw={600} id="funnel-no-post" mb={4}>
          {t('funnel.noPost', { days: d.noPostAfterDays })} <Badge variant="light" color={d.noPost.length ? 'orange' : 'gray'}>{d.noPost.length}</Badge>
        </Title>
        {d.noPost.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('funnel.noPostEmpty', { days: d.noPostAfterDays })}
          </Text>
        ) : (
          <DataTable minWidth={640} verticalSpacing={6}
            head={
              <>
                <Table.Th>{t('funnel.cols.person')}</Table.Th>
                <Table.Th>{t('funnel.cols.campaign')}</Table.Th>
                <Table.Th>{t('funnel.cols.delivered')}</Table.Th>
                <Table.Th ta="right">{t('funnel.cols.days')}</Table.Th>
                <Table.Th>{t('funnel.cols.reminded')}</Table.Th>
                <Table.Th />
              </>
            }
          >
            {d.noPost.map((r) => (
              <Table.Tr key={r.key} data-testid="funnel-no-post-row">
                <Table.Td>
                  <Anchor component={Link} href={`/campaigns/${r.campaignId}/cards/${r.collaborationId}`} fw={600} size="sm">
                    {r.person.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.campaignName}</Text>
                </Table.Td>
                <Table.Td className="tabular">{fmt.date(r.deliveredOn)}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {fmt.number(r.days)}
                </Table.Td>
                <Table.Td className="tabular">{r.remindedOn ? fmt.date(r.remindedOn) : '—'}</Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="light" color="orange" leftSection={<IconMailForward size={14} />} onClick={() => setReminder(r)} aria-label={`${t('today.actions.sendReminder')}: ${r.person.name}`}>
                    {t('today.actions.sendReminder')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Card>
      <ReminderModal itemKey={reminder?.key ?? null} person={reminder?.person.name ?? ''} onClose={closeReminder} onSent={closeReminder} />
    </>
  );
}
