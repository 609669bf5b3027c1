import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A page's title block. `compact` keeps the actions on the title's line (the title is cut with … rather than
 * pushing the actions onto a row of their own), for pages whose content needs the window's height.
 */
export function PageHeader({ title, subtitle, actions, above, compact = false }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; above?: ReactNode; compact?: boolean }) {
  if (compact) {
    return (
      <Stack gap={2} mb="sm">
        {above}
        <Group justify="space-between" align="center" wrap="nowrap" gap="md">
          <Title order={1} fz={24} fw={650} lh={1.2} style={{ minWidth: 0 }}>
            {title}
          </Title>
          {actions && (
            <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
              {actions}
            </Group>
          )}
        </Group>
        {subtitle && (
          <Text c="dimmed" size="sm" truncate component="div">
            {subtitle}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap={4} mb="lg">
      {above}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={2}>
          <Title order={1} fz={26} fw={650} lh={1.2}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
