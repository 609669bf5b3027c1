import { Alert, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconCheck, IconCopy, IconFileSpreadsheet, IconRefresh, IconUsers } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { notifications } from '@mantine/notifications';
import { IMPORT_TARGETS, type ImportPreview, type ImportResult, type ImportTarget, type MergeChoice, type MergeField } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { offerUndo } from '../../lib/undo';
import { PageHeader } from '../../components/PageHeader';
import { Stat } from '../../components/Stat';
import { FileDropZone, dropZoneTexts } from '../../components/wizard/FileDropZone';
import { MappingTable, sampleValues } from '../../components/wizard/MappingTable';
import { WizardError, WizardSteps } from '../../components/wizard/WizardSteps';
import { uploadFile } from '../../lib/upload';
import { encodingName } from '../../lib/files';
import { useDiscardOnLeave } from '../../lib/useDiscardOnLeave';
import { useFormat } from '../../lib/useFormat';
import { DuplicatesSection, ProblemsSection } from './ImportReview';
import { BackLink } from '../../components/BackLink';
import './influencers.css';

type Mapping = Record<string, ImportTarget | null>;
const IGNORE = '__ignore__';
const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The influencer import: sheet (chunked upload, shared with the shop import) → column mapping → check → import. */
export function ImportWizard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<{ fileName: string; fileId: string; size: number } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [actions, setActions] = useState<Record<number, 'merge' | 'skip'>>({});
  const [choices, setChoices] = useState<Record<number, Partial<Record<MergeField, MergeChoice>>>>({});
  const [acceptHeld, setAcceptHeld] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<null | 'reading' | 'previewing' | 'importing'>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  // Leaving the wizard before the import deletes the uploaded sheet at once (the import deletes it itself).
  useDiscardOnLeave(step < 3 && busy !== 'importing' ? file?.fileId : null);
  /** The user let go of a sheet (another file chosen, started over): its upload is deleted. */
  const discard = (fileId: string | undefined) => {
    if (fileId) api.send('uploads.discard', { fileId });
  };

  const runPreview = async (f: { fileId: string }, m?: Mapping) => {
    const my = ++seq.current;
    setBusy('previewing');
    setError(null);
    try {
      const p = await api.call('influencers.import.preview', { fileId: f.fileId, ...(m ? { mapping: m } : {}), locale: 'auto' });
      if (my !== seq.current) return null;
      setPreview(p);
      setMapping(p.mapping);
      return p;
    } catch (err) {
      if (my === seq.current) setError(err);
      return null;
    } finally {
      if (my === seq.current) setBusy(null);
    }
  };

  const choose = async (chosen: File) => {
    setBusy('reading');
    setError(null);
    try {
      const { fileId } = await uploadFile(chosen);
      if (step < 3) discard(file?.fileId);
      const f = { fileName: chosen.name, fileId, size: chosen.size };
      setFile(f);
      setActions({});
      setChoices({});
      setAcceptHeld(false);
      setResult(null);
      const p = await runPreview(f);
      if (p) setStep(1);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  const changeMapping = (column: string, value: string | null) => {
    const next = { ...mapping, [column]: !value || value === IGNORE ? null : (value as ImportTarget) };
    setMapping(next);
    if (file) void runPreview(file, next);
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('importing');
    setError(null);
    try {
      const res = await api.call('influencers.import.commit', {
        fileId: file.fileId,
        mapping,
        locale: 'auto',
        duplicates: preview.duplicates.map((d) => ({ row: d.row, action: actions[d.row] ?? 'skip', ...(choices[d.row] ? { fields: choices[d.row] } : {}) })),
        acceptHeld,
      });
      setResult(res);
      setStep(3);
      // the whole import can be undone from the toast, by Ctrl+Z, or later on the Imports page
      offerUndo(t('influencerImport.done'), async () => {
        try {
          const u = await api.call('imports.undo', { id: res.batchId });
          notifications.show({ color: 'teal', title: t('influencerImport.undone'), message: t('influencerImport.undoneText', { removed: u.removed, restored: u.restored }) });
        } catch (err) {
          notifyError(err);
        }
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const restart = () => {
    if (step < 3) discard(file?.fileId);
    setStep(0);
    setFile(null);
    setPreview(null);
    setMapping({});
    setResult(null);
    setError(null);
  };


  const targetOptions = [
    { value: IGNORE, label: t('influencers.import.ignore') },
    ...IMPORT_TARGETS.map((x) => ({ value: x, label: t(`influencers.import.targets.${x}`) })),
  ];
  const mappedTargets = Object.values(mapping).filter(Boolean) as ImportTarget[];
  const doubled = new Set(mappedTargets.filter((x, i) => mappedTargets.indexOf(x) !== i));
  const hasName = mappedTargets.includes('name');

  const busyLabel = busy ? t(`influencers.import.busy.${busy}`) : null;
  const steps = [
    { label: t('influencers.import.steps.file'), description: file?.fileName ?? t('influencers.import.steps.fileHint') },
    { label: t('influencers.import.steps.mapping'), description: t('influencers.import.steps.mappingHint') },
    { label: t('influencers.import.steps.preview'), description: t('influencers.import.steps.previewHint') },
  ];

  return (
    <>
      <PageHeader above={<BackLink href="/influencers">{t('influencers.profile.back')}</BackLink>} title={t('influencers.import.title')} subtitle={t('influencers.import.subtitle')} />
      <Card padding="xl">
        <WizardSteps active={step} steps={steps} canGoBack={(s) => s < 3 && !result} onStep={setStep} />

        {busyLabel && (
          <Stack gap={4} mb="md" aria-live="polite">
            <Progress value={100} animated striped size="sm" aria-label={busyLabel} />
            <Text size="xs" c="dimmed">
              {busyLabel}
            </Text>
          </Stack>
        )}
        <WizardError error={error} />

        {step === 0 && (
          <Stack gap="md">
            <FileDropZone accept={ACCEPT} {...dropZoneTexts(t, 'influencers.import')} testId="import-file" busy={busy === 'reading' || busy === 'previewing'} onFile={(f) => void choose(f)} />
          </Stack>
        )}

        {step === 1 && preview && (
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <Group gap="xs">
                <IconFileSpreadsheet size={18} aria-hidden="true" />
                <Text fw={600}>{file?.fileName}</Text>
                <Text c="dimmed" size="sm">
                  {t('influencers.import.fileFacts', { rows: fmt.number(preview.totalRows), columns: fmt.number(preview.headers.length) })}
                  {preview.delimiter ? ` · ${t('influencers.import.delimiter', { delimiter: preview.delimiter === '\t' ? 'Tab' : preview.delimiter })}` : ''}
                  {preview.encoding ? ` · ${t('imports.wizard.encoding', { encoding: encodingName(preview.encoding) })}` : ''}
                </Text>
              </Group>
              <Badge variant="light" color={preview.mappingSource === 'remembered' ? 'teal' : preview.mappingSource === 'given' ? 'brand' : 'gray'} tt="none">
                {t(`influencers.import.mappingSource.${preview.mappingSource}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('influencers.import.mappingHelp')}
            </Text>
            <MappingTable
              rows={preview.headers.map((h, i) => {
                const target = mapping[h] ?? null;
                return {
                  key: h,
                  label: h || <Text span c="dimmed">{t('influencers.import.unnamed', { index: i + 1 })}</Text>,
                  samples: sampleValues(preview.sample, i),
                  value: target,
                  ariaLabel: t('influencers.import.mappingFor', { column: h }),
                  error: target && doubled.has(target) ? t('influencers.import.doubleTarget') : undefined,
                };
              })}
              options={targetOptions}
              noneValue={IGNORE}
              onChange={changeMapping}
              columns={{ source: t('influencers.import.columns.column'), sample: t('influencers.import.columns.sample'), target: t('influencers.import.columns.target') }}
              noSample={t('influencers.import.noSample')}
            />
            {!hasName && (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
                {t('influencers.import.needName')}
              </Alert>
            )}
            <Group justify="space-between" mt="sm">
              <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={restart}>
                {t('influencers.import.otherFile')}
              </Button>
              <Button rightSection={<IconArrowRight size={16} />} onClick={() => setStep(2)} disabled={!!busy || !hasName}>
                {t('influencers.import.toPreview')}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 2 && preview && (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <Stat label={t('influencers.import.counts.total')} value={fmt.number(preview.totalRows)} color="gray" icon={<IconFileSpreadsheet size={20} />} />
              <Stat label={t('influencers.import.counts.ready')} value={fmt.number(preview.ready)} color="teal" icon={<IconCheck size={20} />} />
              <Stat label={t('influencers.import.counts.held')} value={fmt.number(preview.held)} color="yellow" icon={<IconAlertTriangle size={20} />} />
              <Stat label={t('influencers.import.counts.duplicates')} value={fmt.number(preview.duplicates.length)} color="brand" icon={<IconCopy size={20} />} />
            </SimpleGrid>

            <ProblemsSection preview={preview} acceptHeld={acceptHeld} onAcceptHeld={setAcceptHeld} />

            <DuplicatesSection duplicates={preview.duplicates} actions={actions} onActions={setActions} choices={choices} onChoices={setChoices} />

            <Group justify="space-between">
              <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(1)} disabled={busy === 'importing'}>
                {t('influencers.import.backToMapping')}
              </Button>
              <Button leftSection={<IconCheck size={16} />} onClick={() => void commit()} loading={busy === 'importing'} disabled={!!busy && busy !== 'importing'}>
                {commitLabel(t, preview.ready + (acceptHeld ? preview.held : 0), Object.values(actions).filter((a) => a === 'merge').length)}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 3 && result && (
          <Stack gap="lg" align="stretch">
            <Group gap="sm">
              <ThemeIcon color="teal" size={40} radius="xl">
                <IconCheck size={22} />
              </ThemeIcon>
              <div>
                <Title order={2} fz="lg" fw={650}>
                  {t('influencers.import.doneTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {file?.fileName}
                </Text>
              </div>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }} role="list" aria-label={t('influencers.import.doneTitle')}>
              {(['created', 'merged', 'skipped', 'rejected'] as const).map((k) => (
                <div role="listitem" key={k}>
                  <Stat
                    label={t(`influencers.import.result.${k}`)}
                    value={fmt.number(result[k])}
                    color={k === 'created' ? 'teal' : k === 'merged' ? 'brand' : k === 'rejected' ? 'red' : 'gray'}
                    icon={k === 'created' ? <IconCheck size={20} /> : k === 'merged' ? <IconCopy size={20} /> : <IconAlertTriangle size={20} />}
                  />
                </div>
              ))}
            </SimpleGrid>
            {result.conflicts.length > 0 && (
              <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('influencers.import.conflictsTitle', { count: result.conflicts.length })}>
                <Stack gap={4}>
                  {result.conflicts.map((c) => (
                    <Text size="sm" key={`${c.row}:${c.handle}`}>
                      {t(`influencers.import.conflict.${c.reason}`, { row: c.row, platform: c.platform, handle: c.handle, name: c.name ?? '' })}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <Group>
              <Button component={Link} href="/influencers" leftSection={<IconUsers size={16} />}>
                {t('influencers.import.toDirectory')}
              </Button>
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={restart}>
                {t('influencers.import.another')}
              </Button>
            </Group>
          </Stack>
        )}
      </Card>
    </>
  );
}

/** The import button: the new people, and the merges into people already there named apart (a merge adds nobody). */
function commitLabel(t: TFunction, created: number, merges: number): string {
  return merges ? t('influencers.import.commitMerging', { count: created, merges }) : t('influencers.import.commit', { count: created });
}
