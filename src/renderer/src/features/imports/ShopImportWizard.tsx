import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowRight,
  IconCheck,
  IconDatabaseImport,
  IconFileSpreadsheet,
  IconFileUpload,
  IconList,
  IconRefresh,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { REDEMPTION_FIELDS, type DryRunReport, type FileInspection, type RedemptionField, type ShopFormat } from '../../../../shared/contract';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/useFormat';
import { useSettingsStore } from '../settings/store';
import { BackLink } from '../influencers/ProfileParts';
import { delimiterLabel, formatBytes, formatLabel, problemMessage, ProgressBlock, Stat } from './parts';
import { ReportView, type Assignments } from './ReportView';
import { useCollabDirectory, useImportsStore } from './store';
import { AbortedError, followJob, uploadFile, type JobTick } from './transfer';
import './imports.css';

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain';
const NONE = '__none__';
type Mapping = Partial<Record<RedemptionField, string>>;
type Busy = null | 'uploading' | 'inspecting' | 'dryRun' | 'importing';

/** Fields the generic format cannot do without (an amount: total or subtotal). */
const REQUIRED: RedemptionField[] = ['orderId', 'orderedAt', 'code'];
const PROBLEM_FIELDS: Record<string, RedemptionField[]> = {
  no_code_column: ['code'],
  no_order_column: ['orderId'],
  no_date_column: ['orderedAt'],
  no_amount_column: ['total', 'subtotal'],
};

const SHOPS_KEY = 'kollab.imports.shops';
const PLATFORM_NAMES = new Set(['', 'shop', 'shopify', 'shopware', 'woocommerce']);

/** Shop names used before (newest first), offered in the shop field: orders are keyed by shop, so the name must repeat. */
function readShops(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(SHOPS_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 10) : [];
  } catch {
    return [];
  }
}

function rememberShop(name: string) {
  try {
    localStorage.setItem(SHOPS_KEY, JSON.stringify([name, ...readShops().filter((s) => s !== name)].slice(0, 10)));
  } catch {
    // storage unavailable: nothing to remember
  }
}

interface Result {
  batchId: number | null;
  report: DryRunReport | null;
}

/** The problems that still block: for the generic format, a problem is solved once its field is mapped. */
export function blockingProblems(inspection: FileInspection, format: ShopFormat, mapping: Mapping): { code: string; message: string | null; params?: Record<string, string | number> }[] {
  if (format !== 'generic') return inspection.problems;
  const out: { code: string; message: string | null; params?: Record<string, string | number> }[] = inspection.problems.filter((p) => {
    const fields = PROBLEM_FIELDS[p.code];
    return !fields || !fields.some((f) => mapping[f]);
  });
  const has = new Set(out.map((p) => p.code));
  for (const [code, fields] of Object.entries(PROBLEM_FIELDS)) {
    if (!has.has(code) && !fields.some((f) => mapping[f]) && (REQUIRED.includes(fields[0]) || code === 'no_amount_column')) out.push({ code, message: null });
  }
  return out;
}

export function ShopImportWizard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const workspaceCurrency = useSettingsStore((s) => s.settings?.currency) ?? 'EUR';
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ sent: number; total: number } | null>(null);
  const [inspection, setInspection] = useState<FileInspection | null>(null);
  const [format, setFormat] = useState<ShopFormat>('generic');
  const [mapping, setMapping] = useState<Mapping>({});
  const [shop, setShop] = useState('');
  const [shopTouched, setShopTouched] = useState(false);
  const [columns, setColumns] = useState<'mapped' | 'all'>('mapped');
  const [tick, setTick] = useState<JobTick | null>(null);
  const [report, setReport] = useState<DryRunReport | null>(null);
  const [assign, setAssign] = useState<Assignments>({});
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);
  useEffect(() => {
    headingRef.current?.focus();
  }, [step, report, result]);

  const controller = () => {
    abortRef.current?.abort();
    abortRef.current = new AbortController();
    return abortRef.current.signal;
  };

  const fail = (err: unknown) => {
    if (err instanceof AbortedError) return;
    setError(err);
  };

  const choose = async (file: File | null | undefined) => {
    if (!file || busy) return;
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
      setColumns('mapped');
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

  const knownShops = readShops();

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

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void choose(e.dataTransfer.files?.[0]);
  };
  const onZoneKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!busy) inputRef.current?.click();
    }
  };

  const errorBox = error ? (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={describeError(error).title} role="alert" mb="md">
      {describeError(error).message}
    </Alert>
  ) : null;

  const blocking = inspection ? blockingProblems(inspection, format, mapping) : [];
  const shopError = shopTouched && !shop.trim() ? t('imports.wizard.shopRequired') : undefined;
  const headers = inspection ? [...new Set(inspection.headers.filter((h) => h.trim() !== ''))] : [];
  const headerOptions = [{ value: NONE, label: t('imports.wizard.notInFile') }, ...headers.map((h) => ({ value: h, label: h }))];
  const mappedCols = REDEMPTION_FIELDS.filter((f) => mapping[f]).map((f) => ({ field: f, index: inspection?.headers.indexOf(mapping[f]!) ?? -1 })).filter((c) => c.index >= 0);
  const fieldOf = new Map(mappedCols.map((c) => [c.index, c.field]));
  const previewCols =
    columns === 'mapped' && mappedCols.length
      ? mappedCols.map((c) => ({ index: c.index, field: c.field as RedemptionField | undefined }))
      : (inspection?.headers ?? []).map((_, i) => ({ index: i, field: fieldOf.get(i) }));
  const assignedCount = Object.values(assign).filter((v) => v != null).length;
  /** Orders an import stores (new, changed or confirmed unchanged); shop labels and code-less orders are not among them. */
  const storable = report ? report.inserted + report.updated + report.unchanged : 0;

  /** The job's phase in words ('reading', 'importing', 'finishing'), else the step's own label. */
  const phaseLabel = (phase: string, fallback: string) => (phase ? t(`imports.phases.${phase}`, { defaultValue: t(fallback) }) : t(fallback));

  const stepTitle = (key: string) => (
    <Title order={2} fz="lg" fw={650} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
      {t(key)}
    </Title>
  );

  return (
    <>
      <PageHeader above={<BackLink href="/imports">{t('imports.back')}</BackLink>} title={t('imports.wizard.title')} subtitle={t('imports.wizard.subtitle')} />
      <Card padding="xl">
        <Stepper active={step} size="sm" mb="xl" allowNextStepsSelect={false} onStepClick={(s) => (s < step && step < 3 && !busy ? setStep(s) : undefined)}>
          <Stepper.Step label={t('imports.wizard.steps.file')} description={fileName ?? t('imports.wizard.steps.fileHint')} />
          <Stepper.Step label={t('imports.wizard.steps.check')} description={t('imports.wizard.steps.checkHint')} />
          <Stepper.Step label={t('imports.wizard.steps.report')} description={t('imports.wizard.steps.reportHint')} />
          <Stepper.Step label={t('imports.wizard.steps.import')} description={t('imports.wizard.steps.importHint')} />
          <Stepper.Completed>{null}</Stepper.Completed>
        </Stepper>

        {errorBox}

        {step === 0 && (
          <Stack gap="md">
            {stepTitle('imports.wizard.fileTitle')}
            <div
              className="imports-drop"
              role="button"
              tabIndex={busy ? -1 : 0}
              aria-label={t('imports.wizard.choose')}
              aria-disabled={busy ? true : undefined}
              data-active={dragging || undefined}
              onClick={() => !busy && inputRef.current?.click()}
              onKeyDown={onZoneKey}
              onDragOver={(e) => {
                e.preventDefault();
                if (!busy) setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
            >
              <Stack align="center" gap="xs" py={48} px="md">
                <ThemeIcon size={56} radius="xl" variant="light">
                  <IconFileUpload size={28} />
                </ThemeIcon>
                <Text fw={600} size="lg">
                  {t('imports.wizard.dropTitle')}
                </Text>
                <Text c="dimmed" size="sm" ta="center" maw={520}>
                  {t('imports.wizard.dropHint')}
                </Text>
                <Button mt="sm" leftSection={<IconFileSpreadsheet size={16} />} tabIndex={-1} loading={!!busy}>
                  {t('imports.wizard.choose')}
                </Button>
              </Stack>
            </div>
            <input
              ref={inputRef}
              type="file"
              accept={ACCEPT}
              hidden
              data-testid="shop-import-file"
              aria-label={t('imports.wizard.fileInput')}
              onChange={(e) => {
                void choose(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
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
          <Stack gap="lg">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Stack gap={4}>
                {stepTitle('imports.wizard.checkTitle')}
                <Group gap="xs">
                  <IconFileSpreadsheet size={16} aria-hidden="true" />
                  <Text fw={600} size="sm">
                    {inspection.fileName}
                  </Text>
                  <Text c="dimmed" size="sm">
                    {formatBytes(inspection.sizeBytes, fmt)}
                  </Text>
                </Group>
              </Stack>
              <Group gap="xs" role="list" aria-label={t('imports.wizard.detected')}>
                <Badge role="listitem" size="lg" variant="light" color={inspection.format === 'generic' ? 'gray' : 'brand'} tt="none" data-testid="detected-format">
                  {formatLabel(inspection.format, t)}
                </Badge>
                <Badge role="listitem" size="lg" variant="default" tt="none" fw={500}>
                  {t('imports.wizard.encoding', { encoding: inspection.encoding.toUpperCase() })}
                </Badge>
                <Badge role="listitem" size="lg" variant="default" tt="none" fw={500}>
                  {t('imports.wizard.delimiter', { delimiter: delimiterLabel(inspection.delimiter, t) })}
                </Badge>
              </Group>
            </Group>

            {blocking.length > 0 && (
              <Alert color="red" variant="filled" icon={<IconAlertTriangle size={20} />} title={t('imports.wizard.blockedTitle')} role="alert" data-testid="blocking-problems">
                <Stack gap={6}>
                  {blocking.map((p) => (
                    <div key={p.code}>
                      <Text fw={700} size="sm">
                        {t(`imports.problems.${p.code}`, { defaultValue: p.code })}
                      </Text>
                      <Text size="sm">{problemMessage(p, t) ?? t('imports.wizard.pickColumn')}</Text>
                    </div>
                  ))}
                </Stack>
              </Alert>
            )}

            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Autocomplete
                label={t('imports.wizard.shop')}
                description={t('imports.wizard.shopHint')}
                required
                value={shop}
                maxLength={120}
                data={knownShops.filter((s) => s !== shop)}
                onChange={setShop}
                onBlur={() => setShopTouched(true)}
                error={shopError}
              />
              {inspection.format !== 'generic' && (
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="format-choice">
                    {t('imports.wizard.readAs')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('imports.wizard.readAsHint')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="format-choice"
                    value={format}
                    onChange={(v) => setFormat(v as ShopFormat)}
                    data={[
                      { value: inspection.format, label: formatLabel(inspection.format, t) },
                      { value: 'generic', label: t('imports.wizard.ownMapping') },
                    ]}
                    w="fit-content"
                  />
                </Stack>
              )}
            </SimpleGrid>

            <section aria-labelledby="wizard-mapping">
              <Group justify="space-between" mb="xs">
                <Title order={3} fz="md" fw={600} id="wizard-mapping">
                  {t('imports.wizard.mappingTitle')}
                </Title>
                <Badge variant="light" color={inspection.mappingSource === 'remembered' ? 'teal' : inspection.mappingSource === 'format' ? 'brand' : 'gray'} tt="none">
                  {t(`imports.wizard.mappingSource.${format === 'generic' ? (inspection.format === 'generic' ? inspection.mappingSource : 'own') : 'format'}`)}
                </Badge>
              </Group>
              {format === 'generic' ? (
                <>
                  <Text size="sm" c="dimmed" mb="sm">
                    {t('imports.wizard.mappingHelp')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
                    {REDEMPTION_FIELDS.map((f) => (
                      <Select
                        key={f}
                        label={t(`imports.fields.${f}`)}
                        description={t(`imports.fieldHints.${f}`)}
                        withAsterisk={REQUIRED.includes(f) || f === 'total'}
                        data={headerOptions}
                        value={mapping[f] ?? NONE}
                        onChange={(v) => setMapping((m) => ({ ...m, [f]: !v || v === NONE ? undefined : v }))}
                        allowDeselect={false}
                        searchable
                        size="sm"
                        styles={mapping[f] ? undefined : { input: { color: 'var(--mantine-color-dimmed)' } }}
                      />
                    ))}
                  </SimpleGrid>
                </>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" verticalSpacing="xs" role="list" aria-labelledby="wizard-mapping">
                  {REDEMPTION_FIELDS.map((f) => (
                    <Paper key={f} withBorder radius="md" px="sm" py={8} role="listitem">
                      <Group justify="space-between" gap="xs" wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {t(`imports.fields.${f}`)}
                        </Text>
                        {inspection.mapping[f] ? (
                          <Text component="code" className="imports-raw" ta="right" title={inspection.mapping[f]}>
                            {inspection.mapping[f]}
                          </Text>
                        ) : (
                          <Text size="xs" c="dimmed">
                            {t('imports.wizard.notInFile')}
                          </Text>
                        )}
                      </Group>
                    </Paper>
                  ))}
                </SimpleGrid>
              )}
            </section>

            <section aria-labelledby="wizard-preview">
              <Group justify="space-between" mb="xs">
                <Title order={3} fz="md" fw={600} id="wizard-preview">
                  {t('imports.wizard.previewTitle', { count: inspection.sample.length })}
                </Title>
                <SegmentedControl
                  size="xs"
                  aria-label={t('imports.wizard.previewColumns')}
                  value={columns}
                  onChange={(v) => setColumns(v as 'mapped' | 'all')}
                  data={[
                    { value: 'mapped', label: t('imports.wizard.mappedColumns') },
                    { value: 'all', label: t('imports.wizard.allColumns', { count: inspection.headers.length }) },
                  ]}
                />
              </Group>
              {inspection.sample.length ? (
                <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
                  <Table.ScrollContainer minWidth={Math.max(600, previewCols.length * 130)} mah={360}>
                    <Table className="data-table imports-preview" verticalSpacing={4} stickyHeader aria-labelledby="wizard-preview">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={60}>{t('imports.rejects.row')}</Table.Th>
                          {previewCols.map((c) => (
                            <Table.Th key={c.index} data-mapped={c.field && columns === 'all' ? true : undefined}>
                              <Stack gap={0}>
                                <span>{c.field ? t(`imports.fields.${c.field}`) : inspection.headers[c.index] || '–'}</span>
                                {c.field && (
                                  <Text component="span" size="xs" ff="monospace" c="dimmed" tt="none" fw={400} style={{ letterSpacing: 0 }}>
                                    {inspection.headers[c.index]}
                                  </Text>
                                )}
                              </Stack>
                            </Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {inspection.sample.map((r) => (
                          <Table.Tr key={r.row}>
                            <Table.Td c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                              {r.row}
                            </Table.Td>
                            {previewCols.map((c) => (
                              <Table.Td key={c.index} data-mapped={c.field && columns === 'all' ? true : undefined}>
                                <Text size="sm" className="imports-cell" title={r.cells[c.index] ?? ''}>
                                  {r.cells[c.index] ?? ''}
                                </Text>
                              </Table.Td>
                            ))}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('imports.wizard.noRows')}
                </Text>
              )}
            </section>

            <Group justify="space-between">
              <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={restart}>
                {t('imports.wizard.otherFile')}
              </Button>
              <Button rightSection={<IconArrowRight size={16} />} onClick={() => void dryRun()} disabled={blocking.length > 0 || !!busy}>
                {t('imports.wizard.runCheck')}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 2 && (
          <Stack gap="lg">
            {stepTitle(report ? 'imports.wizard.reportTitle' : 'imports.wizard.checking')}
            {busy === 'dryRun' && tick && (
              <Group align="flex-end" gap="md" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <ProgressBlock label={phaseLabel(tick.phase, 'imports.wizard.checkingRows')} done={tick.done} total={tick.total} />
                </div>
                <Button variant="default" size="xs" leftSection={<IconX size={14} />} onClick={() => { cancel(); setStep(1); }}>
                  {t('common.cancel')}
                </Button>
              </Group>
            )}
            {report && (
              <>
                <ReportView report={report} currency={workspaceCurrency} assign={assign} onAssign={(code, id) => setAssign((a) => ({ ...a, [code]: id }))} />
                {busy === 'importing' && tick && (
                  <ProgressBlock label={phaseLabel(tick.phase, 'imports.wizard.importing')} done={tick.done} total={tick.total} />
                )}
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

        {step === 3 && result && (
          <Stack gap="lg">
            <Group gap="sm">
              <ThemeIcon color="teal" size={40} radius="xl">
                <IconCheck size={22} />
              </ThemeIcon>
              <div>
                {stepTitle('imports.wizard.doneTitle')}
                <Text size="sm" c="dimmed">
                  {fileName} · {shop.trim()}
                </Text>
              </div>
            </Group>
            {result.report && (
              <SimpleGrid cols={{ base: 2, md: 5 }} role="list" aria-label={t('imports.wizard.doneTitle')}>
                {(
                  [
                    ['new', result.report.inserted, 'teal'],
                    ['changed', result.report.updated, 'blue'],
                    ['unchanged', result.report.unchanged, 'gray'],
                    ['withUnknown', result.report.withUnknownCode, 'yellow'],
                    ['rejected', result.report.rejected, result.report.rejected ? 'red' : 'gray'],
                  ] as const
                ).map(([k, n, color]) => (
                  <div role="listitem" key={k} data-testid={`result-${k}`}>
                    <Stat label={t(`imports.report.${k}`)} value={fmt.number(n)} color={color} icon={k === 'new' ? <IconCheck size={20} /> : k === 'rejected' || k === 'withUnknown' ? <IconAlertTriangle size={20} /> : <IconList size={20} />} />
                  </div>
                ))}
              </SimpleGrid>
            )}
            {assignedCount > 0 && (
              <Text size="sm" c="dimmed">
                {t('imports.wizard.doneAssigned', { count: assignedCount })}
              </Text>
            )}
            <Group>
              {result.batchId != null && (
                <Button component={Link} href={`/imports/${result.batchId}`} leftSection={<IconList size={16} />}>
                  {t('imports.wizard.openBatch')}
                </Button>
              )}
              <Button component={Link} href="/imports" variant="default">
                {t('imports.wizard.toList')}
              </Button>
              <Button variant="subtle" leftSection={<IconRefresh size={16} />} onClick={restart}>
                {t('imports.wizard.another')}
              </Button>
            </Group>
          </Stack>
        )}
      </Card>
    </>
  );
}
