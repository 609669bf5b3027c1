import { Badge, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import './wizard.css';
import { DataTable } from '../DataTable';

export interface MappingRow {
  key: string;
  /** What is being mapped: a field of the app (shop import) or a column of the file (influencer import). */
  label: ReactNode;
  hint?: string;
  /** A few values from the file for this row. */
  samples: string[];
  /** The chosen option, null for none. */
  value: string | null;
  ariaLabel: string;
  required?: boolean;
  error?: string;
}

export interface MappingTableProps {
  rows: MappingRow[];
  options: { value: string; label: string }[];
  /** The option that means "nothing" (ignore / not in the file); `onChange` gets null for it. */
  noneValue: string;
  /** Shown instead of a select when the mapping is fixed by a known format. */
  readOnly?: boolean;
  onChange?: (key: string, value: string | null) => void;
  columns: { source: string; sample: string; target: string };
  noSample: string;
  /** Without samples the table shows only what maps to what (a known format's fixed columns). */
  showSamples?: boolean;
  labelledBy?: string;
}

/**
 * The mapping step shared by the import wizards: one row per item to map, with sample values from the file and
 * a searchable select (or, for a known format, the column it reads).
 */
export function MappingTable({ rows, options, noneValue, readOnly, onChange, columns, noSample, showSamples = true, labelledBy }: MappingTableProps) {
  const labelOf = new Map(options.map((o) => [o.value, o.label]));
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <DataTable minWidth={640} className="data-table wizard-mapping" verticalSpacing="xs" aria-labelledby={labelledBy}
        head={
          <>
            <Table.Th w="28%">{columns.source}</Table.Th>
            {showSamples && <Table.Th>{columns.sample}</Table.Th>}
            <Table.Th w={showSamples ? 280 : undefined}>{columns.target}</Table.Th>
          </>
        }
      >
        {rows.map((r, i) => (
          <Table.Tr key={`${i}-${r.key}`} style={r.value ? undefined : { opacity: 0.75 }}>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {r.label}
                  {r.required && (
                    <Text component="span" c="red" aria-hidden="true">
                      {' *'}
                    </Text>
                  )}
                </Text>
                {r.hint && (
                  <Text size="xs" c="dimmed">
                    {r.hint}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            {showSamples && (
            <Table.Td>
              {r.samples.length ? (
                <Group gap={6} wrap="wrap">
                  {r.samples.map((s, k) => (
                    <Badge key={k} variant="default" radius="sm" tt="none" fw={400} className="wizard-sample" maw={220}>
                      {s}
                    </Badge>
                  ))}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {noSample}
                </Text>
              )}
            </Table.Td>
            )}
            <Table.Td>
              {readOnly ? (
                <Text size="sm" component={r.value ? 'code' : 'span'} className={r.value ? 'wizard-sample' : undefined} c={r.value ? undefined : 'dimmed'} aria-label={r.ariaLabel}>
                  {r.value ? (labelOf.get(r.value) ?? r.value) : labelOf.get(noneValue)}
                </Text>
              ) : (
                <Select
                  aria-label={r.ariaLabel}
                  aria-required={r.required || undefined}
                  data={options}
                  value={r.value ?? noneValue}
                  onChange={(v) => onChange?.(r.key, !v || v === noneValue ? null : v)}
                  allowDeselect={false}
                  searchable
                  size="sm"
                  error={r.error}
                  styles={r.value ? undefined : { input: { color: 'var(--mantine-color-dimmed)' } }}
                />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Paper>
  );
}

/** Up to `n` non-empty values of column `index` in the sample rows. */
export function sampleValues(sample: { cells: string[] }[], index: number, n = 3): string[] {
  if (index < 0) return [];
  return sample
    .map((s) => s.cells[index] ?? '')
    .filter((v) => v.trim() !== '')
    .slice(0, n);
}
