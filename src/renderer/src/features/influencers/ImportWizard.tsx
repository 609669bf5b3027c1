import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Paper,
  Progress,
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
  IconCopy,
  IconFileSpreadsheet,
  IconFileUpload,
  IconRefresh,
  IconUsers,
} from '@tabler/icons-react';
import { useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { IMPORT_TARGETS, type ImportPreview, type ImportProblemDto, type ImportResult, type ImportTarget } from '../../../../shared/contract';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/useFormat';
import { readFileAsBase64 } from './files';
import { BackLink } from './ProfileParts';
import { useInfluencersStore } from './store';
import './influencers.css';

type Mapping = Record<string, ImportTarget | null>;
const IGNORE = '__ignore__';
const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_PROBLEMS_SHOWN = 300;

/** The translated text of an import problem (the core's English message as a fallback). */
export function problemText(p: ImportProblemDto, t: (k: string, o?: Record<string, unknown>) => string): string {
  return t(`influencers.import.problems.${p.code}`, { value: p.value ?? '', column: p.column ?? p.field, defaultValue: p.message });
}

function Stat({ label, value, color, icon }: { label: string; value: string; color: string; icon: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color={color} size={38} radius="md">
          {icon}
        </ThemeIcon>
        <Stack gap={0}>
          <Text fz={22} fw={700} lh={1.1} className="num" style={{ textAlign: 'left' }}>
            {value}
          </Text>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
            {label}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

export function ImportWizard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string; size: number } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [actions, setActions] = useState<Record<number, 'merge' | 'skip'>>({});
  const [acceptHeld, setAcceptHeld] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<null | 'reading' | 'previewing' | 'importing'>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const seq = useRef(0);

  const runPreview = async (f: { fileName: string; dataBase64: string }, m?: Mapping) => {
    const my = ++seq.current;
    setBusy('previewing');
    setError(null);
    try {
      const p = await api.call('influencers.import.preview', { fileName: f.fileName, dataBase64: f.dataBase64, ...(m ? { mapping: m } : {}), locale: 'auto' });
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

  const choose = async (chosen: File | undefined | null) => {
    if (!chosen) return;
    setBusy('reading');
    setError(null);
    try {
      const dataBase64 = await readFileAsBase64(chosen);
      const f = { fileName: chosen.name, dataBase64, size: chosen.size };
      setFile(f);
      setActions({});
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
        fileName: file.fileName,
        dataBase64: file.dataBase64,
        mapping,
        locale: 'auto',
        duplicates: preview.duplicates.map((d) => ({ row: d.row, action: actions[d.row] ?? 'skip' })),
        acceptHeld,
      });
      setResult(res);
      setStep(3);
      void useInfluencersStore.getState().load();
      void useInfluencersStore.getState().loadMeta();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setMapping({});
    setResult(null);
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
      inputRef.current?.click();
    }
  };

  const targetOptions = [
    { value: IGNORE, label: t('influencers.import.ignore') },
    ...IMPORT_TARGETS.map((x) => ({ value: x, label: t(`influencers.import.targets.${x}`) })),
  ];
  const mappedTargets = Object.values(mapping).filter(Boolean) as ImportTarget[];
  const doubled = new Set(mappedTargets.filter((x, i) => mappedTargets.indexOf(x) !== i));
  const hasName = mappedTargets.includes('name');

  const busyLabel = busy ? t(`influencers.import.busy.${busy}`) : null;
  const errorBox = error ? (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={describeError(error).title} role="alert">
      {describeError(error).message}
    </Alert>
  ) : null;

  const sampleFor = (index: number) =>
    (preview?.sample ?? [])
      .map((s) => s.cells[index] ?? '')
      .filter((v) => v.trim() !== '')
      .slice(0, 3);

  return (
    <>
      <PageHeader above={<BackLink href="/influencers">{t('influencers.profile.back')}</BackLink>} title={t('influencers.import.title')} subtitle={t('influencers.import.subtitle')} />
      <Card padding="xl">
        <Stepper active={step} size="sm" mb="xl" allowNextStepsSelect={false} onStepClick={(s) => (s < 3 && s <= step && !result ? setStep(s) : undefined)}>
          <Stepper.Step label={t('influencers.import.steps.file')} description={file?.fileName ?? t('influencers.import.steps.fileHint')} />
          <Stepper.Step label={t('influencers.import.steps.mapping')} description={t('influencers.import.steps.mappingHint')} />
          <Stepper.Step label={t('influencers.import.steps.preview')} description={t('influencers.import.steps.previewHint')} />
          <Stepper.Completed>{null}</Stepper.Completed>
        </Stepper>

        {busyLabel && (
          <Stack gap={4} mb="md" aria-live="polite">
            <Progress value={100} animated striped size="sm" aria-label={busyLabel} />
            <Text size="xs" c="dimmed">
              {busyLabel}
            </Text>
          </Stack>
        )}
        {errorBox && <div style={{ marginBottom: 16 }}>{errorBox}</div>}

        {step === 0 && (
          <Stack gap="md">
            <div
              className="drop-zone"
              role="button"
              tabIndex={0}
              aria-label={t('influencers.import.choose')}
              data-active={dragging || undefined}
              onClick={() => inputRef.current?.click()}
              onKeyDown={onZoneKey}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
            >
              <Stack align="center" gap="xs" py={56} px="md">
                <ThemeIcon size={56} radius="xl" variant="light">
                  <IconFileUpload size={28} />
                </ThemeIcon>
                <Text fw={600} size="lg">
                  {t('influencers.import.dropTitle')}
                </Text>
                <Text c="dimmed" size="sm" ta="center" maw={460}>
                  {t('influencers.import.dropHint')}
                </Text>
                <Button mt="sm" leftSection={<IconFileSpreadsheet size={16} />} tabIndex={-1} loading={busy === 'reading' || busy === 'previewing'}>
                  {t('influencers.import.choose')}
                </Button>
              </Stack>
            </div>
            <input
              ref={inputRef}
              type="file"
              accept={ACCEPT}
              hidden
              data-testid="import-file"
              aria-label={t('influencers.import.fileInput')}
              onChange={(e) => {
                void choose(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
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
                  {preview.encoding ? ` · ${preview.encoding}` : ''}
                </Text>
              </Group>
              <Badge variant="light" color={preview.mappingSource === 'remembered' ? 'teal' : preview.mappingSource === 'given' ? 'brand' : 'gray'} tt="none">
                {t(`influencers.import.mappingSource.${preview.mappingSource}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('influencers.import.mappingHelp')}
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table className="data-table" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="26%">{t('influencers.import.columns.column')}</Table.Th>
                    <Table.Th>{t('influencers.import.columns.sample')}</Table.Th>
                    <Table.Th w={280}>{t('influencers.import.columns.target')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.headers.map((h, i) => {
                    const target = mapping[h] ?? null;
                    const samples = sampleFor(i);
                    return (
                      <Table.Tr key={`${h}-${i}`} style={target ? undefined : { opacity: 0.75 }}>
                        <Table.Td fw={600}>{h || <Text c="dimmed">{t('influencers.import.unnamed', { index: i + 1 })}</Text>}</Table.Td>
                        <Table.Td>
                          {samples.length ? (
                            <Group gap={6} wrap="wrap">
                              {samples.map((s, k) => (
                                <Badge key={k} variant="default" radius="sm" tt="none" fw={400} className="mapping-sample" maw={220}>
                                  {s}
                                </Badge>
                              ))}
                            </Group>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('influencers.import.noSample')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={t('influencers.import.mappingFor', { column: h })}
                            data={targetOptions}
                            value={target ?? IGNORE}
                            onChange={(v) => changeMapping(h, v)}
                            allowDeselect={false}
                            searchable
                            size="sm"
                            error={target && doubled.has(target) ? t('influencers.import.doubleTarget') : undefined}
                            styles={target ? undefined : { input: { color: 'var(--mantine-color-dimmed)' } }}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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

            <section aria-labelledby="import-problems">
              <Title order={2} fz="md" fw={600} mb="xs" id="import-problems">
                {t('influencers.import.problemsTitle', { count: preview.problems.length })}
              </Title>
              {preview.problems.length ? (
                <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
                  <Table.ScrollContainer minWidth={640} mah={340}>
                    <Table className="data-table" verticalSpacing={6} stickyHeader>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={70}>{t('influencers.import.columns.row')}</Table.Th>
                          <Table.Th w={160}>{t('influencers.import.columns.column')}</Table.Th>
                          <Table.Th w={180}>{t('influencers.import.columns.value')}</Table.Th>
                          <Table.Th>{t('influencers.import.columns.problem')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {preview.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
                          <Table.Tr key={`${p.row}-${p.field}-${i}`}>
                            <Table.Td className="num" style={{ textAlign: 'left' }}>
                              {fmt.number(p.row)}
                            </Table.Td>
                            <Table.Td>{p.column ?? t(`influencers.import.targets.${p.field}`, { defaultValue: p.field })}</Table.Td>
                            <Table.Td>
                              {p.value ? (
                                <Text component="code" className="mapping-sample">
                                  {p.value}
                                </Text>
                              ) : (
                                <Text c="dimmed">{t('common.none')}</Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Group gap={8} wrap="nowrap">
                                <Badge size="xs" variant="light" color={p.severity === 'error' ? 'red' : 'yellow'} style={{ minWidth: 'max-content' }}>
                                  {t(`influencers.import.severity.${p.severity}`)}
                                </Badge>
                                <Text size="sm">{problemText(p, t)}</Text>
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  {preview.problems.length > MAX_PROBLEMS_SHOWN && (
                    <Text size="xs" c="dimmed" p="xs">
                      {t('influencers.import.moreProblems', { count: preview.problems.length - MAX_PROBLEMS_SHOWN })}
                    </Text>
                  )}
                </Paper>
              ) : (
                <Group gap={6}>
                  <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden="true" />
                  <Text size="sm" c="dimmed">
                    {t('influencers.import.noProblems')}
                  </Text>
                </Group>
              )}
              {preview.held > 0 && (
                <Checkbox
                  mt="sm"
                  checked={acceptHeld}
                  onChange={(e) => setAcceptHeld(e.currentTarget.checked)}
                  label={t('influencers.import.acceptHeld', { count: preview.held })}
                  description={t('influencers.import.acceptHeldHint')}
                />
              )}
            </section>

            <section aria-labelledby="import-duplicates">
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="md" fw={600} id="import-duplicates">
                  {t('influencers.import.duplicatesTitle', { count: preview.duplicates.length })}
                </Title>
                {preview.duplicates.length > 1 && (
                  <Group gap="xs">
                    <Button size="compact-sm" variant="subtle" onClick={() => setActions(Object.fromEntries(preview.duplicates.map((d) => [d.row, 'merge'])))}>
                      {t('influencers.import.mergeAll')}
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setActions({})}>
                      {t('influencers.import.skipAll')}
                    </Button>
                  </Group>
                )}
              </Group>
              {preview.duplicates.length ? (
                <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
                  <Table className="data-table" verticalSpacing={6}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={70}>{t('influencers.import.columns.row')}</Table.Th>
                        <Table.Th>{t('influencers.import.columns.inFile')}</Table.Th>
                        <Table.Th>{t('influencers.import.columns.existing')}</Table.Th>
                        <Table.Th w={260}>{t('influencers.import.columns.action')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.duplicates.map((d) => (
                        <Table.Tr key={d.row}>
                          <Table.Td>{fmt.number(d.row)}</Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {d.name ?? t('common.none')}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {t(`platforms.${d.platform}`, { defaultValue: d.platform })} · @{d.handle.replace(/^@/, '')}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {d.existingInfluencerId ? (
                              <Anchor component={Link} href={`/influencers/${d.existingInfluencerId}`} size="sm">
                                {d.existingName ?? `#${d.existingInfluencerId}`}
                              </Anchor>
                            ) : (
                              <Text size="sm">{t('influencers.import.sameFileRow', { row: d.sameFileRow ?? '?' })}</Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <SegmentedControl
                              size="xs"
                              aria-label={t('influencers.import.duplicateAction', { row: d.row })}
                              value={actions[d.row] ?? 'skip'}
                              onChange={(v) => setActions((a) => ({ ...a, [d.row]: v as 'merge' | 'skip' }))}
                              data={[
                                { value: 'skip', label: t('influencers.import.skip') },
                                { value: 'merge', label: t('influencers.import.merge') },
                              ]}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Paper>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('influencers.import.noDuplicates')}
                </Text>
              )}
            </section>

            <Group justify="space-between">
              <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(1)} disabled={busy === 'importing'}>
                {t('influencers.import.backToMapping')}
              </Button>
              <Button leftSection={<IconCheck size={16} />} onClick={() => void commit()} loading={busy === 'importing'} disabled={!!busy && busy !== 'importing'}>
                {t('influencers.import.commit', {
                  count: preview.ready + (acceptHeld ? preview.held : 0) + Object.values(actions).filter((a) => a === 'merge').length,
                })}
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
