import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOST_ROWS_WITHOUT_CONFIRMATION, type DryRunReport } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';

/** Orders an import stores (new, changed or confirmed unchanged), counted per order: an order with two codes is one. */
export function storableOrders(report: DryRunReport): number {
  return report.ordersNew + report.ordersChanged + report.ordersUnchanged;
}

/** Rows the import would lose that the user has to confirm (0 when the file loses no more than a few). */
export function rowsToConfirm(report: DryRunReport): number {
  const lost = report.accounting?.lostRows ?? report.rejected;
  const needs = report.accounting ? report.accounting.needsConfirmation : lost > LOST_ROWS_WITHOUT_CONFIRMATION;
  return needs ? lost : 0;
}

/**
 * The foot of the dry-run report: what an import changes (per order) and the Import button — replaced, when more
 * than a few rows would be lost, by a confirmation naming how many, which sends `confirmLostRows`.
 */
export function CommitBar({
  report,
  assigned,
  busy,
  importing,
  onBack,
  onCommit,
}: {
  report: DryRunReport;
  assigned: number;
  busy: boolean;
  importing: boolean;
  onBack(): void;
  onCommit(confirmLostRows?: number): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const storable = storableOrders(report);
  const lost = rowsToConfirm(report);
  const summary = (
    <Text size="sm" c="dimmed">
      {t('imports.wizard.commitSummary', { inserted: fmt.number(report.ordersNew), updated: fmt.number(report.ordersChanged), unchanged: fmt.number(report.ordersUnchanged) })}
      {assigned > 0 ? ` · ${t('imports.wizard.commitAssigned', { count: assigned })}` : ''}
    </Text>
  );
  const back = (
    <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} disabled={busy}>
      {t('imports.wizard.backToCheck')}
    </Button>
  );
  if (lost > 0) {
    return (
      <Paper withBorder radius="md" p="md" className="imports-commit" data-testid="lost-rows-confirmation">
        <Stack gap="sm">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('imports.lost.title', { count: lost, rows: fmt.number(lost) })} p="xs">
            <Text size="sm">{t('imports.lost.text')}</Text>
          </Alert>
          {/* the change summary is left out here: the report's tiles show it, and the bar stays one row at 1280 px */}
          <Group justify="space-between" wrap="wrap" gap="sm">
            {back}
            <Group gap="md" wrap="wrap">
              <Button color="orange" leftSection={<IconDatabaseImport size={16} />} onClick={() => onCommit(lost)} loading={importing} disabled={storable === 0 || (busy && !importing)}>
                {t('imports.lost.confirm', { count: storable, orders: fmt.number(storable), rows: fmt.number(lost) })}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" className="imports-commit">
      <Group justify="space-between" wrap="wrap" gap="sm">
        {back}
        <Group gap="md" wrap="wrap">
          {summary}
          <Button leftSection={<IconDatabaseImport size={16} />} onClick={() => onCommit()} loading={importing} disabled={storable === 0 || (busy && !importing)}>
            {t('imports.wizard.commit', { count: storable, orders: fmt.number(storable) })}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
