import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { DataTable } from '../../components/DataTable';


export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** A titled card; `flush` removes the padding around the body (tables). */
export function Section({ title, actions, children, flush, id }: { title: ReactNode; actions?: ReactNode; children: ReactNode; flush?: boolean; id?: string }) {
  return (
    <Card padding={0} component="section" aria-labelledby={id}>
      <Group justify="space-between" px="lg" pt="md" pb={flush ? 'sm' : 0} wrap="nowrap">
        <Title order={2} fz="md" fw={600} id={id} className="section-title">
          {title}
        </Title>
        {actions}
      </Group>
      <div style={flush ? undefined : { padding: 'var(--mantine-spacing-md) var(--mantine-spacing-lg) var(--mantine-spacing-lg)' }}>{children}</div>
    </Card>
  );
}

export function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');
}

/** A scrollable data table with its header cells and rows, or a dimmed note when there are no rows. */
export function ProfileTable({
  empty,
  minWidth,
  highlightOnHover,
  none,
  head,
  children,
}: {
  empty: boolean;
  minWidth: number;
  highlightOnHover?: boolean;
  none: string;
  head: ReactNode;
  children: ReactNode;
}) {
  if (empty)
    return (
      <Text c="dimmed" size="sm" px="lg" pb="lg">
        {none}
      </Text>
    );
  return (
    <DataTable minWidth={minWidth} className="data-table" highlightOnHover={highlightOnHover} head={head}>
      {children}
    </DataTable>
  );
}
