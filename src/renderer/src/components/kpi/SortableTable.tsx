import { Table, Text } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { SortableTh } from '../SortableTh';
import { DataTable } from '../DataTable';

export interface Column<R> {
  key: string;
  label: string;
  align?: 'left' | 'right';
  render(row: R): ReactNode;
  /** Value to sort by; null/undefined sorts last. Without it the column is not sortable. */
  sort?(row: R): number | string | null | undefined;
}

function compare(a: number | string | null | undefined, b: number | string | null | undefined): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** A table whose column headers sort it (click or Enter); nulls ("—") always at the end. */
export function SortableTable<R>({
  rows,
  columns,
  rowKey,
  initialSort,
  caption,
  empty,
  onRowClick,
  testId,
}: {
  rows: R[];
  columns: Column<R>[];
  rowKey(row: R): string | number;
  initialSort?: { key: string; dir: 'asc' | 'desc' };
  caption: string;
  empty?: ReactNode;
  onRowClick?(row: R): void;
  testId?: string;
}) {
  const [sort, setSort] = useState(initialSort ?? { key: columns[0]!.key, dir: 'asc' as const });
  const sorted = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key);
    if (!col?.sort) return rows;
    const by = col.sort;
    return [...rows].sort((a, b) => {
      const va = by(a);
      const vb = by(b);
      if (va == null || vb == null) return compare(va, vb);
      return sort.dir === 'asc' ? compare(va, vb) : compare(vb, va);
    });
  }, [rows, columns, sort]);

  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <DataTable minWidth={0} scroll={{ type: 'native' }} className="data-table kpi-table" highlightOnHover verticalSpacing={6} horizontalSpacing={8} fz="sm" data-testid={testId} aria-label={caption}
      head={
        <>
          {columns.map((c) =>
            c.sort ? (
              <SortableTh
                key={c.key}
                align={c.align}
                active={sort.key === c.key}
                dir={sort.dir}
                onSort={() => setSort((s) => ({ key: c.key, dir: s.key === c.key && s.dir === 'desc' ? 'asc' : s.key === c.key ? 'desc' : c.align === 'right' ? 'desc' : 'asc' }))}
              >
                {c.label}
              </SortableTh>
            ) : (
              <Table.Th key={c.key} style={{ textAlign: c.align ?? 'left' }}>
                <Text component="span" fw={600} size="xs" tt="uppercase" c="dimmed">
                  {c.label}
                </Text>
              </Table.Th>
            ),
          )}
        </>
      }
    >
      {sorted.map((r) => (
        <Table.Tr
          key={rowKey(r)}
          className={onRowClick ? 'clickable' : undefined}
          onClick={onRowClick ? () => onRowClick(r) : undefined}
        >
          {columns.map((c) => (
            <Table.Td key={c.key} className={c.align === 'right' ? 'num' : undefined}>
              {c.render(r)}
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
