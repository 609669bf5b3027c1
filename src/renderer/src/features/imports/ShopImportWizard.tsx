import { Button, Card, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconDatabaseImport, IconRefresh, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunReport, FileInspection, ShopFormat } from '../../../../shared/contract';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { FileDropZone } from '../../components/wizard/FileDropZone';
import { StepTitle, WizardError, WizardSteps } from '../../components/wizard/WizardSteps';
import { AbortedError, uploadFile } from '../../lib/upload';
import { useFormat } from '../../lib/useFormat';
import { useSettingsStore } from '../settings/store';
import { BackLink } from '../influencers/ProfileParts';
import { CheckStep } from './CheckStep';
import { DoneStep } from './DoneStep';
import { formatBytes, ProgressBlock } from './parts';
import { ReportView, type Assignments } from './ReportView';
import { useCollabDirectory, useImportsStore } from './store';
import { followJob, type JobTick } from './transfer';
import { blockingProblems, PLATFORM_NAMES, readShops, rememberShop, type Mapping } from './wizardRules';
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
  const workspaceCurrency = useSettingsStore((s) => s.settings?.currency) ?? 'EUR';
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

  useEffect(() => () => abortRef.current?.abort(), []);

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
    setBusy('uploading');
    setUpload({ sent: 0, total: file.size });
    try {
      const { fileId } = await uploadFile(file, (sent, total) => setUpload({ sent, total }), signal);
      setBusy('inspecting');
      const insp = await api.call('redemptions.inspect', { fileId });
      if (signal.aborted) return;
      setInspection(insp);
      setFormat(insp.format);
      setMapping(insp.mapping);
      // A guess that is only the platform's name gives way to the shop name used last time.
      const last = readShops()[0];
      setShop(last && PLATFORM_NAMES.has(insp.shop.trim().toLowerCase()) ? last : insp.shop);
      setShopTouched(false);
      setStep(1);
    } catch (err) {
      fail(err);
    } finally {
      if (!signal.aborted) setBusy(null);
      setUpload(null);
    }
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

  const dryRun = async () => {
    if (!inspection) return;
    setShopTouched(true);
    if (!shop.trim()) return;
    const signal = controller();
    setError(null);
    setReport(null);
    setStep(2);
    setBusy('dryRun');
    setTick({ done: 0, total: 0, phase: '' });
    void useCollabDirectory.getState().load();
    try {
      const { jobId } = await api.call('redemptions.dryRun', runInput());
      const state = await followJob(jobId, setTick, { signal });
      if (state.status === 'failed' || !state.report) throw new Error(state.message ?? t('imports.wizard.jobFailed'));
      setReport(state.report);
      setAssign((a) => Object.fromEntries(state.report!.unknownCodes.map((u) => [u.code, a[u.code] ?? null])));
    } catch (err) {
      fail(err);
    } finally {
      if (!signal.aborted) {
        setBusy(null);
        setTick(null);
      }
    }
  };

  const commit = async () => {
    if (!inspection || !report) return;
    const signal = controller();
    setError(null);
    setBusy('importing');
    setTick({ done: 0, total: 0, phase: '' });
    try {
      const assignments = Object.entries(assign)
        .filter(([, id]) => id != null)
        .map(([code, collaborationId]) => ({ code, collaborationId: collaborationId! }));
      const { jobId } = await api.call('redemptions.import', { ...runInput(), assign: assignments });
      const state = await followJob(jobId, setTick, { signal });
      if (state.status === 'failed') throw new Error(state.message ?? t('imports.wizard.jobFailed'));
      rememberShop(shop.trim());
      setResult({ batchId: state.batchId, report: state.report });
      setStep(3);
      void useImportsStore.getState().load();
    } catch (err) {
      fail(err);
    } finally {
      if (!signal.aborted) {
        setBusy(null);
        setTick(null);
      }
    }
  };

  const restart = () => {
    cancel();
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
  /** Orders an import stores (new, changed or confirmed unchanged); shop labels and code-less orders are not among them. */
  const storable = report ? report.inserted + report.updated + report.unchanged : 0;

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
      <Card padding="xl">
        <WizardSteps active={step} steps={steps} canGoBack={() => step < 3 && !busy} onStep={setStep} />

        <WizardError error={error} />

        {step === 0 && (
          <Stack gap="md">
            <StepTitle>{t('imports.wizard.fileTitle')}</StepTitle>
            <FileDropZone
              accept={ACCEPT}
              title={t('imports.wizard.dropTitle')}
              hint={t('imports.wizard.dropHint')}
              chooseLabel={t('imports.wizard.choose')}
              inputLabel={t('imports.wizard.fileInput')}
              testId="shop-import-file"
              busy={!!busy}
              onFile={(f) => void choose(f)}
            />
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
            knownShops={readShops()}
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
                <Paper withBorder radius="md" p="md" className="imports-commit">
                  <Group justify="space-between" wrap="wrap" gap="sm">
                    <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(1)} disabled={!!busy}>
                      {t('imports.wizard.backToCheck')}
                    </Button>
                    <Group gap="md" wrap="wrap">
                      <Text size="sm" c="dimmed">
                        {t('imports.wizard.commitSummary', {
                          inserted: fmt.number(report.inserted),
                          updated: fmt.number(report.updated),
                          unchanged: fmt.number(report.unchanged),
                        })}
                        {assignedCount > 0 ? ` · ${t('imports.wizard.commitAssigned', { count: assignedCount })}` : ''}
                      </Text>
                      <Button leftSection={<IconDatabaseImport size={16} />} onClick={() => void commit()} loading={busy === 'importing'} disabled={storable === 0 || (!!busy && busy !== 'importing')}>
                        {t('imports.wizard.commit', { count: storable, orders: fmt.number(storable) })}
                      </Button>
                    </Group>
                  </Group>
                </Paper>
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
