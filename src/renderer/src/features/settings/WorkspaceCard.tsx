import { Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabase, IconEraser } from '@tabler/icons-react';

import { useState } from 'react';

import { useTranslation } from 'react-i18next';

import { JobProgress } from '../../components/JobProgress';

import { useJobsStore } from '../../lib/jobsStore';

import { CardHeading } from '../../components/CardHeading';


export function WorkspaceCard() {
  const { t } = useTranslation();
  const job = useJobsStore((s) => s.job);
  const resetWorkspace = useJobsStore((s) => s.resetWorkspace);
  const [confirm, setConfirm] = useState<'demo' | 'empty' | null>(null);

  const run = () => {
    if (!confirm) return;
    const mode = confirm;
    setConfirm(null);
    void resetWorkspace(mode);
  };

  return (
    <Card>
      <CardHeading title={t('settings.workspace.title')} hint={t('settings.workspace.description')} mb="md" />
      {job ? (
        <JobProgress job={job} />
      ) : (
        <Group gap="sm">
          <Button leftSection={<IconDatabase size={16} />} onClick={() => setConfirm('demo')}>
            {t('settings.workspace.loadDemo')}
          </Button>
          <Button variant="default" leftSection={<IconEraser size={16} />} onClick={() => setConfirm('empty')}>
            {t('settings.workspace.startEmpty')}
          </Button>
        </Group>
      )}
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'demo' ? t('settings.workspace.confirmTitleDemo') : t('settings.workspace.confirmTitleEmpty')}
      >
        <Stack>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={20} color="var(--mantine-color-orange-6)" style={{ flexShrink: 0, marginTop: 2 }} aria-hidden="true" />
            <Text size="sm">{t('settings.workspace.confirmBody')}</Text>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={run}>
              {confirm === 'demo' ? t('settings.workspace.confirmDemo') : t('settings.workspace.confirmEmpty')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
