import { Group, Progress, Stack, Text, type BoxProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/useFormat';
import type { RunningJob } from '../lib/jobsStore';

/** Progress bar for a running job, fed by `job.progress` events. */
export function JobProgress({ job, ...box }: { job: RunningJob } & BoxProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const known = job.total > 0;
  const pct = known ? Math.min(100, Math.round((job.done / job.total) * 100)) : 100;
  const phase = t(`settings.workspace.phases.${job.phase}`, { defaultValue: job.phase });
  return (
    <Stack gap={6} {...box}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {t('settings.workspace.running')} <Text span c="dimmed" size="sm">{phase}</Text>
        </Text>
        {known && (
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('settings.workspace.progress', { done: fmt.number(job.done), total: fmt.number(job.total) })}
          </Text>
        )}
      </Group>
      <Progress
        value={pct}
        striped={!known}
        animated={!known}
        size="md"
        radius="xl"
        aria-label={t('settings.workspace.running')}
        transitionDuration={200}
      />
    </Stack>
  );
}
