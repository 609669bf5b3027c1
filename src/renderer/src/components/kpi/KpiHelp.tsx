import { ActionIcon, Popover, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * "How is this computed": a small popover beside a KPI with the rule text (the core's rule, translated).
 * A button, so it opens with the keyboard; Escape closes it.
 */
export function KpiHelp({ label, rule, formula }: { label: string; rule: string; formula?: string }) {
  const { t } = useTranslation();
  return (
    <Popover width={300} position="bottom-start" withArrow shadow="md" trapFocus returnFocus closeOnEscape>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="xs" aria-label={t('kpiui.help.aria', { label })} className="kpi-help">
          <IconInfoCircle size={14} stroke={1.7} aria-hidden="true" />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
            {t('kpiui.help.title', { label })}
          </Text>
          <Text size="sm">{rule}</Text>
          {formula && (
            <Text size="xs" ff="monospace" c="dimmed">
              {formula}
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
