import type { CollaborationDetail } from '../../../../../shared/contract';
import { ActionIcon, Button, EmptyState, Group, Modal, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, readFileAsBase64 } from '../../../lib/files';
import { removeAfterConfirm } from './remove';
import { notifyError } from '../../../api/errors';
import { FormFooter } from '../../../components/FormFooter';

/** What every tab of the card drawer gets: the card and a callback after it changed something. */
export type TabProps = { detail: CollaborationDetail; onChanged(): void };

/** A confirm dialog driven by a promise: `const ok = await ask({...})`. */
export function useConfirm(): [ReactNode, (o: { title: string; message: ReactNode; confirm: string }) => Promise<boolean>] {
  const { t } = useTranslation();
  const [opts, setOpts] = useState<{ title: string; message: ReactNode; confirm: string } | null>(null);
  const resolver = useRef<((v: boolean) => void) | null>(null);
  const ask = useCallback((o: { title: string; message: ReactNode; confirm: string }) => {
    setOpts(o);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const close = (v: boolean) => {
    resolver.current?.(v);
    resolver.current = null;
    setOpts(null);
  };
  const node = (
    <Modal opened={!!opts} onClose={() => close(false)} title={opts?.title} size="sm" zIndex={400}>
      <Stack gap="md">
        <Text size="sm">{opts?.message}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => close(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => close(true)} data-autofocus>
            {opts?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return [node, ask];
}

/**
 * The entry of a tab's list that is open in its form (none, a new one or an existing one): the form's props
 * (closing it, and reloading the card after a save) and a delete that asks first and closes the form on the removed entry.
 */
export function useDraft<D extends { id?: number }>(onChanged: () => void) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D | null>(null);
  const [confirmNode, ask] = useConfirm();
  const form = draft && {
    initial: draft,
    onCancel: () => setDraft(null),
    onSaved: () => {
      setDraft(null);
      onChanged();
    },
  };
  const remove = (id: number, o: { title: string; message: ReactNode; done: string; remove(): Promise<unknown> }) =>
    removeAfterConfirm(ask, {
      ...o,
      confirm: t('common.delete'),
      remove: async () => {
        await o.remove();
        setDraft((d) => (d?.id === id ? null : d));
      },
      onChanged,
    });
  return { draft, setDraft, form, remove, confirmNode };
}

/** A hidden file input's upload: busy while it runs, an error shown, the input cleared after (the same file can be picked again). */
export function useUpload(upload: (files: File[]) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const run = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    try {
      await upload(files);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return { busy, input, run };
}

/** Saves base64 data (a QR code, an attachment) as a file. */
export function saveBase64(dataBase64: string, fileName: string, mime: string): void {
  downloadFile({ dataBase64, fileName, mime });
}

export { downloadFile as saveFile, readFileAsBase64 as readAsBase64 };

export function formatBytes(n: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: i ? 1 : 0 }).format(v)} ${units[i]}`;
}

export function SectionTitle({ children, right }: { children: ReactNode; right?: ReactNode }) {
  return (
    <Group justify="space-between" mb={6} mt={4}>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {children}
      </Text>
      {right}
    </Group>
  );
}

/** A titled list: a dimmed note when it is empty, else its rows. */
export function ListBlock({ title, empty, none, children }: { title: ReactNode; empty: boolean; none: string; children: ReactNode }) {
  return (
    <div>
      <SectionTitle>{title}</SectionTitle>
      {empty ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        <Stack gap={6}>{children}</Stack>
      )}
    </div>
  );
}

/** A bordered panel that creates an entry: its fields, then the add button at the right. */
export function AddPanel({ title, addLabel, onAdd, disabled, loading, children }: { title: string; addLabel: string; onAdd(): void; disabled: boolean; loading: boolean; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <SectionTitle>{title}</SectionTitle>
      <Stack gap="xs">
        {children}
        <Group justify="flex-end">
          <Button onClick={onAdd} disabled={disabled} loading={loading}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The edit (with tooltip) and remove icon buttons at the end of a list row. */
export function RowActions({ editTip, editLabel, removeLabel, editing, onEdit, onRemove }: { editTip: string; editLabel: string; removeLabel: string; editing: boolean; onEdit(): void; onRemove(): void }) {
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={editTip} withArrow>
        <ActionIcon variant={editing ? 'light' : 'subtle'} color="gray" onClick={onEdit} aria-label={editLabel}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={removeLabel}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

/** The list of a tab with an add/edit draft: an empty state with an add button, or a titled list with a small add button while no draft is open. */
export function DraftList({
  count,
  loaded,
  drafting,
  onAdd,
  addLabel,
  title,
  empty,
  children,
}: {
  count: number;
  loaded: boolean;
  drafting: boolean;
  onAdd(): void;
  addLabel: string;
  title: string;
  empty: { icon: ReactNode; title: string; description: string; testId: string };
  children: ReactNode;
}) {
  if (count === 0)
    return loaded && !drafting ? (
      <EmptyState size="sm" variant="light" icon={empty.icon} title={empty.title} description={empty.description} py="lg" data-testid={empty.testId}>
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
            {addLabel}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : null;
  return (
    <div>
      <SectionTitle
        right={
          !drafting && (
            <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={onAdd}>
              {addLabel}
            </Button>
          )
        }
      >
        {title}
      </SectionTitle>
      {children}
    </div>
  );
}

/** The add/edit form of a draft: a bordered form with its title, the fields, then cancel and save. */
export function DraftForm({
  title,
  testId,
  onSave,
  onCancel,
  busy,
  saveLabel,
  children,
}: {
  title: string;
  testId: string;
  onSave(): void;
  onCancel(): void;
  busy: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={(e) => (e.preventDefault(), onSave())} aria-label={title} data-testid={testId}>
      <SectionTitle>{title}</SectionTitle>
      <Stack gap="sm">
        {children}
        <FormFooter gap="sm" onCancel={onCancel} busy={busy} submitLabel={saveLabel} />
      </Stack>
    </Paper>
  );
}
