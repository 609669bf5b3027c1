import { Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REDEMPTION_FIELDS, type FileInspection, type RedemptionField } from '../../../../shared/contract';
import type { Mapping } from './wizardRules';
import { DataTable } from '../../components/DataTable';

/** The first rows of the file, with the used columns (or all of them) and the field each column fills. */
export function PreviewTable({ inspection, mapping }: { inspection: FileInspection; mapping: Mapping }) {
  const { t } = useTranslation();
  const [columns, setColumns] = useState<'mapped' | 'all'>('mapped');
  const mappedCols = REDEMPTION_FIELDS.filter((f) => mapping[f])
    .map((f) => ({ field: f, index: inspection.headers.indexOf(mapping[f]!) }))
    .filter((c) => c.index >= 0);
  const fieldOf = new Map(mappedCols.map((c) => [c.index, c.field]));
  const previewCols =
    columns === 'mapped' && mappedCols.length
      ? mappedCols.map((c) => ({ index: c.index, field: c.field as RedemptionField | undefined }))
      : inspection.headers.map((_, i) => ({ index: i, field: fieldOf.get(i) }));

  return (
    <section aria-labelledby="wizard-preview">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="md" fw={600} id="wizard-preview">
          {t('imports.wizard.previewTitle', { count: inspection.sample.length })}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('imports.wizard.previewColumns')}
          value={columns}
          onChange={(v) => setColumns(v as 'mapped' | 'all')}
          data={[
            { value: 'mapped', label: t('imports.wizard.mappedColumns') },
            { value: 'all', label: t('imports.wizard.allColumns', { count: inspection.headers.length }) },
          ]}
        />
      </Group>
      {inspection.sample.length ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable minWidth={Math.max(600, previewCols.length * 130)} scroll={{ mah: 360 }} className="data-table imports-preview" verticalSpacing={4} stickyHeader aria-labelledby="wizard-preview"
            head={
              <>
                <Table.Th w={60}>{t('imports.rejects.row')}</Table.Th>
                {previewCols.map((c) => (
                  <Table.Th key={c.index} data-mapped={c.field && columns === 'all' ? true : undefined}>
                    <Stack gap={0}>
                      <span>{c.field ? t(`imports.fields.${c.field}`) : inspection.headers[c.index] || '–'}</span>
                      {c.field && (
                        <Text component="span" size="xs" ff="monospace" c="dimmed" tt="none" fw={400} style={{ letterSpacing: 0 }}>
                          {inspection.headers[c.index]}
                        </Text>
                      )}
                    </Stack>
                  </Table.Th>
                ))}
              </>
            }
          >
            {inspection.sample.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {r.row}
                </Table.Td>
                {previewCols.map((c) => (
                  <Table.Td key={c.index} data-mapped={c.field && columns === 'all' ? true : undefined}>
                    <Text size="sm" className="imports-cell" title={r.cells[c.index] ?? ''}>
                      {r.cells[c.index] ?? ''}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </DataTable>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {t('imports.wizard.noRows')}
        </Text>
      )}
    </section>
  );
}
