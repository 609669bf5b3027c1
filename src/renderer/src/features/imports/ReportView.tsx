import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, ThemeIcon } from '@mantine/core';
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
import { CollabPicker } from './CollabPicker';
import { LeakList, RejectsTable, SectionTitle, Stat } from './parts';
import { useCollabDirectory } from './store';

export type Assignments = Record<string, number | null>;

/**
 * What a dry run found: the orders and their codes, unknown codes with an "assign to…" picker each, shop labels
 * that are not codes, rejected rows, leak flags and what an import would change against what is stored.
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
  onAssign(code: string, collaborationId: number | null): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const collabs = useCollabDirectory((s) => s.items);
  const cur = report.currency ?? currency;
  const money = (minor: number) => fmt.money(minor, cur);
  const nothingNew = report.orders > 0 && report.inserted === 0 && report.updated === 0;
  const assigned = Object.values(assign).filter((v) => v != null).length;

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

      <section aria-labelledby="report-changes">
        <SectionTitle id="report-changes">{t('imports.report.changesTitle')}</SectionTitle>
        <SimpleGrid cols={{ base: 1, sm: 3 }} role="list" aria-labelledby="report-changes">
          <div role="listitem" data-testid="change-new">
            <Stat label={t('imports.report.new')} value={fmt.number(report.inserted)} color="teal" icon={<IconCirclePlus size={20} />} hint={t('imports.report.newHint')} />
          </div>
          <div role="listitem" data-testid="change-changed">
            <Stat label={t('imports.report.changed')} value={fmt.number(report.updated)} color="blue" icon={<IconArrowsExchange size={20} />} hint={t('imports.report.changedHint')} />
          </div>
          <div role="listitem" data-testid="change-unchanged">
            <Stat label={t('imports.report.unchanged')} value={fmt.number(report.unchanged)} color="gray" icon={<IconEqual size={20} />} hint={t('imports.report.unchangedHint')} />
          </div>
        </SimpleGrid>
        {nothingNew && (
          <Alert mt="sm" color="blue" variant="light" icon={<IconInfoCircle size={18} />} title={t('imports.report.alreadyTitle')}>
            {t('imports.report.alreadyText', { count: report.unchanged, orders: fmt.number(report.unchanged) })}
          </Alert>
        )}
      </section>

      <section aria-labelledby="report-unknown">
        <SectionTitle
          id="report-unknown"
          right={
            report.unknownCodes.length > 0 && (
              <Badge variant="light" color={assigned ? 'teal' : 'gray'} tt="none">
                {t('imports.report.assignedCount', { count: assigned, total: report.unknownCodes.length })}
              </Badge>
            )
          }
        >
          {t('imports.report.unknownTitle', { count: report.unknownCodes.length })}
        </SectionTitle>
        {report.unknownCodes.length ? (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('imports.report.unknownHelp')}
            </Text>
            <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
              <Table.ScrollContainer minWidth={640}>
                <Table className="data-table" verticalSpacing={8} aria-labelledby="report-unknown">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('imports.report.code')}</Table.Th>
                      <Table.Th className="num">{t('imports.report.codeOrders')}</Table.Th>
                      <Table.Th className="num">{t('imports.report.codeRevenue')}</Table.Th>
                      <Table.Th w={400}>{t('imports.report.assignTo')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.unknownCodes.map((u) => (
                      <Table.Tr key={u.code} data-testid={`unknown-${u.code}`}>
                        <Table.Td>
                          <Text ff="monospace" fw={600} size="sm">
                            {u.code}
                          </Text>
                        </Table.Td>
                        <Table.Td className="num">{fmt.number(u.orders)}</Table.Td>
                        <Table.Td className="num">{money(u.revenueMinor)}</Table.Td>
                        <Table.Td>
                          <CollabPicker code={u.code} value={assign[u.code] ?? null} onChange={(v) => onAssign(u.code, v)} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('imports.report.noUnknown')}
          </Text>
        )}
      </section>

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

      <RejectsTable rejects={report.rejects} total={report.rejected} headingId="report-rejects" />
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
