import { Alert, Box, Button, Card, Center, Code, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RecoveryStatus } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { BackupTable } from '../../components/BackupTable';
import { uploadFile } from '../../lib/upload';

type Recovery = Extract<RecoveryStatus, { state: 'recovery' }>;

/**
 * Shown instead of the app when the core could not open the workspace file (empty, damaged, unreadable, read-only,
 * newer): what happened, which file, and the backups to restore — newest first — or a file to restore from.
 */
export function RecoveryScreen({ status }: { status: Recovery }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const restore = async (input: { name: string } | { file: File }) => {
    setBusy(true);
    try {
      await api.call('backups.restore', 'name' in input ? { name: input.name } : { fileId: (await uploadFile(input.file)).fileId });
      setDone(true);
      window.location.reload();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="xl">
      <Card maw={760} w="100%" withBorder>
        <Stack>
          <Group gap="sm" wrap="nowrap">
            <IconAlertTriangle size={28} color="var(--mantine-color-orange-6)" aria-hidden="true" />
            <Title order={1} fz="xl">
              {t('recovery.title')}
            </Title>
          </Group>
          <Alert color="orange" variant="light" role="alert">
            {t(`errors.domain.${status.key}`, { ...status.params, defaultValue: status.message })}
          </Alert>
          <Text size="sm">
            {t('recovery.file')}: <Code>{status.file}</Code>
          </Text>
          <Text size="sm">{t('recovery.intro')}</Text>
          {done ? <Text c="teal">{t('recovery.restored')}</Text> : null}
          <Title order={2} fz="md">
            {t('recovery.backups')}
          </Title>
          {status.backups.length ? (
            <BackupTable backups={status.backups} onRestore={(b: BackupInfo) => void restore({ name: b.name })} busy={busy} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('recovery.none')}
            </Text>
          )}
          <Group justify="flex-end">
            <FileButton onChange={(file) => file && void restore({ file })} accept=".db,.sqlite,application/octet-stream">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={busy}>
                  {t('recovery.restoreFile')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      </Card>
    </Center>
  );
}

/** How often the gate asks again while the workspace is still starting. */
const STARTING_POLL_MS = 400;

/**
 * Asks the core whether the workspace opened; renders the recovery screen instead of `children` if not. While it is
 * still starting (the backup before an update's migration) it says so and asks again.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const ask = () => {
      api.call('recovery.status', {}).then(
        (s) => {
          if (!live) return;
          setStatus(s);
          if (s.state === 'starting') timer = setTimeout(ask, STARTING_POLL_MS);
        },
        () => live && setStatus({ state: 'ok' }),
      );
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  if (!status || status.state === 'starting') {
    const phase = status?.state === 'starting' && status.phase !== 'opening' ? status.phase : null;
    return (
      <Box mih="100vh">
        <Center mih="100vh">
          <Stack align="center" gap="sm" data-testid="workspace-starting" data-phase={phase ?? 'opening'}>
            <Loader type="dots" />
            {phase ? (
              <Text role="status" size="sm">
                {t(`recovery.starting.${phase}`)}
              </Text>
            ) : null}
          </Stack>
        </Center>
      </Box>
    );
  }
  return status.state === 'recovery' ? <RecoveryScreen status={status} /> : <>{children}</>;
}
