import { Button, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconList, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DryRunReport } from '../../../../shared/contract';
import { Stat } from '../../components/Stat';
import { StepTitle } from '../../components/wizard/WizardSteps';
import { useFormat } from '../../lib/useFormat';

/** The last step of the shop import: what the import did, and where to go next. */
export function DoneStep({ fileName, shop, batchId, report, assigned, onAnother }: { fileName: string | null; shop: string; batchId: number | null; report: DryRunReport | null; assigned: number; onAnother(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <ThemeIcon color="teal" size={40} radius="xl">
          <IconCheck size={22} />
        </ThemeIcon>
        <div>
          <StepTitle>{t('imports.wizard.doneTitle')}</StepTitle>
          <Text size="sm" c="dimmed">
            {fileName} · {shop}
          </Text>
        </div>
      </Group>
      {report && (
        <SimpleGrid cols={{ base: 2, md: 5 }} role="list" aria-label={t('imports.wizard.doneTitle')}>
          {(
            [
              ['new', report.ordersNew, 'teal'],
              ['changed', report.ordersChanged, 'blue'],
              ['unchanged', report.ordersUnchanged, 'gray'],
              ['withUnknown', report.withUnknownCode, 'yellow'],
              ['rejected', report.rejected, report.rejected ? 'red' : 'gray'],
            ] as const
          ).map(([k, n, color]) => (
            <div role="listitem" key={k} data-testid={`result-${k}`}>
              <Stat label={t(`imports.report.${k}`)} value={fmt.number(n)} color={color} icon={k === 'new' ? <IconCheck size={20} /> : k === 'rejected' || k === 'withUnknown' ? <IconAlertTriangle size={20} /> : <IconList size={20} />} />
            </div>
          ))}
        </SimpleGrid>
      )}
      {assigned > 0 && (
        <Text size="sm" c="dimmed">
          {t('imports.wizard.doneAssigned', { count: assigned })}
        </Text>
      )}
      <Group>
        {batchId != null && (
          <Button component={Link} href={`/imports/${batchId}`} leftSection={<IconList size={16} />}>
            {t('imports.wizard.openBatch')}
          </Button>
        )}
        <Button component={Link} href="/imports" variant="default">
          {t('imports.wizard.toList')}
        </Button>
        <Button variant="subtle" leftSection={<IconRefresh size={16} />} onClick={onAnother}>
          {t('imports.wizard.another')}
        </Button>
      </Group>
    </Stack>
  );
}
