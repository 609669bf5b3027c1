import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconExternalLink, IconFile, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import { formatBytes, ListBlock, readAsBase64, saveFile, SectionTitle, useConfirm, useUpload, type TabProps } from './shared';
import { removeAfterConfirm } from './remove';

/** Contracts and invoices: upload, open with the system viewer (or download in the browser), remove. */
export function FilesTab({ detail, onChanged }: TabProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [kind, setKind] = useState<'contract' | 'invoice' | 'other'>('contract');
  const [confirmNode, ask] = useConfirm();
  const { busy, input, run: upload } = useUpload(async (files) => {
    for (const f of files) {
      const dataBase64 = await readAsBase64(f);
      await api.call('attachments.add', { collaborationId: detail.id, kind, fileName: f.name, dataBase64 });
    }
    showDone(t('cardFiles.added', { count: files.length }));
    onChanged();
  });
  const open = async (id: number) => {
    try {
      await api.call('attachments.open', { id });
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'UNSUPPORTED' || err.code === 'UNKNOWN_METHOD')) {
        try {
          saveFile(await api.call('attachments.download', { id }));
        } catch (e2) {
          notifyError(e2);
        }
      } else notifyError(err);
    }
  };
  const remove = (id: number, name: string) =>
    removeAfterConfirm(ask, {
      title: t('cardFiles.removeTitle'),
      message: t('cardFiles.removeText', { name }),
      confirm: t('common.delete'),
      remove: () => api.call('attachments.remove', { id }),
      done: t('cardFiles.removed', { name }),
      onChanged,
    });

  return (
    <Stack gap="md">
      {confirmNode}
      <Paper withBorder radius="md" p="sm">
        <SectionTitle>{t('cardFiles.upload')}</SectionTitle>
        <Group gap="xs" align="flex-end">
          <SegmentedControl value={kind} onChange={(x) => setKind(x as typeof kind)} data={(['contract', 'invoice', 'other'] as const).map((k) => ({ value: k, label: t(`cardFiles.kinds.${k}`) }))} aria-label={t('cardFiles.kind')} />
          <Button leftSection={<IconUpload size={16} />} loading={busy} onClick={() => input.current?.click()}>
            {t('cardFiles.choose')}
          </Button>
          <input ref={input} type="file" hidden multiple data-testid="attachment-input" aria-label={t('cardFiles.choose')} onChange={(e) => void upload(Array.from(e.currentTarget.files ?? []))} />
        </Group>
      </Paper>
      <ListBlock title={t('cardFiles.list', { count: detail.attachments.length })} empty={detail.attachments.length === 0} none={t('cardFiles.none')}>
        {detail.attachments.map((a) => (
          <Paper key={a.id} withBorder radius="sm" p="xs">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconFile size={18} aria-hidden="true" color="var(--mantine-color-gray-6)" />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {a.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`cardFiles.kinds.${a.kind}`, { defaultValue: a.kind })} · {formatBytes(a.sizeBytes, i18n.language)} · {fmt.date(a.createdAt)}
                  </Text>
                </Stack>
              </Group>
              <Group gap={2} wrap="nowrap">
                <Tooltip label={t('cardFiles.open')} withArrow>
                  <ActionIcon variant="subtle" color="gray" onClick={() => open(a.id)} aria-label={t('cardFiles.openNamed', { name: a.fileName })}>
                    <IconExternalLink size={16} />
                  </ActionIcon>
                </Tooltip>
                <ActionIcon variant="subtle" color="red" onClick={() => remove(a.id, a.fileName)} aria-label={t('cardFiles.removeNamed', { name: a.fileName })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        ))}
      </ListBlock>
    </Stack>
  );
}
