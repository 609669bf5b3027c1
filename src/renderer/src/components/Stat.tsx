import { Group, Paper, Stack, Text, ThemeIcon, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/** A figure with its label and an icon, as the import wizards and reports show their counts. */
export function Stat({ label, value, color, icon, hint }: { label: string; value: string; color: MantineColor; icon: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size={38} radius="md">
          {icon}
        </ThemeIcon>
        <Stack gap={0} miw={0}>
          <Text fz={22} fw={700} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {value}
          </Text>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
            {label}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed" mt={4}>
              {hint}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
