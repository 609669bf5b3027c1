import { ActionIcon, Button, Card, Group, Pagination, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconTrash, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PLATFORMS, TIERS, type Platform, type Tier } from '../../../../shared/domain';
import { ChannelLabel, NicheBadges, TierBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { SortableTh } from '../../components/SortableTh';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { CreateInfluencerModal } from './CreateInfluencerModal';
import { DEFAULT_QUERY, useInfluencersStore, type InfluencerSort } from './store';

export function InfluencersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { query, rows, total, loaded, loading, error, setQuery, load, remove } = useInfluencersStore();
  const [search, setSearch] = useState(query.search);
  const [debounced] = useDebouncedValue(search, 300);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (debounced !== useInfluencersStore.getState().query.search) setQuery({ search: debounced });
  }, [debounced, setQuery]);

  const sortBy = (sort: InfluencerSort) =>
    setQuery({ sort, dir: query.sort === sort && query.dir === 'asc' ? 'desc' : sort === 'name' || sort === 'country' ? 'asc' : query.sort === sort ? 'asc' : 'desc' });
  const th = (sort: InfluencerSort, label: string, align?: 'right') => (
    <SortableTh active={query.sort === sort} dir={query.dir} onSort={() => sortBy(sort)} align={align}>
      {label}
    </SortableTh>
  );

  const filtered = !!(query.search || query.platform || query.tier);
  const pages = Math.max(1, Math.ceil(total / query.limit));
  const page = Math.floor(query.offset / query.limit) + 1;
  const open = (id: number) => navigate(`/influencers/${id}`);

  let body;
  if (error && !rows.length) body = <ErrorState error={error} onRetry={load} />;
  else if (!loaded) body = <LoadingState rows={8} />;
  else if (!rows.length && !filtered)
    body = (
      <EmptyBlock
        icon={<IconUsers size={26} />}
        title={t('influencers.empty.title')}
        description={t('influencers.empty.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('influencers.add')}
          </Button>
        }
      />
    );
  else if (!rows.length)
    body = (
      <EmptyBlock
        icon={<IconSearch size={26} />}
        title={t('influencers.noMatches.title')}
        description={t('influencers.noMatches.description')}
        actions={
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              setQuery({ search: '', platform: null, tier: null });
            }}
          >
            {t('influencers.noMatches.reset')}
          </Button>
        }
      />
    );
  else
    body = (
      <Card padding={0} style={{ opacity: loading ? 0.7 : 1, transition: 'opacity 120ms' }}>
        <Table.ScrollContainer minWidth={900}>
          <Table className="data-table" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {th('name', t('influencers.columns.name'))}
                <Table.Th>{t('influencers.columns.channel')}</Table.Th>
                {th('followers', t('influencers.columns.followers'), 'right')}
                <Table.Th>{t('influencers.columns.tier')}</Table.Th>
                {th('engagementRate', t('influencers.columns.er'), 'right')}
                <Table.Th>{t('influencers.columns.niches')}</Table.Th>
                {th('country', t('influencers.columns.country'))}
                <Table.Th className="num">{t('influencers.columns.campaigns')}</Table.Th>
                <Table.Th w={48}>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  className="clickable"
                  tabIndex={0}
                  onClick={() => open(r.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && e.target === e.currentTarget) open(r.id);
                  }}
                >
                  <Table.Td fw={500}>{r.name}</Table.Td>
                  <Table.Td maw={220}>
                    <ChannelLabel platform={r.platform} handle={r.handle} />
                  </Table.Td>
                  <Table.Td className="num">{fmt.compact(r.followers)}</Table.Td>
                  <Table.Td>
                    <TierBadge tier={r.tier} />
                  </Table.Td>
                  <Table.Td className="num">{fmt.percentBp(r.engagementRateBp)}</Table.Td>
                  <Table.Td>
                    <NicheBadges niches={r.niches} max={2} />
                  </Table.Td>
                  <Table.Td>{r.country ?? t('common.none')}</Table.Td>
                  <Table.Td className="num">{fmt.number(r.campaignCount)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t('common.delete')} withArrow openDelay={400}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('influencers.deleteLabel', { name: r.name })}
                        onClick={(e) => {
                          e.stopPropagation();
                          void remove(r.id, r.name);
                        }}
                        onKeyDown={(e) => e.stopPropagation()}
                      >
                        <IconTrash size={16} stroke={1.6} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Text size="sm" c="dimmed">
            {t('common.paging', {
              from: fmt.number(query.offset + 1),
              to: fmt.number(Math.min(total, query.offset + rows.length)),
              total: fmt.number(total),
            })}
          </Text>
          {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={(p) => setQuery({ offset: (p - 1) * query.limit })} />}
        </Group>
      </Card>
    );

  return (
    <>
      <PageHeader
        title={t('influencers.title')}
        subtitle={loaded && !error ? t('influencers.count', { count: total }) : t('influencers.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('influencers.add')}
          </Button>
        }
      />
      {(rows.length > 0 || filtered) && (
        <Group mb="md" gap="sm" wrap="wrap">
          <TextInput
            placeholder={t('influencers.searchPlaceholder')}
            aria-label={t('influencers.searchLabel')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={320}
            type="search"
          />
          <Select
            aria-label={t('influencers.filterPlatform')}
            placeholder={t('influencers.allPlatforms')}
            data={PLATFORMS.map((p) => ({ value: p, label: t(`platforms.${p}`) }))}
            value={query.platform}
            onChange={(v) => setQuery({ platform: (v as Platform | null) ?? null })}
            clearable
            w={190}
          />
          <Select
            aria-label={t('influencers.filterTier')}
            placeholder={t('influencers.allTiers')}
            data={TIERS.map((x) => ({ value: x, label: t(`tiers.${x}`) }))}
            value={query.tier}
            onChange={(v) => setQuery({ tier: (v as Tier | null) ?? null })}
            clearable
            w={160}
          />
          {filtered && (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => {
                setSearch('');
                setQuery({ search: '', platform: DEFAULT_QUERY.platform, tier: DEFAULT_QUERY.tier });
              }}
            >
              {t('influencers.noMatches.reset')}
            </Button>
          )}
        </Group>
      )}
      {body}
      <CreateInfluencerModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
