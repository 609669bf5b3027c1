import { Anchor, Badge, Group, Paper, Progress, Stack, Table, Text, ThemeIcon, Title, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue, IconCalendarX, IconFlame } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LeakFlag } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';
import { useFormat } from '../../lib/useFormat';
import type { CollabOption } from './store';
import { AllClear } from '../../components/States';
import { DataTable } from '../../components/DataTable';

export { Stat } from '../../components/Stat';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** 'shopify' → 'Shopify', unknown formats as they are. */
export function formatLabel(format: string, t: T): string {
  return t(`imports.formats.${format}`, { defaultValue: format });
}

type Params = Record<string, string | number>;

/**
 * A rejected row's reason in the UI language, from its machine code and params; the core's English reason when
 * the code is unknown (or missing, for rows stored before reasons had codes).
 */
export function rejectReason(r: { reason: string; code?: string; params?: Params }, t: T): string {
  if (!r.code) return r.reason;
  const params: Params = { ...r.params };
  if (typeof params.field === 'string') params.field = t(`imports.rejectFields.${params.field}`, { defaultValue: params.field });
  const text = t(`imports.rejectReasons.${r.code}`, { ...params, defaultValue: '' });
  if (!text) return r.reason;
  return params.atRow !== undefined ? t('imports.rejectAtRow', { text, row: params.atRow }) : text;
}

/**
 * A blocking problem's advice in the UI language (`hint` picks the variant); the core's message when the code is
 * unknown, null for the problems the wizard adds itself (no message).
 */
export function problemMessage(p: { code: string; message: string | null; params?: Params }, t: T): string | null {
  if (p.message === null) return null;
  const hint = p.params?.hint;
  const key = `imports.problemText.${p.code}${typeof hint === 'string' ? `_${hint}` : ''}`;
  const text = t(key, { ...p.params, defaultValue: '' });
  return text || p.message;
}

export function delimiterLabel(delimiter: string, t: T): string {
  const key = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter];
  return key ? t(`imports.delimiters.${key}`) : `“${delimiter}”`;
}

const STATUS_COLORS: Record<string, MantineColor> = { done: 'teal', running: 'blue', failed: 'red', undone: 'gray' };

export function BatchStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status] ?? 'gray'} tt="none" size="sm" style={{ minWidth: 'max-content' }}>
      {t(`imports.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}


export function formatBytes(n: number, fmt: Formatter): string {
  if (n < 1024) return `${fmt.number(n)} B`;
  if (n < 1024 * 1024) return `${fmt.number(n / 1024, 1)} KB`;
  return `${fmt.number(n / 1024 / 1024, 1)} MB`;
}

/** A labelled progress bar: determinate when `total` is known. */
export function ProgressBlock({ label, done, total, detail }: { label: string; done: number; total: number; detail?: string }) {
  const known = total > 0;
  const pct = known ? Math.min(100, Math.round((done / total) * 100)) : 100;
  return (
    <Stack gap={6} aria-live="polite" data-testid="import-progress">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {(detail || known) && (
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {detail ?? `${pct} %`}
          </Text>
        )}
      </Group>
      <Progress value={pct} striped={!known} animated={!known} size="md" radius="xl" aria-label={label} transitionDuration={150} />
    </Stack>
  );
}

export function SectionTitle({ id, children, right }: { id: string; children: ReactNode; right?: ReactNode }) {
  return (
    <Group justify="space-between" mb="xs" gap="xs">
      <Title order={2} fz="md" fw={600} id={id}>
        {children}
      </Title>
      {right}
    </Group>
  );
}

const LEAK_ICONS = { before_start: IconCalendarDue, after_end: IconCalendarX, spike: IconFlame } as const;
const LEAK_COLORS = { before_start: 'orange', after_end: 'yellow', spike: 'red' } as const;

/** Leak flags explained in words, with the collaboration named when it is known. */
export function LeakList({ leaks, collabs, headingId }: { leaks: LeakFlag[]; collabs: CollabOption[] | null; headingId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const byId = new Map((collabs ?? []).map((c) => [c.collaborationId, c]));
  return (
    <section aria-labelledby={headingId}>
      <SectionTitle id={headingId}>{t('imports.leaks.title', { count: leaks.length })}</SectionTitle>
      {leaks.length ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('imports.leaks.intro')}
          </Text>
          {leaks.map((l, i) => {
            const Icon = LEAK_ICONS[l.kind] ?? IconAlertTriangle;
            const collab = l.collaborationId != null ? byId.get(l.collaborationId) : undefined;
            return (
              <Paper key={`${l.code}-${l.kind}-${l.day}-${i}`} withBorder radius="md" p="sm" data-testid="leak-flag">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" color={LEAK_COLORS[l.kind] ?? 'orange'} size={32} radius="md">
                    <Icon size={18} />
                  </ThemeIcon>
                  <Stack gap={2} miw={0}>
                    <Group gap={8} wrap="wrap">
                      <Text fw={600} size="sm">
                        {t(`imports.leaks.kinds.${l.kind}`, { defaultValue: l.kind })}
                      </Text>
                      <Badge variant="default" radius="sm" tt="none" ff="monospace">
                        {l.code}
                      </Badge>
                      {collab && (
                        <Anchor component={Link} href={`/campaigns/${collab.campaignId}`} size="sm">
                          {collab.influencerName} · {collab.campaignName}
                        </Anchor>
                      )}
                    </Group>
                    <Text size="sm">{t(`imports.leaks.explain.${l.kind}`, { count: l.orders, orders: fmt.number(l.orders), code: l.code, day: fmt.date(l.day), defaultValue: '' })}</Text>
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ) : (
        <AllClear>{t('imports.leaks.none')}</AllClear>
      )}
    </section>
  );
}

const MAX_REJECTS = 500;

/** Rejected rows: the file's line number, the reason in the UI language and the raw text (the cells the import reads). */
export function RejectsTable({
  rejects,
  total,
  headingId,
}: {
  rejects: { row: number; line?: number; reason: string; code?: string; params?: Params; raw?: string }[];
  total: number;
  headingId: string;
}) {
  const { t } = useTranslation();
  const withRaw = rejects.some((r) => r.raw !== undefined);
  return (
    <section aria-labelledby={headingId}>
      <SectionTitle id={headingId}>{t('imports.rejects.title', { count: total })}</SectionTitle>
      {rejects.length ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable minWidth={560} scroll={{ mah: 360 }} className="data-table" verticalSpacing={6} stickyHeader layout={withRaw ? 'fixed' : undefined} aria-labelledby={headingId}
            head={
              <>
                <Table.Th w={90}>{t('imports.rejects.row')}</Table.Th>
                <Table.Th>{t('imports.rejects.reason')}</Table.Th>
                {withRaw && <Table.Th w="50%">{t('imports.rejects.raw')}</Table.Th>}
              </>
            }
          >
            {rejects.slice(0, MAX_REJECTS).map((r, i) => (
              <Table.Tr key={`${r.row}-${i}`}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{r.line ?? r.row}</Table.Td>
                <Table.Td>
                  <Text size="sm">{rejectReason(r, t)}</Text>
                </Table.Td>
                {withRaw && (
                  <Table.Td>
                    <Text component="code" className="imports-raw" title={r.raw}>
                      {r.raw || '–'}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </DataTable>
          {total > Math.min(rejects.length, MAX_REJECTS) && (
            <Text size="xs" c="dimmed" p="xs">
              {t('imports.rejects.more', { count: total - Math.min(rejects.length, MAX_REJECTS) })}
            </Text>
          )}
        </Paper>
      ) : (
        <AllClear>{t('imports.rejects.none')}</AllClear>
      )}
    </section>
  );
}
