import { ActionIcon, Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { IconCash, IconCheck, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { InputOf, PaymentRow, PaymentState, PaymentTotals } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { downloadFile } from '../../lib/files';
import { useApiQuery } from '../../lib/query';
import { useFormat } from '../../lib/useFormat';
import { notifications } from '@mantine/notifications';
import { DataTable } from '../../components/DataTable';

type StateFilter = InputOf<'payments.list'>['state'] & string;
const STATE_FILTERS: StateFilter[] = ['all', 'open', 'overdue', 'invoiced', 'agreed', 'paid'];
const STATE_COLORS: Record<PaymentState, string> = { proposed: 'gray', agreed: 'gray', invoiced: 'blue', overdue: 'red', paid: 'teal' };
const SCOPES = ['collaborations', 'campaigns', 'influencers', 'settings'] as const;

/** Payments: every fee with invoice, due date, VAT and KSK, summed per currency, per month and per person (issue 14). */
export function PaymentsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [state, setState] = useState<StateFilter>('all');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const input = { state, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const list = useApiQuery('payments.list', input, { scopes: SCOPES });
  const all = useApiQuery('payments.list', {}, { scopes: SCOPES });
  const settings = useApiQuery('settings.get', {}, { scopes: ['settings'] });
  const months = useMemo(() => [...new Set((all.data?.months ?? []).map((m) => m.month))].sort().reverse(), [all.data]);
  const monthLabel = (m: string) => (fmt.locale === 'de' ? `${m.slice(5, 7)}.${m.slice(0, 4)}` : `${m.slice(0, 4)}-${m.slice(5, 7)}`);
  const monthOptions = months.map((m) => ({ value: m, label: monthLabel(m) }));

  const exportAs = async (format: 'csv' | 'xlsx') => {
    try {
      const file = await api.call('payments.export', { ...input, format, language: i18n.language === 'de' ? 'de' : 'en' });
      downloadFile(file);
      notifications.show({ color: 'teal', message: t('payments.exported', { file: file.fileName }) });
    } catch (err) {
      notifyError(err);
    }
  };
  const markPaid = async (r: PaymentRow) => {
    try {
      await api.call('payments.markPaid', { collaborationId: r.collaborationId });
      notifications.show({ color: 'teal', message: t('payments.markedPaid', { name: r.influencerName }) });
    } catch (err) {
      notifyError(err);
    }
  };

  const data = list.data;
  const header = (
    <PageHeader
      title={t('payments.title')}
      subtitle={data ? t('payments.subtitle', { date: fmt.date(data.today) }) : undefined}
      actions={
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileTypeCsv size={16} />} onClick={() => void exportAs('csv')} disabled={!data?.rows.length}>
            {t('payments.exportCsv')}
          </Button>
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void exportAs('xlsx')} disabled={!data?.rows.length}>
            {t('payments.exportXlsx')}
          </Button>
        </Group>
      }
    />
  );
  if (list.error) return <>{header}<ErrorState error={list.error} onRetry={() => void list.refetch()} /></>;
  if (!data) return <>{header}<LoadingState rows={6} /></>;
  const nothingAtAll = (all.data?.rows.length ?? 0) === 0;

  return (
    <>
      {header}
      {nothingAtAll ? (
        <EmptyBlock icon={<IconCash size={28} />} title={t('payments.empty')} description={t('payments.emptyHint')} />
      ) : (
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={t('payments.filterState')}
              value={state}
              onChange={(x) => setState(x as StateFilter)}
              data={STATE_FILTERS.map((s) => ({ value: s, label: t(`payments.state.${s}`) }))}
            />
            <Select label={t('payments.from')} placeholder={t('payments.anyMonth')} data={monthOptions} value={from} onChange={setFrom} clearable w={150} comboboxProps={{ withinPortal: true }} />
            <Select label={t('payments.to')} placeholder={t('payments.anyMonth')} data={monthOptions} value={to} onChange={setTo} clearable w={150} comboboxProps={{ withinPortal: true }} />
          </Group>
          {data.totals.map((tot) => (
            <TotalsRow key={tot.currency} totals={tot} />
          ))}
          <Text size="xs" c="dimmed">
            {t('payments.rules', { days: settings.data?.paymentTermsDays ?? 14 })}
            {settings.data ? ` · ${t('payments.kskRate', { rate: fmt.percentBp(settings.data.kskRateBp) })}` : ''}
          </Text>
          {data.rows.length === 0 ? (
            <EmptyBlock title={t('payments.emptyFiltered')} />
          ) : (
            <Tabs defaultValue="fees" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="fees">{t('payments.tabs.fees')}</Tabs.Tab>
                <Tabs.Tab value="months">{t('payments.tabs.months')}</Tabs.Tab>
                <Tabs.Tab value="people">{t('payments.tabs.people')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="fees" pt="sm">
                <FeesTable rows={data.rows} onMarkPaid={(r) => void markPaid(r)} />
              </Tabs.Panel>
              <Tabs.Panel value="months" pt="sm">
                <TotalsTable first={t('payments.col.month')} rows={data.months.map((m) => ({ key: `${m.month}-${m.currency}`, label: monthLabel(m.month), totals: m }))} />
              </Tabs.Panel>
              <Tabs.Panel value="people" pt="sm">
                <TotalsTable first={t('payments.col.person')} rows={data.people.map((p) => ({ key: `${p.influencerId}-${p.currency}`, label: p.influencerName, totals: p }))} />
              </Tabs.Panel>
            </Tabs>
          )}
        </Stack>
      )}
    </>
  );
}

function TotalsRow({ totals }: { totals: PaymentTotals }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const cells: [string, number, string][] = [
    ['agreed', totals.agreedMinor, 'gray'],
    ['invoiced', totals.invoicedMinor, 'blue'],
    ['overdue', totals.overdueMinor, 'red'],
    ['paid', totals.paidMinor, 'teal'],
    ['vat', totals.vatMinor, 'gray'],
    ['ksk', totals.kskMinor, 'gray'],
  ];
  return (
    <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm" data-testid={`payments-totals-${totals.currency}`}>
      {cells.map(([key, minor, color]) => (
        <Paper key={key} withBorder px="sm" py={6} radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(`payments.totals.${key}`)}
          </Text>
          <Text fw={650} fz="md" c={minor && key === 'overdue' ? 'red.7' : undefined} className="tabular" data-color={color}>
            {fmt.money(minor, totals.currency)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function FeesTable({ rows, onMarkPaid }: { rows: PaymentRow[]; onMarkPaid(r: PaymentRow): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <DataTable minWidth={1120} striped highlightOnHover verticalSpacing={6} aria-label={t('payments.tabs.fees')} style={{ whiteSpace: 'nowrap' }}
      head={
        <>
          <Table.Th>{t('payments.col.person')}</Table.Th>
          <Table.Th>{t('payments.col.campaign')}</Table.Th>
          <Table.Th>{t('payments.col.state')}</Table.Th>
          <Table.Th>{t('payments.col.invoice')}</Table.Th>
          <Table.Th>{t('payments.col.due')}</Table.Th>
          <Table.Th ta="right">{t('payments.col.fee')}</Table.Th>
          <Table.Th ta="right">{t('payments.col.vat')}</Table.Th>
          <Table.Th ta="right">{t('payments.col.gross')}</Table.Th>
          <Table.Th ta="right">{t('payments.col.ksk')}</Table.Th>
          <Table.Th />
        </>
      }
    >
      {rows.map((r) => (
        <Table.Tr key={r.collaborationId} data-testid="payment-row">
          <Table.Td>
            <Anchor component={Link} href={`/campaigns/${r.campaignId}/cards/${r.collaborationId}`} aria-label={t('payments.openCard', { name: r.influencerName })}>
              {r.influencerName}
            </Anchor>
          </Table.Td>
          <Table.Td>{r.campaignName}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATE_COLORS[r.state]} miw="max-content">
              {t(`payments.state.${r.state}`)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{r.invoiceNumber ?? '–'}</Text>
            {r.invoicedOn && (
              <Text size="xs" c="dimmed">
                {fmt.date(r.invoicedOn)}
              </Text>
            )}
          </Table.Td>
          <Table.Td c={r.state === 'overdue' ? 'red.7' : undefined}>{r.state === 'paid' ? fmt.date(r.paidOn) : fmt.date(r.dueOn)}</Table.Td>
          <Table.Td ta="right" className="tabular">
            {fmt.money(r.feeMinor, r.currency)}
          </Table.Td>
          <Table.Td ta="right" className="tabular">
            {r.vatRateBp ? `${fmt.money(r.vatMinor, r.currency)} (${fmt.percentBp(r.vatRateBp, 0)})` : '–'}
          </Table.Td>
          <Table.Td ta="right" className="tabular">
            {fmt.money(r.grossMinor, r.currency)}
          </Table.Td>
          <Table.Td ta="right" className="tabular">
            {r.ksk ? fmt.money(r.kskMinor, r.currency) : '–'}
          </Table.Td>
          <Table.Td>
            {r.state !== 'paid' && (
              <Tooltip label={t('payments.markPaid')}>
                <ActionIcon variant="light" color="teal" aria-label={`${t('payments.markPaid')}: ${r.influencerName}`} onClick={() => onMarkPaid(r)}>
                  <IconCheck size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function TotalsTable({ first, rows }: { first: string; rows: { key: string; label: string; totals: PaymentTotals }[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = (minor: number, cur: string) => (minor ? fmt.money(minor, cur) : '–');
  return (
    <DataTable minWidth={760} striped verticalSpacing={6} style={{ whiteSpace: 'nowrap' }}
      head={
        <>
          <Table.Th>{first}</Table.Th>
          <Table.Th>{t('payments.col.currency')}</Table.Th>
          {(['agreed', 'invoiced', 'overdue', 'paid', 'vat', 'ksk'] as const).map((k) => (
            <Table.Th key={k} ta="right">
              {t(`payments.totals.${k}`)}
            </Table.Th>
          ))}
        </>
      }
    >
      {rows.map(({ key, label, totals: x }) => (
        <Table.Tr key={key}>
          <Table.Td>{label}</Table.Td>
          <Table.Td>{x.currency}</Table.Td>
          {[x.agreedMinor, x.invoicedMinor, x.overdueMinor, x.paidMinor, x.vatMinor, x.kskMinor].map((m, i) => (
            <Table.Td key={i} ta="right" className="tabular">
              {money(m, x.currency)}
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
