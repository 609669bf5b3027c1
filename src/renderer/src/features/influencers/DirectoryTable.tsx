import { FitScore } from './FitReasons';
import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfluencerRow } from '../../../../shared/contract';
import { ChannelLabel, NicheBadges, TierBadge } from '../../components/Badges';
import type { Formatter } from '../../lib/format';
import { useFormat } from '../../lib/useFormat';
import { AuthFlag } from './Authenticity';
import { countryName, languageName } from '../../lib/displayNames';
import { ErText } from '../../components/ErValue';
import type { InfluencerSort } from './store';

export const ROW_HEIGHT = 48;
export const HEADER_HEIGHT = 42;

interface Column {
  key: string;
  label: string;
  width: string;
  min: number;
  sort: InfluencerSort;
  align?: 'left' | 'right' | 'center';
  /** Direction on first click. */
  firstDir?: 'asc' | 'desc';
  render(r: InfluencerRow, fmt: Formatter): ReactNode;
}

const VERDICT_RANK = { ok: 0, review: 1, suspicious: 2 } as const;

/** Sorting of the columns the core cannot sort (the rows are all loaded). */
export function sortLocally(rows: InfluencerRow[], sort: InfluencerSort, dir: 'asc' | 'desc'): InfluencerRow[] {
  const key: ((r: InfluencerRow) => string | number) | null =
    sort === 'channel'
      ? (r) => (r.handle ?? '').toLowerCase()
      : sort === 'niches'
        ? (r) => r.niches.join(',')
        : sort === 'language'
          ? (r) => r.language ?? '~'
          : sort === 'authVerdict'
            ? (r) => VERDICT_RANK[r.authVerdict] ?? 0
            : null;
  if (!key) return rows;
  const m = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * m || a.name.localeCompare(b.name);
  });
}

export function DirectoryTable({
  rows,
  total,
  sort,
  dir,
  showFit,
  onSort,
  onOpen,
  busy,
}: {
  rows: InfluencerRow[];
  total: number;
  sort: InfluencerSort;
  dir: 'asc' | 'desc';
  showFit: boolean;
  onSort(sort: InfluencerSort, dir: 'asc' | 'desc'): void;
  onOpen(id: number): void;
  busy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const lang = i18n.language;

  const columns = useMemo<Column[]>(() => {
    const cols: Column[] = [
      {
        key: 'name',
        label: t('influencers.columns.name'),
        width: 'minmax(136px, 1.3fr)',
        min: 136,
        sort: 'name',
        render: (r) => (
          <Text size="sm" fw={550} truncate title={r.name}>
            {r.name}
          </Text>
        ),
      },
      {
        key: 'channel',
        label: t('influencers.columns.channel'),
        width: 'minmax(136px, 1.2fr)',
        min: 136,
        sort: 'channel',
        render: (r) => <ChannelLabel platform={r.platform} handle={r.handle} />,
      },
      { key: 'followers', label: t('influencers.columns.followers'), width: '108px', min: 108, sort: 'followers', align: 'right', firstDir: 'desc', render: (r, f) => f.compact(r.followers) },
      { key: 'tier', label: t('influencers.columns.tier'), width: '84px', min: 84, sort: 'tier', firstDir: 'desc', render: (r) => <TierBadge tier={r.tier} /> },
      { key: 'niches', label: t('influencers.columns.niches'), width: 'minmax(110px, 1fr)', min: 110, sort: 'niches', render: (r) => <NicheBadges niches={r.niches} max={2} /> },
      {
        key: 'country',
        label: t('influencers.columns.country'),
        width: '66px',
        min: 66,
        sort: 'country',
        render: (r) => (r.country ? <span title={countryName(r.country, lang)}>{r.country}</span> : <Text c="dimmed">{t('common.none')}</Text>),
      },
      {
        key: 'language',
        label: t('influencers.columns.language'),
        width: '60px',
        min: 60,
        sort: 'language',
        render: (r) => (r.language ? <span title={languageName(r.language, lang)}>{r.language.toUpperCase()}</span> : <Text c="dimmed">{t('common.none')}</Text>),
      },
      { key: 'er', label: t('influencers.columns.er'), width: '66px', min: 66, sort: 'engagementRate', align: 'right', firstDir: 'desc', render: (r) => <ErText bp={r.engagementRateBp} fromSheet={r.erFromSheet} compact /> },
      { key: 'auth', label: t('influencers.columns.auth'), width: '72px', min: 72, sort: 'authVerdict', align: 'center', firstDir: 'desc', render: (r) => <AuthFlag verdict={r.authVerdict} /> },
      { key: 'campaigns', label: t('influencers.columns.campaigns'), width: '116px', min: 116, sort: 'campaignCount', align: 'right', firstDir: 'desc', render: (r, f) => f.number(r.campaignCount) },
      {
        key: 'lastContact',
        label: t('influencers.columns.lastContact'),
        width: '140px',
        min: 140,
        sort: 'lastContactAt',
        firstDir: 'desc',
        render: (r, f) => (r.lastContactAt ? <span title={f.date(r.lastContactAt)}>{f.relative(r.lastContactAt)}</span> : <Text c="dimmed">{t('common.none')}</Text>),
      },
    ];
    if (showFit) {
      cols.unshift({
        key: 'fit',
        label: t('influencers.columns.fit'),
        width: '112px',
        min: 112,
        sort: 'fit',
        firstDir: 'desc',
        render: (r) =>
          r.fitScore == null ? (
            <Text c="dimmed">{t('common.none')}</Text>
          ) : (
            <FitScore score={r.fitScore} reasons={r.fitReasons ?? []} name={r.name} />
          ),
      });
    }
    return cols;
  }, [t, showFit, lang]);

  const template = columns.map((c) => c.width).join(' ');
  const minWidth = columns.reduce((s, c) => s + c.min, 0) + 16;
  const gridStyle: CSSProperties = { display: 'grid', gridTemplateColumns: template, minWidth, alignItems: 'center' };

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    initialRect: { width: 1200, height: 640 },
  });
  const items = virtualizer.getVirtualItems();

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(i, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus());
  };
  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, index: number, id: number) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(id);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusRow(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(index - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focusRow(rows.length - 1);
    }
  };

  const contentHeight = HEADER_HEIGHT + rows.length * ROW_HEIGHT;

  return (
    <div
      ref={scrollRef}
      className="dir-scroll"
      style={{ height: `min(${contentHeight + 2}px, max(360px, calc(100vh - 330px)))`, opacity: busy ? 0.7 : 1 }}
    >
      <div role="table" aria-label={t('influencers.tableLabel')} aria-rowcount={total + 1} aria-colcount={columns.length} style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
        <div role="rowgroup" className="dir-head" style={{ height: HEADER_HEIGHT }}>
          <div role="row" aria-rowindex={1} style={{ ...gridStyle, height: HEADER_HEIGHT }}>
            {columns.map((c) => {
              const active = sort === c.sort;
              const Icon = active ? (dir === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
              return (
                <div
                  key={c.key}
                  role="columnheader"
                  aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  className="dir-cell dir-th"
                  style={{ justifyContent: c.align === 'right' ? 'flex-end' : c.align === 'center' ? 'center' : 'flex-start' }}
                >
                  <UnstyledButton
                    className="sort-button"
                    onClick={() => onSort(c.sort, active ? (dir === 'asc' ? 'desc' : 'asc') : (c.firstDir ?? 'asc'))}
                    aria-label={t('common.sortBy', { column: c.label })}
                  >
                    <Group gap={3} wrap="nowrap">
                      <Text component="span" fw={600} size="xs" tt="uppercase" c={active ? 'dark' : 'dimmed'} style={{ letterSpacing: '0.03em' }}>
                        {c.label}
                      </Text>
                      <Icon size={13} stroke={1.8} aria-hidden="true" opacity={active ? 1 : 0.45} />
                    </Group>
                  </UnstyledButton>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup">
          {items.map((v) => {
            const r = rows[v.index]!;
            return (
              <div
                key={r.id}
                role="row"
                aria-rowindex={v.index + 2}
                data-index={v.index}
                tabIndex={0}
                className="dir-row"
                onClick={() => onOpen(r.id)}
                onKeyDown={(e) => onRowKey(e, v.index, r.id)}
                style={{ ...gridStyle, position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
              >
                {columns.map((c) => (
                  <div
                    key={c.key}
                    role="cell"
                    className={`dir-cell${c.align === 'right' ? ' num' : ''}`}
                    style={{ justifyContent: c.align === 'right' ? 'flex-end' : c.align === 'center' ? 'center' : 'flex-start' }}
                  >
                    {c.render(r, fmt)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

