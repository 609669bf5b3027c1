/**
 * Unknown codes of a dry run at any scale: a file can bring 900+ codes no collaboration has. The list is
 * searchable and sortable (code, orders, revenue, first and last order) and virtualised — only the rows in view
 * (plus a few) are in the DOM, each with its own "assign to…" picker — with bulk actions: ignore every code below
 * N orders, and assign every code shown (e.g. after searching "EMMA") to one collaboration picked by typing.
 */
import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconSearch } from '@tabler/icons-react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTh } from '../../components/SortableTh';
import { useFormat } from '../../lib/useFormat';
import { CollabPicker } from './CollabPicker';
import { SectionTitle } from './parts';

export type Assignments = Record<string, number | null>;

/** One unknown code; the first and last order dates come with cores that report them. */
export interface UnknownCodeRow {
  code: string;
  orders: number;
  revenueMinor: number;
  firstOrderAt?: string | null;
  lastOrderAt?: string | null;
}

type SortKey = 'code' | 'orders' | 'revenue' | 'first' | 'last';
type View = 'open' | 'all' | 'ignored';

export const UNKNOWN_ROW_HEIGHT = 53;
/** The list's viewport: about eight rows; the rest is reached by scrolling. */
const VIEWPORT = 440;
/** Search, views and bulk actions appear once the codes do not fit the viewport. */
const TOOLS_FROM = 9;

const sorters: Record<SortKey, (a: UnknownCodeRow, b: UnknownCodeRow) => number> = {
  code: (a, b) => a.code.localeCompare(b.code),
  orders: (a, b) => a.orders - b.orders,
  revenue: (a, b) => a.revenueMinor - b.revenueMinor,
  first: (a, b) => (a.firstOrderAt ?? '').localeCompare(b.firstOrderAt ?? ''),
  last: (a, b) => (a.lastOrderAt ?? '').localeCompare(b.lastOrderAt ?? ''),
};

export function UnknownCodes({
  codes,
  currency,
  assign,
  onAssign,
}: {
  codes: UnknownCodeRow[];
  currency: string;
  assign: Assignments;
  onAssign(changes: Assignments): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'orders', dir: 'desc' });
  const [view, setView] = useState<View>('all');
  const [below, setBelow] = useState<number | string>(2);
  const [bulkTarget, setBulkTarget] = useState<number | null>(null);
  /** Codes the user set aside (imported without attribution, like every unassigned code); a view filter, not sent. */
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const onIgnore = (list: string[], ignore: boolean) =>
    setIgnored((cur) => {
      const next = new Set(cur);
      for (const c of list) {
        if (ignore) next.add(c);
        else next.delete(c);
      }
      return next;
    });
  const withDates = codes.some((c) => c.firstOrderAt || c.lastOrderAt);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list = codes.filter((c) => (!q || c.code.toLocaleLowerCase().includes(q)) && (view === 'all' || (view === 'ignored') === ignored.has(c.code)));
    const by = sorters[sort.key];
    list.sort((a, b) => (sort.dir === 'asc' ? by(a, b) : by(b, a)) || a.code.localeCompare(b.code));
    return list;
  }, [codes, query, sort, view, ignored]);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => UNKNOWN_ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 1000, height: VIEWPORT },
    // Without layout (a list still hidden, or jsdom) the element measures 0: assume the viewport's height.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: VIEWPORT })),
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const assigned = codes.filter((c) => assign[c.code] != null).length;
  const belowN = typeof below === 'number' ? below : Number(below) || 0;
  const belowCodes = codes.filter((c) => c.orders < belowN && assign[c.code] == null).map((c) => c.code);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 'asc' ? 'desc' : 'asc') : key === 'code' ? 'asc' : 'desc' }));
  const th = (key: SortKey, label: string, align: 'left' | 'right' = 'right') => (
    <SortableTh active={sort.key === key} dir={sort.dir} onSort={() => sortBy(key)} align={align}>
      {label}
    </SortableTh>
  );
  const day = (iso: string | null | undefined) => (iso ? fmt.date(iso.slice(0, 10)) : '–');

  const tools = (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('imports.unknown.search')}
          placeholder={t('imports.unknown.searchPlaceholder')}
          leftSection={<IconSearch size={14} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={220}
          size="sm"
        />
        <Group gap={6} align="flex-end" wrap="nowrap">
          <NumberInput label={t('imports.unknown.ignoreBelowLabel')} value={below} onChange={setBelow} min={1} max={1_000_000} w={170} size="sm" allowDecimal={false} />
          <Button variant="default" size="sm" disabled={belowCodes.length === 0} onClick={() => onIgnore(belowCodes, true)}>
            {t('imports.unknown.ignoreBelow', { count: belowCodes.length, codes: fmt.number(belowCodes.length) })}
          </Button>
        </Group>
        {ignored.size > 0 && (
          <Button variant="subtle" size="sm" onClick={() => onIgnore([...ignored], false)}>
            {t('imports.unknown.unignoreAll')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Group gap={4} role="radiogroup" aria-label={t('imports.unknown.view')}>
          {(['all', 'open', 'ignored'] as const).map((v) => (
            <Button key={v} size="compact-sm" variant={view === v ? 'light' : 'subtle'} color={view === v ? 'brand' : 'gray'} role="radio" aria-checked={view === v} onClick={() => setView(v)}>
              {t(`imports.unknown.views.${v}`)}
            </Button>
          ))}
        </Group>
        <Group gap={6} align="center" wrap="nowrap" ml="auto">
          <div style={{ width: 280 }}>
            <CollabPicker label={t('imports.unknown.bulkTarget')} value={bulkTarget} onChange={setBulkTarget} />
          </div>
          <Button
            size="sm"
            variant="light"
            disabled={bulkTarget == null || shown.length === 0}
            onClick={() => onAssign(Object.fromEntries(shown.map((c) => [c.code, bulkTarget])))}
          >
            {t('imports.unknown.assignShown', { count: shown.length, codes: fmt.number(shown.length) })}
          </Button>
        </Group>
      </Group>
    </>
  );

  return (
    <section aria-labelledby="report-unknown">
      <SectionTitle
        id="report-unknown"
        right={
          codes.length > 0 && (
            <Group gap={6}>
              <Badge variant="light" color={assigned ? 'teal' : 'gray'} tt="none">
                {t('imports.report.assignedCount', { count: assigned, total: codes.length })}
              </Badge>
              {ignored.size > 0 && (
                <Badge variant="light" color="gray" tt="none" data-testid="ignored-count">
                  {t('imports.unknown.ignoredCount', { count: ignored.size, codes: fmt.number(ignored.size) })}
                </Badge>
              )}
            </Group>
          )
        }
      >
        {t('imports.report.unknownTitle', { count: codes.length })}
      </SectionTitle>
      {codes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('imports.report.noUnknown')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('imports.report.unknownHelp')}
          </Text>
          {codes.length >= TOOLS_FROM && tools}
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <div ref={scrollRef} style={{ maxHeight: VIEWPORT, overflow: 'auto' }} data-testid="unknown-scroll">
              <Table className="data-table" verticalSpacing={8} stickyHeader aria-labelledby="report-unknown" aria-rowcount={shown.length + 1} miw={withDates ? 860 : 640}>
                <Table.Thead>
                  <Table.Tr>
                    {th('code', t('imports.report.code'), 'left')}
                    {th('orders', t('imports.report.codeOrders'))}
                    {th('revenue', t('imports.report.codeRevenue'))}
                    {withDates && th('first', t('imports.unknown.first'))}
                    {withDates && th('last', t('imports.unknown.last'))}
                    <Table.Th w={360}>{t('imports.report.assignTo')}</Table.Th>
                    <Table.Th w={48}>
                      <span className="visually-hidden">{t('imports.unknown.ignoreColumn')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
                  {items.map((it) => {
                    const u = shown[it.index];
                    const off = ignored.has(u.code);
                    return (
                      <Table.Tr key={u.code} data-testid={`unknown-${u.code}`} aria-rowindex={it.index + 2} style={{ height: UNKNOWN_ROW_HEIGHT, opacity: off ? 0.55 : 1 }}>
                        <Table.Td>
                          <Text ff="monospace" fw={600} size="sm" truncate maw={240} title={u.code}>
                            {u.code}
                          </Text>
                        </Table.Td>
                        <Table.Td className="num">{fmt.number(u.orders)}</Table.Td>
                        <Table.Td className="num">{fmt.money(u.revenueMinor, currency)}</Table.Td>
                        {withDates && <Table.Td className="num">{day(u.firstOrderAt)}</Table.Td>}
                        {withDates && <Table.Td className="num">{day(u.lastOrderAt)}</Table.Td>}
                        <Table.Td>
                          <CollabPicker code={u.code} value={assign[u.code] ?? null} onChange={(v) => onAssign({ [u.code]: v })} />
                        </Table.Td>
                        <Table.Td>
                          <Tooltip label={t(off ? 'imports.unknown.unignore' : 'imports.unknown.ignore', { code: u.code })} withArrow>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-pressed={off}
                              aria-label={t('imports.unknown.ignore', { code: u.code })}
                              onClick={() => onIgnore([u.code], !off)}
                            >
                              {off ? <IconEyeOff size={16} /> : <IconEye size={16} />}
                            </ActionIcon>
                          </Tooltip>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                  {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
                </Table.Tbody>
              </Table>
              {shown.length === 0 && (
                <Text size="sm" c="dimmed" p="md">
                  {t('imports.unknown.noMatch')}
                </Text>
              )}
            </div>
          </Paper>
        </Stack>
      )}
    </section>
  );
}
