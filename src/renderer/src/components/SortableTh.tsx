import { Table, UnstyledButton, Group, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function SortableTh({
  children,
  active,
  dir,
  onSort,
  align = 'left',
}: {
  children: ReactNode;
  active: boolean;
  dir: 'asc' | 'desc';
  onSort(): void;
  align?: 'left' | 'right';
}) {
  const Icon = active ? (dir === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <Table.Th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} style={{ textAlign: align }}>
      <UnstyledButton onClick={onSort} className="sort-button">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text component="span" fw={600} size="xs" tt="uppercase" c={active ? 'dark' : 'dimmed'}>
            {children}
          </Text>
          <Icon size={14} stroke={1.8} aria-hidden="true" opacity={active ? 1 : 0.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
