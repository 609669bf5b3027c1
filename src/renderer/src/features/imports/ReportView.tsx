import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconCalendar,
  IconCash,
  IconCircleCheck,
  IconCirclePlus,
  IconEqual,
  IconInfoCircle,
  IconQuestionMark,
  IconReceipt,
  IconTicket,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunReport } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { AccountingView } from './AccountingView';
import { UnknownCodes, type Assignments } from './UnknownCodes';
import { LeakList, RejectsTable, SectionTitle, Stat } from './parts';
import { useCollabDirectory } from './store';

export type { Assignments } from './UnknownCodes';

/**
 * What a dry run found: the orders and their codes, where every row went (read = stored + rejected + ignored) with
 * the rejected rows (line, reason, raw text), what an import would change per order against what is stored,
 * unknown codes with an "assign to…" picker each, shop labels that are not codes, and leak flags.
 */
export function ReportView({
  report,
  currency,
  assign,
  onAssign,
}: {
  report: DryRunReport;
  /** Fallback when the file names no currency (the workspace's). */
  currency: string;
  assign: Assignments;
  /** Assignments changed (one code, or many at once by a bulk action). */
  onAssign(changes: Assignments): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const collabs = useCollabDirectory().items;
  const cur = report.currency ?? currency;
  const money = (minor: number) => fmt.money(minor, cur);
  // Per order (an order with two codes is one order), not per order × code.
  const nothingNew = report.ordersUnchanged > 0 && report.ordersNew === 0 && report.ordersChanged === 0;

  return (
    <Stack gap="xl" data-testid="import-report">
      <SimpleGrid cols={{ base: 2, md: 4 }} role="list" aria-label={t('imports.report.summary')}>
        <div role="listitem">
          <Stat
            label={t('imports.report.orders')}
            value={fmt.number(report.orders)}
            color="brand"
            icon={<IconReceipt size={20} />}
            hint={t('imports.report.rows', { count: report.rows, rows: fmt.number(report.rows) })}
          />
        </div>
        <div role="listitem">
          <Stat label={t('imports.report.withKnown')} value={fmt.number(report.withKnownCode)} color="teal" icon={<IconCircleCheck size={20} />} />
        </div>
        <div role="listitem">
          <Stat label={t('imports.report.withUnknown')} value={fmt.number(report.withUnknownCode)} color="yellow" icon={<IconQuestionMark size={20} />} />
        </div>
        <div role="listitem">
          <Stat label={t('imports.report.rejected')} value={fmt.number(report.rejected)} color={report.rejected ? 'red' : 'gray'} icon={<IconAlertTriangle size={20} />} />
        </div>
      </SimpleGrid>

      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <Fact icon={<IconCalendar size={18} />} label={t('imports.report.period')} value={fmt.dateRange(report.firstOrderAt?.slice(0, 10) ?? null, report.lastOrderAt?.slice(0, 10) ?? null)} />
          <Fact icon={<IconCash size={18} />} label={t('imports.report.revenue')} value={money(report.revenueMinor)} />
          <Fact icon={<IconTicket size={18} />} label={t('imports.report.currency')} value={report.currency ?? t('imports.report.noCurrency', { currency })} />
        </SimpleGrid>
      </Paper>

      {report.accounting && <AccountingView accounting={report.accounting} headingId="report-accounting" />}

      <RejectsTable rejects={report.rejects} total={report.rejected} headingId="report-rejects" />

      <section aria-labelledby="report-changes">
        <SectionTitle id="report-changes">{t('imports.report.changesTitle')}</SectionTitle>
        <SimpleGrid cols={{ base: 1, sm: 3 }} role="list" aria-labelledby="report-changes">
          <div role="listitem" data-testid="change-new">
            <Stat label={t('imports.report.new')} value={fmt.number(report.ordersNew)} color="teal" icon={<IconCirclePlus size={20} />} hint={t('imports.report.newHint')} />
          </div>
          <div role="listitem" data-testid="change-changed">
            <Stat label={t('imports.report.changed')} value={fmt.number(report.ordersChanged)} color="blue" icon={<IconArrowsExchange size={20} />} hint={t('imports.report.changedHint')} />
          </div>
          <div role="listitem" data-testid="change-unchanged">
            <Stat label={t('imports.report.unchanged')} value={fmt.number(report.ordersUnchanged)} color="gray" icon={<IconEqual size={20} />} hint={t('imports.report.unchangedHint')} />
          </div>
        </SimpleGrid>
        {nothingNew && (
          <Alert mt="sm" color="blue" variant="light" icon={<IconInfoCircle size={18} />} title={t('imports.report.alreadyTitle')}>
            {t('imports.report.alreadyText', { count: report.ordersUnchanged, orders: fmt.number(report.ordersUnchanged) })}
          </Alert>
        )}
      </section>

      <UnknownCodes codes={report.unknownCodes} currency={cur} assign={assign} onAssign={onAssign} />

      {report.ignoredLabels.length > 0 && (
        <section aria-labelledby="report-ignored">
          <SectionTitle id="report-ignored">{t('imports.report.ignoredTitle', { count: report.ignoredLabels.length })}</SectionTitle>
          <Text size="sm" c="dimmed" mb="xs">
            {t('imports.report.ignoredHelp')}
          </Text>
          <Group gap="xs">
            {report.ignoredLabels.map((l) => (
              <Badge key={l.label} variant="default" radius="sm" tt="none" size="lg" fw={500}>
                {l.label}{' '}
                <Text span c="dimmed" size="xs">
                  {t('imports.report.labelOrders', { count: l.orders, orders: fmt.number(l.orders) })}
                </Text>
              </Badge>
            ))}
          </Group>
        </section>
      )}

      <LeakList leaks={report.leaks} collabs={collabs} headingId="report-leaks" />
    </Stack>
  );
}

function Fact({ icon, label, value }: { icon: ReactNode; label: string; value: string }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon variant="light" color="gray" size={34} radius="md">
        {icon}
      </ThemeIcon>
      <Stack gap={0} miw={0}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
          {label}
        </Text>
        <Text fw={600} size="sm" truncate>
          {value}
        </Text>
      </Stack>
    </Group>
  );
}
