import { ActionIcon, Group, Image, Modal, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoPlus, IconX } from '@tabler/icons-react';
import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostDto, PostMediaDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { showUndo } from '../../../lib/notify';
import { makeThumbnail, screenshotProblem } from '../../../lib/thumbnail';
import { readAsBase64, useUpload } from './shared';

/** Image files among dropped or pasted items. */
function imagesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = Array.from(data.files ?? []);
  if (files.length) return files;
  return Array.from(data.items ?? [])
    .filter((i) => i.kind === 'file')
    .map((i) => i.getAsFile())
    .filter((f): f is File => !!f);
}

/**
 * Story evidence of one post: its screenshots as thumbnails, and a drop zone that takes a screenshot by drag and
 * drop, by pasting (Ctrl+V / Cmd+V while it has the focus) or from the file picker. A thumbnail is made once, here,
 * with a canvas; removing one offers Undo (and Ctrl+Z).
 */
export function PostEvidence({ post, onChanged }: { post: PostDto; onChanged(): void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [open, setOpen] = useState<{ media: PostMediaDto; src: string } | null>(null);

  const { busy, input, run: add } = useUpload(async (files) => {
    let added = 0;
    for (const f of files) {
      const problem = screenshotProblem(f);
      if (problem) {
        notifications.show({ color: 'red', title: t('evidence.notAdded', { name: f.name || t('evidence.pasted') }), message: t(`errors.domain.${problem.key}`, problem.params) });
        continue;
      }
      const thumb = await makeThumbnail(f);
      await api.call('posts.addMedia', {
        postId: post.id,
        fileName: f.name || `${t('evidence.pastedName')}.${f.type.split('/')[1] ?? 'png'}`,
        dataBase64: await readAsBase64(f),
        ...(thumb ? { thumbBase64: thumb.thumbBase64, width: thumb.width, height: thumb.height } : {}),
      });
      added++;
    }
    if (added) notifications.show({ color: 'teal', title: t('evidence.added', { count: added }), message: '', autoClose: 3000 });
    onChanged();
  });

  const remove = async (m: PostMediaDto) => {
    try {
      await api.call('posts.removeMedia', { id: m.id });
      onChanged();
      showUndo(t('evidence.removed', { name: m.fileName }), async () => {
        try {
          await api.call('posts.restoreMedia', { id: m.id });
          onChanged();
        } catch (err) {
          notifyError(err);
        }
      });
    } catch (err) {
      notifyError(err);
    }
  };

  const show = async (m: PostMediaDto) => {
    try {
      const f = await api.call('posts.mediaFile', { id: m.id });
      setOpen({ media: m, src: `data:${f.mime};base64,${f.dataBase64}` });
    } catch (err) {
      notifyError(err);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void add(imagesOf(e.dataTransfer));
  };
  const onPaste = (e: ClipboardEvent) => {
    const files = imagesOf(e.clipboardData);
    if (!files.length) return;
    e.preventDefault();
    void add(files);
  };

  return (
    <div className="post-evidence" data-testid="post-evidence">
      <Group gap={6} wrap="wrap" align="stretch">
        {post.media.map((m) => (
          <div key={m.id} className="evidence-thumb" data-testid="evidence-thumb">
            <UnstyledButton onClick={() => void show(m)} aria-label={t('evidence.openNamed', { name: m.fileName })} title={m.fileName}>
              <img src={m.thumbDataUrl} alt={t('evidence.alt', { name: m.fileName })} />
            </UnstyledButton>
            <Tooltip label={t('evidence.remove')} withArrow>
              <ActionIcon className="evidence-remove" size="xs" radius="xl" color="dark" variant="filled" onClick={() => void remove(m)} aria-label={t('evidence.removeNamed', { name: m.fileName })}>
                <IconX size={10} />
              </ActionIcon>
            </Tooltip>
          </div>
        ))}
        <UnstyledButton
          className={`evidence-drop${over ? ' is-over' : ''}`}
          data-testid="evidence-drop"
          aria-busy={busy || undefined}
          aria-label={t('evidence.dropLabel')}
          onClick={() => input.current?.click()}
          onPaste={onPaste}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <IconPhotoPlus size={18} aria-hidden="true" />
          <Text size="xs" c="dimmed" lh={1.25}>
            {busy ? t('evidence.adding') : t('evidence.drop')}
          </Text>
        </UnstyledButton>
        <input ref={input} type="file" hidden multiple accept="image/png,image/jpeg,image/webp" data-testid="evidence-input" aria-label={t('evidence.choose')} onChange={(e) => void add(Array.from(e.currentTarget.files ?? []))} />
      </Group>
      <Modal opened={!!open} onClose={() => setOpen(null)} title={open?.media.fileName} size="lg" zIndex={400}>
        {open && <Image src={open.src} alt={t('evidence.alt', { name: open.media.fileName })} fit="contain" mah="75vh" />}
      </Modal>
    </div>
  );
}
