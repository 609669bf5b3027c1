import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract';
import { formatBytes } from '../lib/chunked';
import { formatDateTime } from '../lib/format';
import { DataTable } from './DataTable';

/** The backups of the workspace with date, reason and size; `onRestore` adds a restore button per row. */
export function BackupTable({ backups, onRestore, busy }: { backups: BackupInfo[]; onRestore?: (b: BackupInfo) => void; busy?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('backups.none')}
      </Text>
    );
  }
  return (
    <DataTable minWidth={300} scroll={{ mah: 320 }} striped highlightOnHover aria-label={t('backups.listLabel')} stickyHeader fz="sm" horizontalSpacing="xs"
      head={
        <>
          <Table.Th>{t('backups.colDate')}</Table.Th>
          <Table.Th>{t('backups.colReason')}</Table.Th>
          <Table.Th ta="right">{t('backups.colSize')}</Table.Th>
          {onRestore ? <Table.Th /> : null}
        </>
      }
    >
      {backups.map((b) => (
        <Table.Tr key={b.name}>
          <Table.Td title={b.name}>{formatDateTime(b.createdAt, locale, { seconds: true })}</Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              {t(`backups.reason.${b.reason}`)}
              {b.newer ? (
                <Badge size="sm" color="orange" variant="light" tt="none" style={{ flexShrink: 0 }} title={t('backups.newerHint', { version: b.schemaVersion })}>
                  {t('backups.newer')}
                </Badge>
              ) : null}
            </Group>
          </Table.Td>
          <Table.Td ta="right">{formatBytes(b.sizeBytes, locale)}</Table.Td>
          {onRestore ? (
            <Table.Td ta="right">
              <Button
                size="compact-sm"
                variant="light"
                disabled={busy || b.newer}
                title={b.newer ? t('backups.newerHint', { version: b.schemaVersion }) : undefined}
                onClick={() => onRestore(b)}
                aria-label={`${t('backups.restoreThis')}: ${formatDateTime(b.createdAt, locale, { seconds: true })}`}
              >
                {t('backups.restoreThis')}
              </Button>
            </Table.Td>
          ) : null}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
