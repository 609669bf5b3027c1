import { Badge, Button, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { IconRestore, IconTrash, IconTrashX } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { onDataChanged } from '../../lib/sync';
import { useFormat } from '../../lib/useFormat';
import { offerUndo } from '../../lib/undo';
import { notifications } from '@mantine/notifications';

/** The trash (Papierkorb): deleted people, cards and campaigns; restore one, or empty it for good. */
export function TrashPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [items, setItems] = useState<TrashItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems(await api.call('trash.list', {}));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
    return onDataChanged(['influencers', 'collaborations', 'campaigns'], () => void load());
  }, [load]);

  const restore = async (item: TrashItem) => {
    try {
      await api.call('trash.restore', { kind: item.kind, id: item.id });
      void load();
      const { id } = item;
      offerUndo(t('trash.restored', { name: item.name }), async () => {
        try {
          if (item.kind === 'influencer') await api.call('influencers.delete', { id });
          else if (item.kind === 'campaign') await api.call('campaigns.delete', { id });
          else await api.call('collaborations.remove', { id });
          void load();
        } catch (err) {
          notifyError(err);
        }
      }, { color: 'teal' });
    } catch (err) {
      notifyError(err);
    }
  };

  const empty = async () => {
    setBusy(true);
    try {
      const r = await api.call('trash.empty', {});
      setConfirm(false);
      notifications.show({ color: 'teal', title: t('trash.emptied', { count: r.influencers + r.collaborations + r.campaigns }), message: '' });
      void load();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('trash.title')}
        subtitle={t('trash.subtitle')}
        actions={
          items?.length ? (
            <Button color="red" variant="light" leftSection={<IconTrashX size={16} />} onClick={() => setConfirm(true)}>
              {t('trash.empty')}
            </Button>
          ) : null
        }
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void load()} />
      ) : !items ? (
        <LoadingState rows={4} />
      ) : items.length === 0 ? (
        <EmptyBlock icon={<IconTrash size={28} />} title={t('trash.emptyTitle')} description={t('trash.emptyText')} />
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('trash.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trash.columns.what')}</Table.Th>
                <Table.Th>{t('trash.columns.kind')}</Table.Th>
                <Table.Th>{t('trash.columns.deletedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((it) => (
                <Table.Tr key={`${it.kind}-${it.id}`} data-testid="trash-row">
                  <Table.Td>
                    <Text fw={550}>{it.name}</Text>
                    {it.campaignName && (
                      <Text size="xs" c="dimmed">
                        {t('trash.inCampaign', { name: it.campaignName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`trash.kinds.${it.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{fmt.date(it.deletedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button size="xs" variant="light" leftSection={<IconRestore size={14} />} onClick={() => void restore(it)} aria-label={t('trash.restoreNamed', { name: it.name })}>
                        {t('trash.restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t('trash.emptyConfirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('trash.emptyConfirmText', { count: items?.length ?? 0 })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirm(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void empty()}>
              {t('trash.emptyConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
