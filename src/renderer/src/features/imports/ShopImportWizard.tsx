import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconRefresh, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlreadyImported, DryRunReport, FileInspection, KnownShop, ShopFormat } from '../../../../shared/contract';
import { api } from '../../api/client';
import { jobError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { FileDropZone, dropZoneTexts } from '../../components/wizard/FileDropZone';
import { StepTitle, WizardError, WizardSteps } from '../../components/wizard/WizardSteps';
import { AbortedError, uploadFile } from '../../lib/upload';
import { AgainNotice } from './AgainNotice';
import { CommitBar } from './CommitBar';
import { useFormat } from '../../lib/useFormat';
import { useSettings } from '../../lib/settings';
import { useDiscardOnLeave } from '../../lib/useDiscardOnLeave';
import { BackLink } from '../../components/BackLink';
import { CheckStep } from './CheckStep';
import { DoneStep } from './DoneStep';
import { formatBytes, ProgressBlock } from './parts';
import { ReportView, type Assignments } from './ReportView';
import { followJob, type JobState, type JobTick } from './transfer';
import { blockingProblems, initialShop, type Mapping } from './wizardRules';
import './imports.css';

export { blockingProblems } from './wizardRules';

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain';
type Busy = null | 'uploading' | 'inspecting' | 'dryRun' | 'importing';

interface Result {
  batchId: number | null;
  report: DryRunReport | null;
}

/**
 * The shop import: file (chunked upload) → check (format, shop, mapping, preview) → dry run report (assign unknown
 * codes) → import. Long work runs as core jobs that can be cancelled; the steps live in their own files.
 */
export function ShopImportWizard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const workspaceCurrency = useSettings()?.currency ?? 'EUR';
  const abortRef = useRef<AbortController | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ sent: number; total: number } | null>(null);
  const [inspection, setInspection] = useState<FileInspection | null>(null);
  const [format, setFormat] = useState<ShopFormat>('generic');
  const [mapping, setMapping] = useState<Mapping>({});
  const [shop, setShop] = useState('');
  const [shopTouched, setShopTouched] = useState(false);
  const [tick, setTick] = useState<JobTick | null>(null);
  const [report, setReport] = useState<DryRunReport | null>(null);
  const [assign, setAssign] = useState<Assignments>({});
  const [result, setResult] = useState<Result | null>(null);
  const [shops, setShops] = useState<KnownShop[]>([]);
  /** An uploaded file whose content was imported before: the user decides before it is read. */
  const [again, setAgain] = useState<{ fileId: string; seen: AlreadyImported } | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);
  // Leaving the wizard before the import started deletes the upload at once (the import deletes it itself).
  useDiscardOnLeave(step < 3 && busy !== 'importing' ? (inspection?.fileId ?? again?.fileId) : null);
  useEffect(() => {
    api.call('redemptions.shops', {}).then(
      (r) => setShops(r.shops),
      () => setShops([]), // the field still takes a typed name
    );
  }, []);

  const controller = () => {
    abortRef.current?.abort();
    abortRef.current = new AbortController();
    return abortRef.current.signal;
  };

  const fail = (err: unknown) => {
    if (err instanceof AbortedError) return;
    setError(err);
  };

  const choose = async (file: File) => {
    if (busy) return;
    const signal = controller();
    setError(null);
    setFileName(file.name);
    setInspection(null);
    setReport(null);
    setResult(null);
    setAssign({});
    setAgain(null);
    setBusy('uploading');
    setUpload({ sent: 0, total: file.size });
    try {
      const up = await uploadFile(file, (sent, total) => setUpload({ sent, total }), signal);
      // The same content imported before: ask first, without reading the file.
      if (up.alreadyImported) setAgain({ fileId: up.fileId, seen: up.alreadyImported });
      else await inspect(up.fileId, signal);
    } catch (err) {
      fail(err);
    } finally {
      if (!signal.aborted) setBusy(null);
      setUpload(null);
    }
  };

  /** Reads the file's head; `shopBefore` is the shop the same file was imported as before. */
  const inspect = async (fileId: string, signal: AbortSignal, shopBefore?: string | null) => {
    setBusy('inspecting');
    const insp = await api.call('redemptions.inspect', { fileId });
    if (signal.aborted) return;
    setInspection(insp);
    setFormat(insp.format);
    setMapping(insp.mapping);
    setShop(initialShop(shopBefore ?? insp.shop, shops));
    setShopTouched(false);
    setStep(1);
  };

  const importAgain = async () => {
    if (!again || busy) return;
    const signal = controller();
    setError(null);
    try {
      await inspect(again.fileId, signal, again.seen.shop);
      setAgain(null);
    } catch (err) {
      fail(err);
    } finally {
      if (!signal.aborted) setBusy(null);
    }
  };

  /** The user stops: the uploaded file (customers' data) is deleted at once. */
  const discard = (fileId: string | undefined) => {
    if (fileId) void api.call('uploads.discard', { fileId }).catch(() => undefined);
  };

  const cancel = () => {
    abortRef.current?.abort();
    setBusy(null);
    setUpload(null);
    setTick(null);
  };

  const runInput = () => {
    const clean = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as Mapping;
    return { fileId: inspection!.fileId, format, shop: shop.trim(), ...(format === 'generic' ? { mapping: clean } : {}) };
  };

  /** Starts a job of the core (dry run or import) and follows its progress; busy until it ends, fails or the user stops. */
  const runJob = async (phase: 'dryRun' | 'importing', start: () => Promise<{ jobId: string }>, finished: (state: JobState) => void) => {
    const signal = controller();
    setError(null);
    setBusy(phase);
    setTick({ done: 0, total: 0, phase: '' });
    try {
      const { jobId } = await start();
      finished(await followJob(jobId, setTick, { signal }));
    } catch (err) {
      fail(err);
    } finally {
      if (!signal.aborted) {
        setBusy(null);
        setTick(null);
      }
    }
  };

  const dryRun = async () => {
    if (!inspection) return;
    setShopTouched(true);
    if (!shop.trim()) return;
    setReport(null);
    setStep(2);
    await runJob(
      'dryRun',
      () => api.call('redemptions.dryRun', runInput()),
      (state) => {
        if (state.status === 'failed' || !state.report) throw jobError(state);
        const r = state.report;
        setReport(r);
        setAssign((a) => Object.fromEntries(r.unknownCodes.map((u) => [u.code, a[u.code] ?? null])));
      },
    );
  };

  const commit = async (confirmLostRows?: number) => {
    if (!inspection || !report) return;
    const assignments = Object.entries(assign)
      .filter(([, id]) => id != null)
      .map(([code, collaborationId]) => ({ code, collaborationId: collaborationId! }));
    await runJob(
      'importing',
      () => api.call('redemptions.import', { ...runInput(), assign: assignments, ...(confirmLostRows ? { confirmLostRows } : {}) }),
      (state) => {
        if (state.status === 'failed') throw jobError(state);
        void api.call('redemptions.shops', {}).then((r) => setShops(r.shops), () => undefined);
        setResult({ batchId: state.batchId, report: state.report });
        setStep(3);
      },
    );
  };

  const restart = () => {
    cancel();
    if (step < 3) discard(inspection?.fileId ?? again?.fileId);
    setAgain(null);
    setStep(0);
    setFileName(null);
    setInspection(null);
    setReport(null);
    setResult(null);
    setAssign({});
    setError(null);
  };

  const blocking = inspection ? blockingProblems(inspection, format, mapping) : [];
  const shopError = shopTouched && !shop.trim() ? t('imports.wizard.shopRequired') : undefined;
  const assignedCount = Object.values(assign).filter((v) => v != null).length;

  /** The job's phase in words ('reading', 'importing', 'finishing'), else the step's own label. */
  const phaseLabel = (phase: string, fallback: string) => (phase ? t(`imports.phases.${phase}`, { defaultValue: t(fallback) }) : t(fallback));

  const steps = [
    { label: t('imports.wizard.steps.file'), description: fileName ?? t('imports.wizard.steps.fileHint') },
    { label: t('imports.wizard.steps.check'), description: t('imports.wizard.steps.checkHint') },
    { label: t('imports.wizard.steps.report'), description: t('imports.wizard.steps.reportHint') },
    { label: t('imports.wizard.steps.import'), description: t('imports.wizard.steps.importHint') },
  ];

  return (
    <>
      <PageHeader above={<BackLink href="/imports">{t('imports.back')}</BackLink>} title={t('imports.wizard.title')} subtitle={t('imports.wizard.subtitle')} />
      {/* overflow visible: the Card clips by default, which would stop the commit bar from sticking to the window */}
      <Card padding="xl" style={{ overflow: 'visible' }}>
        <WizardSteps active={step} steps={steps} canGoBack={() => step < 3 && !busy} onStep={setStep} />

        <WizardError error={error} />

        {step === 0 && (
          <Stack gap="md">
            <StepTitle>{t('imports.wizard.fileTitle')}</StepTitle>
            <FileDropZone accept={ACCEPT} {...dropZoneTexts(t, 'imports.wizard')} testId="shop-import-file" busy={!!busy} onFile={(f) => void choose(f)} />
            {again && !busy && <AgainNotice fileName={fileName} seen={again.seen} onGo={() => void importAgain()} onStop={restart} />}
            {busy === 'uploading' && upload && (
              <Group align="flex-end" gap="md" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <ProgressBlock
                    label={t('imports.wizard.uploading', { file: fileName })}
                    done={upload.sent}
                    total={upload.total}
                    detail={t('imports.wizard.uploaded', { sent: formatBytes(upload.sent, fmt), total: formatBytes(upload.total, fmt) })}
                  />
                </div>
                <Button variant="default" size="xs" leftSection={<IconX size={14} />} onClick={cancel}>
                  {t('common.cancel')}
                </Button>
              </Group>
            )}
            {busy === 'inspecting' && <ProgressBlock label={t('imports.wizard.inspecting')} done={0} total={0} />}
            <Text size="xs" c="dimmed" ta="center">
              {t('imports.wizard.supported')}
            </Text>
          </Stack>
        )}

        {step === 1 && inspection && (
          <CheckStep
            inspection={inspection}
            format={format}
            onFormat={setFormat}
            mapping={mapping}
            onMapping={(field, column) => setMapping((m) => ({ ...m, [field]: column ?? undefined }))}
            shop={shop}
            onShop={setShop}
            onShopBlur={() => setShopTouched(true)}
            shopError={shopError}
            knownShops={shops}
            blocking={blocking}
            busy={!!busy}
            onOtherFile={restart}
            onRun={() => void dryRun()}
          />
        )}

        {step === 2 && (
          <Stack gap="lg">
            <StepTitle>{t(report ? 'imports.wizard.reportTitle' : 'imports.wizard.checking')}</StepTitle>
            {busy === 'dryRun' && tick && (
              <Group align="flex-end" gap="md" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <ProgressBlock label={phaseLabel(tick.phase, 'imports.wizard.checkingRows')} done={tick.done} total={tick.total} />
                </div>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconX size={14} />}
                  onClick={() => {
                    cancel();
                    setStep(1);
                  }}
                >
                  {t('common.cancel')}
                </Button>
              </Group>
            )}
            {report && (
              <>
                <ReportView report={report} currency={workspaceCurrency} assign={assign} onAssign={(changes) => setAssign((a) => ({ ...a, ...changes }))} />
                {busy === 'importing' && tick && <ProgressBlock label={phaseLabel(tick.phase, 'imports.wizard.importing')} done={tick.done} total={tick.total} />}
                <CommitBar
                  report={report}
                  assigned={assignedCount}
                  busy={!!busy}
                  importing={busy === 'importing'}
                  onBack={() => setStep(1)}
                  onCommit={(confirmLostRows) => void commit(confirmLostRows)}
                />
              </>
            )}
            {!report && !busy && (
              <Group>
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(1)}>
                  {t('imports.wizard.backToCheck')}
                </Button>
                <Button leftSection={<IconRefresh size={16} />} onClick={() => void dryRun()}>
                  {t('common.retry')}
                </Button>
              </Group>
            )}
          </Stack>
        )}

        {step === 3 && result && <DoneStep fileName={fileName} shop={shop.trim()} batchId={result.batchId} report={result.report} assigned={assignedCount} onAnother={restart} />}
      </Card>
    </>
  );
}
