import { Badge, Box, Button, Card, Group, Loader, Progress, SegmentedControl, Stack, type SegmentedControlProps, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconDownload, IconFileExport, IconFileZip, IconFolderOpen, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PaperSize, SectionKey } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { api, ApiError } from '../../api/client';
import { errorMessage, notifyError } from '../../api/errors';
import { onAppEvent } from '../../lib/sync';
import { downloadFile } from '../../lib/files';
import { printHref, type PrintKind } from '../../lib/printRoute';
import { Markdown } from '../../components/Markdown';
import type { SaveStatus } from './autosave';

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const icon =
    status === 'saving' ? <Loader size={12} type="oval" /> : status === 'error' ? <IconAlertTriangle size={14} color="var(--mantine-color-red-6)" /> : <IconCheck size={14} color="var(--mantine-color-teal-6)" />;
  return (
    <Group gap={6} wrap="nowrap" aria-live="polite" data-testid="save-status" data-status={status}>
      {icon}
      <Text size="xs" c={status === 'error' ? 'red' : 'dimmed'}>
        {t(`briefings.status.${status}`)}
      </Text>
    </Group>
  );
}

/** A small segmented choice with its label above it. */
function LabeledSwitch({ id, label, ...control }: { id: string; label: string } & Pick<SegmentedControlProps, 'value' | 'onChange' | 'data'>) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl size="xs" aria-labelledby={id} {...control} />
    </Stack>
  );
}

export function LanguageSwitch({ value, onChange, extra }: { value: string; onChange(v: string): void; extra?: { value: string; label: string } }) {
  const { t } = useTranslation();
  return (
    <LabeledSwitch
      id="doc-language-label"
      label={t('briefings.docLanguage')}
      value={value}
      onChange={onChange}
      data={[...(extra ? [extra] : []), { value: 'de', label: 'Deutsch' }, { value: 'en', label: 'English' }]}
    />
  );
}

export function PaperSwitch({ value, onChange }: { value: PaperSize; onChange(v: PaperSize): void }) {
  const { t } = useTranslation();
  return (
    <LabeledSwitch
      id="doc-paper-label"
      label={t('briefings.paper')}
      value={value}
      onChange={(v) => onChange(v === 'letter' ? 'letter' : 'a4')}
      data={[
        { value: 'a4', label: 'A4' },
        { value: 'letter', label: 'Letter' },
      ]}
    />
  );
}

/** The rendered Markdown of a text, or a dimmed line when it is empty. */
export function MarkdownPreview({ text, empty }: { text: string; empty: string }) {
  return text.trim() ? (
    <Box className="briefing-preview">
      <Markdown text={text} />
    </Box>
  ) : (
    <Text size="sm" c="dimmed" fs="italic">
      {empty}
    </Text>
  );
}

/** One section: title, hint, Markdown text area with a preview toggle. */
export function SectionEditor({
  sectionKey,
  value,
  onChange,
  badge,
  actions,
  autoFocus,
}: {
  sectionKey: SectionKey;
  value: string;
  onChange(text: string): void;
  badge?: ReactNode;
  actions?: ReactNode;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const id = `section-${sectionKey}`;
  return (
    <Card padding="md" data-section={sectionKey}>
      <Group justify="space-between" align="flex-start" mb={6} wrap="nowrap">
        <Box>
          <Group gap="xs">
            <Title order={3} fz="sm" fw={650} id={`${id}-title`}>
              {t(`print.sections.${sectionKey}`)}
            </Title>
            {badge}
          </Group>
          <Text size="xs" c="dimmed">
            {t(`briefings.hints.${sectionKey}`)}
          </Text>
        </Box>
        <Group gap="xs" wrap="nowrap">
          {actions}
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as 'write' | 'preview')}
            data={[
              { value: 'write', label: t('briefings.write') },
              { value: 'preview', label: t('briefings.preview') },
            ]}
          />
        </Group>
      </Group>
      {mode === 'write' ? (
        <Textarea
          id={id}
          aria-labelledby={`${id}-title`}
          autosize
          minRows={3}
          maxRows={24}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autoFocus={autoFocus}
          styles={{ input: { fontSize: 14, lineHeight: 1.55 } }}
        />
      ) : (
        <MarkdownPreview text={value} empty={t('briefings.emptySection')} />
      )}
    </Card>
  );
}

type Target = { kind: 'campaign'; campaignId: number } | { kind: 'collaboration'; collaborationId: number; campaignId: number };

function printKind(target: Target): PrintKind {
  return target.kind === 'campaign' ? 'campaign-briefing' : 'briefing';
}

/** Print, Download PDF and (for campaigns) Export all PDFs with a progress bar. */
export function DocumentActions({ target, language, paper, beforeOutput }: { target: Target; language: Locale; paper: PaperSize; beforeOutput(): Promise<void> }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState<'pdf' | 'batch' | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const jobRef = useRef<string | null>(null);

  useEffect(
    () =>
      onAppEvent((e) => {
        if (e.type === 'job.progress' && e.jobId === jobRef.current) setProgress({ done: e.done, total: e.total });
      }),
    [],
  );

  const id = target.kind === 'campaign' ? target.campaignId : target.collaborationId;
  const href = printHref(printKind(target), id, { lang: language, paper });

  const print = async () => {
    await beforeOutput().catch(() => undefined);
    if (api.transportKind === 'ipc') navigate(href.slice(1));
    else window.open(href, '_blank');
  };

  const pdf = async () => {
    setBusy('pdf');
    try {
      await beforeOutput();
      const input = target.kind === 'campaign' ? { campaignId: target.campaignId } : { collaborationId: target.collaborationId };
      downloadFile(await api.call('briefings.pdf', { ...input, paper, language }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'UNSUPPORTED') {
        notifications.show({ color: 'yellow', title: t('briefings.actions.pdfFailed'), message: errorMessage(err), autoClose: 10_000 });
        window.open(href, '_blank');
      } else notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const exportAll = async () => {
    const jobId = `pdf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    jobRef.current = jobId;
    setBusy('batch');
    setProgress({ done: 0, total: 0 });
    try {
      await beforeOutput();
      const res = await api.call('briefings.pdfBatch', { campaignId: target.campaignId, paper, jobId, chooseFolder: api.transportKind === 'ipc' });
      if (res.folder) {
        // Desktop: open the folder; browser mode (the folder is on the host): download the PDFs as one zip.
        const desktop = api.transportKind === 'ipc';
        const act = async () => {
          try {
            if (desktop) await api.call('briefings.batchOpenFolder', { jobId: res.jobId });
            else downloadFile(await api.call('briefings.batchZip', { jobId: res.jobId }));
          } catch (err) {
            notifyError(err);
          }
        };
        notifications.show({
          color: 'teal',
          title: t('briefings.actions.exported', { count: res.files.length }),
          autoClose: false,
          withCloseButton: true,
          message: (
            <Stack gap={6} mt={4}>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {t('briefings.actions.exportedIn', { folder: res.folder })}
              </Text>
              <Button size="compact-sm" variant="light" w="fit-content" leftSection={desktop ? <IconFolderOpen size={14} /> : <IconFileZip size={14} />} onClick={() => void act()}>
                {desktop ? t('briefings.actions.openFolder') : t('briefings.actions.downloadZip')}
              </Button>
            </Stack>
          ),
        });
      }
    } catch (err) {
      notifyError(err);
    } finally {
      jobRef.current = null;
      setBusy(null);
      setProgress(null);
    }
  };

  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void print()}>
          {t('briefings.actions.print')}
        </Button>
        <Button leftSection={<IconDownload size={16} />} loading={busy === 'pdf'} disabled={busy === 'batch'} onClick={() => void pdf()}>
          {t('briefings.actions.pdf')}
        </Button>
        {target.kind === 'campaign' && (
          <Button variant="light" leftSection={<IconFileExport size={16} />} loading={busy === 'batch'} disabled={busy === 'pdf'} onClick={() => void exportAll()}>
            {t('briefings.actions.exportAll')}
          </Button>
        )}
      </Group>
      {busy === 'batch' && progress && (
        <Box w={340} data-testid="export-progress">
          <Group justify="space-between" mb={4}>
            <Text size="xs">{t('briefings.actions.exporting')}</Text>
            {progress.total > 0 && (
              <Text size="xs" c="dimmed">
                {t('briefings.actions.exportProgress', { done: progress.done, total: progress.total })}
              </Text>
            )}
          </Group>
          <Progress
            value={progress.total ? Math.round((progress.done / progress.total) * 100) : 100}
            striped={!progress.total}
            animated={!progress.total}
            size="sm"
            radius="xl"
            aria-label={t('briefings.actions.exporting')}
          />
        </Box>
      )}
    </Stack>
  );
}

export function ChangedBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('briefings.override.changed')}>
      <Badge size="xs" color="orange" variant="light" tt="none">
        {t('briefings.override.changed')}
      </Badge>
    </Tooltip>
  );
}
