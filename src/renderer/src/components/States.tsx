import { Alert, Button, Center, EmptyState, Group, Loader, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconMoodEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

export function LoadingState({ rows = 0 }: { rows?: number }) {
  const { t } = useTranslation();
  if (rows > 0) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} h={40} radius="sm" />
        ))}
      </Stack>
    );
  }
  return (
    <Center py={80} aria-busy="true">
      <Loader size="md" type="dots" aria-label={t('common.loading')} />
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, message } = describeError(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{message}</span>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyBlock({
  icon,
  title,
  description,
  actions,
  children,
}: {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" py={56} px="xl">
      <EmptyState variant="light" icon={icon ?? <IconMoodEmpty size={26} />} title={title} description={description} maw={520} mx="auto">
        {children}
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}

/** A check list with nothing to report: a green tick and a dimmed line. */
export function AllClear({ children }: { children: ReactNode }) {
  return (
    <Group gap={6}>
      <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden="true" />
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}
