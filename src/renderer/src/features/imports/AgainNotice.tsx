import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconCopyCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AlreadyImported } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';

/**
 * Shown right after the upload when the core recognised the file's content (SHA-256) as imported before — before
 * the file is read at all: "imported on 24.11.2026 — import again?", with the choice to go on or stop.
 */
export function AgainNotice({ fileName, seen, onGo, onStop }: { fileName: string | null; seen: AlreadyImported; onGo(): void; onStop(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const file = fileName ?? seen.fileName;
  return (
    <Alert color="blue" variant="light" icon={<IconCopyCheck size={20} />} title={t('imports.again.title')} data-testid="imported-before" role="alertdialog" aria-label={t('imports.again.title')}>
      <Stack gap="sm">
        <Text fw={600}>{t('imports.again.text', { date: fmt.date(seen.importedAt) })}</Text>
        <Text size="sm">
          {seen.shop ? t('imports.again.detail', { file, shop: seen.shop }) : t('imports.again.detailNoShop', { file })}{' '}
          <Anchor component={Link} href={`/imports/${seen.batchId}`} size="sm">
            {t('imports.again.open')}
          </Anchor>
        </Text>
        <Group gap="sm">
          <Button rightSection={<IconArrowRight size={16} />} onClick={onGo}>
            {t('imports.again.go')}
          </Button>
          <Button variant="default" leftSection={<IconX size={16} />} onClick={onStop}>
            {t('imports.again.stop')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
