import { Button, Card, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { IconArchive, IconCheck, IconDeviceFloppy, IconFolderOpen, IconHistory, IconUpload } from '@tabler/icons-react';

import { useCallback, useEffect, useState } from 'react';

import { useTranslation } from 'react-i18next';

import { contract, type BackupInfo, type BackupsOverview } from '../../../../shared/contract';

import { api } from '../../api/client';

import { notifyError } from '../../api/errors';

import { BackupTable } from '../../components/BackupTable';

import { formatDateTime } from '../../lib/format';
import { useContractForm } from '../../lib/contractForm';
import { formRules } from '../../lib/formRules';
import { NumberField } from '../../components/NumberField';

import { uploadFile } from '../../lib/upload';

import { onDataChanged } from '../../lib/sync';

import { IntegrityCard, TransferCard } from './WorkspaceFileCards';

import { CardHeading } from '../../components/CardHeading';


/** What the restore dialog is about to do: a listed backup or a chosen file. */
type Pending = { kind: 'backup'; backup: BackupInfo } | { kind: 'file'; file: File };

function useBackups() {
  const [overview, setOverview] = useState<BackupsOverview | null>(null);
  const load = useCallback(async () => {
    try {
      setOverview(await api.call('backups.list', {}));
    } catch (err) {
      console.error(err); // the card then offers nothing but "Back up now", which says what fails
    }
  }, []);
  useEffect(() => {
    void load();
    return onDataChanged(['backups'], () => void load());
  }, [load]);
  return { overview, load };
}

function RestoreModal({ opened, onClose, backups, onDone }: { opened: boolean; onClose(): void; backups: BackupInfo[]; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPending(null);
    onClose();
  };
  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const input = pending.kind === 'backup' ? { name: pending.backup.name } : { fileId: (await uploadFile(pending.file)).fileId };
      const res = await api.call('backups.restore', input);
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={16} />,
        title: t('backups.restored'),
        message: res.safetyBackup ? t('backups.restoredText', { name: formatDateTime(res.safetyBackup.createdAt, locale, { seconds: true }) }) : '',
      });
      close();
      onDone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const label = pending ? (pending.kind === 'backup' ? formatDateTime(pending.backup.createdAt, locale, { seconds: true }) : pending.file.name) : '';

  return (
    <Modal opened={opened} onClose={close} title={t('backups.restoreTitle')} size="lg">
      {pending ? (
        <Stack>
          <Text fw={600}>{t('backups.confirmRestore', { name: label })}</Text>
          <Text size="sm">{t('backups.restoreBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)} disabled={busy} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void run()} loading={busy}>
              {t('backups.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">{t('backups.restoreBody')}</Text>
          <BackupTable backups={backups} onRestore={(backup) => setPending({ kind: 'backup', backup })} />
          <Group justify="space-between" align="center">
            <Text size="xs" c="dimmed">
              {t('backups.restoreFileHint')}
            </Text>
            <FileButton onChange={(file) => file && setPending({ kind: 'file', file })} accept=".db,.sqlite,application/octet-stream,application/vnd.sqlite3">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} />}>
                  {t('backups.restoreFromFile')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

type RetentionInput = { daily: number | null; weekly: number | null };

function RetentionForm({ overview, onSaved }: { overview: BackupsOverview; onSaved(): void }) {
  const { t } = useTranslation();
  // backups.setRetention's schema (1 to 60 each), an emptied field asked for in the form's words
  const schema = formRules<RetentionInput>(contract['backups.setRetention'].input, (input, add) => {
    if (input.daily === null) add('daily', t('errors.validation.required'));
    if (input.weekly === null) add('weekly', t('errors.validation.required'));
  });
  const { form, busy, submit, number } = useContractForm({
    initialValues: { daily: overview.retention.daily as number | null, weekly: overview.retention.weekly as number | null },
    schema,
    toInput: (v): RetentionInput => ({ daily: v.daily, weekly: v.weekly }),
    fields: ['daily', 'weekly'],
    save: async (input) => {
      await api.call('backups.setRetention', { daily: input.daily ?? 0, weekly: input.weekly ?? 0 });
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t('backups.retentionSaved'), message: '' });
      onSaved();
      return true;
    },
  });
  return (
    <form onSubmit={submit()} noValidate aria-label={t('backups.retention')}>
      <Stack gap="sm" align="flex-start">
        <Group align="flex-start" gap="sm">
          <NumberField label={t('backups.retentionDaily')} {...number('daily')} w={130} />
          <NumberField label={t('backups.retentionWeekly')} {...number('weekly')} w={130} />
        </Group>
        <Button type="submit" variant="default" loading={busy} disabled={!form.isDirty()} leftSection={<IconDeviceFloppy size={16} />}>
          {t('backups.retentionSave')}
        </Button>
      </Stack>
    </form>
  );
}

/** Settings → Backups: back up now, restore (a listed backup or a file), show the backups, retention. */
export function BackupsCard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const { overview, load } = useBackups();
  const [showList, setShowList] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [busy, setBusy] = useState(false);
  const desktop = api.transportKind === 'ipc';

  const backUpNow = async () => {
    setBusy(true);
    try {
      const b = await api.call('backups.create', {});
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t('backups.taken'), message: formatDateTime(b.createdAt, locale, { seconds: true }) });
      await load();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const openFolder = async () => {
    try {
      await api.call('backups.openFolder', {});
    } catch (err) {
      notifyError(err);
    }
  };
  const newest = overview?.backups[0];

  return (
    <Card aria-labelledby="settings-backups">
      <CardHeading id="settings-backups" title={t('backups.title')} hint={t('backups.description')} mb="sm" />
      <Text size="sm" mb="md" data-testid="newest-backup">
        {newest ? t('backups.newest', { when: formatDateTime(newest.createdAt, locale) }) : t('backups.none')}
      </Text>
      <Group gap="sm" mb="md">
        <Button leftSection={<IconArchive size={16} />} onClick={() => void backUpNow()} loading={busy}>
          {t('backups.backUpNow')}
        </Button>
        <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setRestoring(true)} disabled={!overview}>
          {t('backups.restore')}
        </Button>
        <Button variant="subtle" onClick={() => setShowList((v) => !v)} aria-expanded={showList}>
          {showList ? t('backups.hide') : t('backups.show')}
        </Button>
      </Group>
      {showList && overview ? (
        <Stack gap="sm" mb="md">
          <BackupTable backups={overview.backups} />
          {desktop ? (
            <Group>
              <Button variant="default" size="xs" leftSection={<IconFolderOpen size={14} />} onClick={() => void openFolder()}>
                {t('backups.openFolder')}
              </Button>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {overview.folder}
            </Text>
          )}
        </Stack>
      ) : null}
      {overview ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('backups.retention')}
          </Text>
          <RetentionForm key={`${overview.retention.daily}-${overview.retention.weekly}`} overview={overview} onSaved={() => void load()} />
        </Stack>
      ) : null}
      <RestoreModal opened={restoring} onClose={() => setRestoring(false)} backups={overview?.backups ?? []} onDone={() => void load()} />
    </Card>
  );
}

/** The data-safety cards of Settings, in their own section (backups, integrity check, moving the workspace). */
export function BackupsSection() {
  return (
    <Stack gap="md">
      <BackupsCard />
      <IntegrityCard />
      <TransferCard />
    </Stack>
  );
}
