import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowsExchange,
  IconCircleCheck,
  IconCirclePlus,
  IconEqual,
  IconInfoCircle,
  IconQuestionMark,
  IconReceipt,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchDetail, ResultOf } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { onDataChanged } from '../../lib/sync';
import { useFormat } from '../../lib/useFormat';
import { useSettings } from '../../lib/settings';
import { BackLink } from '../../components/BackLink';
import { BatchStatus, delimiterLabel, formatBytes, formatLabel, LeakList, RejectsTable, Stat } from './parts';
import { formatDateTime } from '../../lib/format';
import { AccountingView } from './AccountingView';
import { useCollabDirectory } from './store';
import './imports.css';

/**
 * Counts shown as tiles, in this order (other keys the core stores are listed below them). New / changed /
 * unchanged count orders (an order with two codes is one order); batches stored before the per-order counts
 * existed show their per-code counts.
 */
const PER_ORDER: Record<string, string> = { inserted: 'ordersNew', updated: 'ordersChanged', unchanged: 'ordersUnchanged' };
const COUNT_TILES = [
  { key: 'orders', icon: IconReceipt, color: 'brand' },
  { key: 'inserted', icon: IconCirclePlus, color: 'teal' },
  { key: 'updated', icon: IconArrowsExchange, color: 'blue' },
  { key: 'unchanged', icon: IconEqual, color: 'gray' },
  { key: 'unknownCodes', icon: IconQuestionMark, color: 'yellow' },
  { key: 'rejected', icon: IconAlertTriangle, color: 'red' },
] as const;

export function BatchPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const currency = useSettings()?.currency ?? 'EUR';
  const collabs = useCollabDirectory().items;
  const [batch, setBatch] = useState<ImportBatchDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [undone, setUndone] = useState<ResultOf<'imports.undo'> | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setBatch(await api.call('imports.get', { id }));
    } catch (err) {
      setError(err);
    }
  }, [id]);

  useEffect(() => {
    setBatch(null);
    setUndone(null);
    void load();
    return onDataChanged(['imports', 'redemptions', 'influencers'], () => void load());
  }, [load]);

  const undo = async () => {
    setUndoing(true);
    try {
      const res = await api.call('imports.undo', { id });
      setUndone(res);
      setConfirm(false);
      void load();
    } catch (err) {
      notifyError(err);
    } finally {
      setUndoing(false);
    }
  };

  const back = <BackLink href="/imports">{t('imports.back')}</BackLink>;
  if (error && !batch)
    return (
      <>
        <PageHeader above={back} title={t('imports.batch.title')} />
        <ErrorState error={error} onRetry={() => void load()} />
      </>
    );
  if (!batch)
    return (
      <>
        <PageHeader above={back} title={t('imports.batch.title')} />
        <LoadingState rows={5} />
      </>
    );

  const isUndone = batch.status === 'undone' || !!batch.undoneAt;
  const canUndo = (batch.kind === 'redemptions' || batch.kind === 'influencers') && !isUndone && batch.status === 'done';
  const people = batch.kind === 'influencers';
  const c = batch.counts;
  const tileValue = (key: string): number | undefined => (PER_ORDER[key] && c[PER_ORDER[key]] != null ? c[PER_ORDER[key]] : c[key]);
  const shownPerOrder = new Set(Object.values(PER_ORDER).filter((k) => c[k] != null));
  const extra = Object.entries(c).filter(([k]) => !COUNT_TILES.some((x) => x.key === k) && !shownPerOrder.has(k) && k !== 'revenueMinor' && k !== 'rows');

  return (
    <>
      <PageHeader
        above={back}
        title={batch.fileName}
        subtitle={[batch.shop, formatLabel(batch.format, t), formatDateTime(batch.startedAt, i18n.language)].filter(Boolean).join(' · ')}
        actions={
          <>
            <BatchStatus status={isUndone ? 'undone' : batch.status} />
            {canUndo && (
              <Button color="red" variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={() => setConfirm(true)}>
                {t('imports.batch.undo')}
              </Button>
            )}
          </>
        }
      />

      <Stack gap="xl">
        {undone && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('imports.batch.undoneTitle')} role="status" data-testid="undo-result">
            {people
              ? t('influencerImport.undoneText', { removed: fmt.number(undone.removed), restored: fmt.number(undone.restored) })
              : t('imports.batch.undoneText', { removed: fmt.number(undone.removed), restored: fmt.number(undone.restored), count: undone.removed })}
          </Alert>
        )}
        {isUndone && !undone && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
            {t('imports.batch.wasUndone', { date: formatDateTime(batch.undoneAt, i18n.language) })}
          </Alert>
        )}

        <SimpleGrid cols={{ base: 2, sm: 3 }} role="list" aria-label={t('imports.batch.counts')}>
          {COUNT_TILES.map(({ key, icon: Icon, color }) => (
            <div role="listitem" key={key} data-testid={`count-${key}`}>
              <Stat
                label={t(`imports.counts.${key}`)}
                value={tileValue(key) == null ? '–' : fmt.number(tileValue(key))}
                color={key === 'rejected' && !c[key] ? 'gray' : color}
                icon={<Icon size={20} />}
                hint={key === 'orders' && c.revenueMinor != null ? fmt.money(c.revenueMinor, currency) : undefined}
              />
            </div>
          ))}
        </SimpleGrid>

        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" fw={600} mb="sm">
            {t('imports.batch.fileTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" verticalSpacing="sm">
            <Fact label={t('imports.batch.kind')} value={t(`imports.kinds.${batch.kind}`, { defaultValue: batch.kind })} />
            <Fact label={t('imports.batch.shop')} value={batch.shop ?? '–'} />
            <Fact label={t('imports.batch.format')} value={formatLabel(batch.format, t)} />
            <Fact label={t('imports.batch.encodingDelimiter')} value={`${batch.encoding.toUpperCase()} · ${delimiterLabel(batch.delimiter, t)}`} />
            <Fact label={t('imports.batch.size')} value={formatBytes(batch.fileSize, fmt)} />
            <Fact label={t('imports.batch.started')} value={formatDateTime(batch.startedAt, i18n.language)} />
            <Fact label={t('imports.batch.finished')} value={formatDateTime(batch.finishedAt, i18n.language)} />
            <Fact label={t('imports.batch.hash')} value={batch.fileHash.slice(0, 12)} mono title={batch.fileHash} />
            {extra.map(([k, v]) => (
              <Fact key={k} label={t(`imports.counts.${k}`, { defaultValue: k })} value={fmt.number(v)} />
            ))}
          </SimpleGrid>
        </Paper>

        {batch.kind === 'redemptions' && <LeakList leaks={batch.leaks} collabs={collabs} headingId="batch-leaks" />}
        {batch.accounting && <AccountingView accounting={batch.accounting} headingId="batch-accounting" />}
        <RejectsTable rejects={batch.rejects} total={Math.max(batch.rejects.length, c.rejected ?? 0)} headingId="batch-rejects" />
      </Stack>

      <Modal opened={confirm} onClose={() => !undoing && setConfirm(false)} title={t('imports.batch.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{people ? t('influencerImport.confirmText', { file: batch.fileName }) : t('imports.batch.confirmText', { file: batch.fileName })}</Text>
          {people && (
            <Text size="sm" c="dimmed">
              {t('influencerImport.confirmCounts', { created: fmt.number(c.created ?? 0), merged: fmt.number(c.merged ?? 0) })}
            </Text>
          )}
          {(c.inserted != null || c.updated != null) && (
            <Text size="sm" c="dimmed">
              {t('imports.batch.confirmCounts', { inserted: fmt.number(c.inserted ?? 0), updated: fmt.number(c.updated ?? 0) })}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirm(false)} disabled={undoing} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => void undo()} loading={undoing}>
              {t('imports.batch.confirmUndo')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Fact({ label, value, mono, title }: { label: string; value: string; mono?: boolean; title?: string }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" fw={500} ff={mono ? 'monospace' : undefined} truncate title={title ?? value}>
        {value}
      </Text>
    </Stack>
  );
}
