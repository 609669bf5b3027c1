import { Alert, Button, Card, FileButton, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { IconCheck, IconDownload, IconShieldCheck, IconUpload } from '@tabler/icons-react';

import { useState } from 'react';

import { useTranslation } from 'react-i18next';

import type { IntegrityReport } from '../../../../shared/contract';

import { api } from '../../api/client';

import { notifyError } from '../../api/errors';

import { downloadInChunks } from '../../lib/chunked';
import { formatDateTime } from '../../lib/format';

import { uploadFile } from '../../lib/upload';

import { CardHeading } from '../../components/CardHeading';


/** Settings → Check the workspace: the full integrity_check on demand. */
export function IntegrityCard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setReport(await api.call('workspace.check', {}));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card aria-labelledby="settings-integrity">
      <CardHeading id="settings-integrity" title={t('integrity.title')} hint={t('integrity.description')} mb="md" />
      <Stack gap="sm" align="flex-start">
        <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={() => void run()} loading={busy}>
          {t('integrity.run')}
        </Button>
        {report ? (
          <Alert color={report.ok ? 'teal' : 'red'} variant="light" role="status" w="100%">
            {report.ok ? (
              t('integrity.ok', { when: formatDateTime(report.checkedAt, locale) })
            ) : (
              <Stack gap={4}>
                <Text size="sm">{t('integrity.problems')}</Text>
                {report.foreignKeyProblems ? <Text size="sm">{t('integrity.foreignKeys', { count: report.foreignKeyProblems })}</Text> : null}
                <List size="xs">
                  {report.problems.slice(0, 5).map((p) => (
                    <List.Item key={p}>{p}</List.Item>
                  ))}
                </List>
              </Stack>
            )}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Settings → Move the workspace: export it as one zip, import one (after a confirmation; backed up first). */
export function TransferCard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const [exporting, setExporting] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [importing, setImporting] = useState(false);

  const exportNow = async () => {
    setExporting(true);
    try {
      const out = await api.call('workspace.export', {});
      await downloadInChunks(out.fileName, 'application/zip', (offset) => api.call('workspace.exportChunk', { fileName: out.fileName, offset }));
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t('transfer.exported'), message: out.fileName });
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };
  const importNow = async () => {
    if (!file) return;
    setImporting(true);
    try {
      const res = await api.call('workspace.import', { fileId: (await uploadFile(file)).fileId });
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={16} />,
        title: t('transfer.imported'),
        message: t('transfer.importedText', { version: res.manifest.appVersion, when: formatDateTime(res.manifest.createdAt, locale) }),
      });
      setFile(null);
    } catch (err) {
      notifyError(err);
    } finally {
      setImporting(false);
    }
  };

  return (
    <Card aria-labelledby="settings-transfer">
      <CardHeading id="settings-transfer" title={t('transfer.title')} hint={t('transfer.description')} mb="md" />
      <Group gap="sm">
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportNow()} loading={exporting}>
          {t('transfer.export')}
        </Button>
        <FileButton onChange={setFile} accept=".zip,application/zip">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={16} />}>
              {t('transfer.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Modal opened={file !== null} onClose={() => !importing && setFile(null)} title={t('transfer.importTitle')}>
        <Stack>
          <Text fw={600}>{file?.name}</Text>
          <Text size="sm">{t('transfer.importBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setFile(null)} disabled={importing} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void importNow()} loading={importing}>
              {t('transfer.import').replace(/\s*…$/, '')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
