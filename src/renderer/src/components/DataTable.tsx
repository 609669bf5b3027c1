import { Table, type TableProps, type TableScrollContainerProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table: `head` is the header row's cells, `children` the body rows. With `minWidth` it sits in a horizontal
 * scroll container (`scroll` passes more to it: max height, margin); the rest goes to the table.
 */
export function DataTable({
  minWidth,
  scroll,
  head,
  children,
  ...props
}: { minWidth?: number; scroll?: Omit<TableScrollContainerProps, 'minWidth' | 'children'>; head: ReactNode; children: ReactNode } & Omit<TableProps, 'children'>) {
  const table = (
    <Table {...props}>
      <Table.Thead>
        <Table.Tr>{head}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  if (minWidth === undefined) return table;
  return (
    <Table.ScrollContainer minWidth={minWidth} {...scroll}>
      {table}
    </Table.ScrollContainer>
  );
}
