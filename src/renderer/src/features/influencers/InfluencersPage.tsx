import { Button, Card, Group, Pill, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconPlus, IconSearch, IconTarget, IconUpload, IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AuthVerdict, InfluencerFilter } from '../../../../shared/contract';
import { PLATFORMS, TIERS, type Platform, type Tier } from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { NumberField } from '../../components/NumberField';
import { CreateInfluencerModal } from './CreateInfluencerModal';
import { DirectoryTable, sortLocally } from './DirectoryTable';
import { countryName } from '../../lib/displayNames';
import { hasFilter, isServerSort, useDirectoryStore } from './store';
import { useDirectory, useDirectoryMeta } from './queries';
import { SavedFiltersButton, ExportButton } from './DirectoryActions';
import './influencers.css';

const VERDICTS: AuthVerdict[] = ['ok', 'review', 'suspicious'];

/** ER filter in percent (UI) ↔ basis points (API). */
const pctToBp = (v: number | null) => (v == null || Number.isNaN(v) ? undefined : v);

/** One bound of the engagement-rate filter, in percent. */
function ErBoundInput({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: number | null; onChange(v: number | null): void }) {
  return (
    <NumberField
      aria-label={label}
      placeholder={placeholder}
      kind="percent"
      max={100_000}
      unit="%"
      value={value}
      onChange={onChange}
      w={92}
    />
  );
}

function FilterBar({ search, setSearch }: { search: string; setSearch(s: string): void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { filter, setFilter, clearFilters } = useDirectoryStore();
  const { facets, campaigns } = useDirectoryMeta();
  const [erMin, setErMin] = useState<number | null>(filter.erMinBp ?? null);
  const [erMax, setErMax] = useState<number | null>(filter.erMaxBp ?? null);
  const [debMin] = useDebouncedValue(erMin, 400);
  const [debMax] = useDebouncedValue(erMax, 400);
  useEffect(() => setErMin(filter.erMinBp ?? null), [filter.erMinBp]);
  useEffect(() => setErMax(filter.erMaxBp ?? null), [filter.erMaxBp]);
  useEffect(() => {
    const cur = useDirectoryStore.getState().filter;
    const min = pctToBp(debMin);
    const max = pctToBp(debMax);
    if (min !== cur.erMinBp || max !== cur.erMaxBp) setFilter({ erMinBp: min, erMaxBp: max });
  }, [debMin, debMax, setFilter]);

  const campaignName = (id?: number) => campaigns.find((c) => c.id === id)?.name ?? `#${id}`;
  const chips: { key: keyof InfluencerFilter | 'er'; label: string; clear(): void }[] = [];
  if (filter.search) chips.push({ key: 'search', label: `“${filter.search}”`, clear: () => setSearch('') });
  if (filter.platform) chips.push({ key: 'platform', label: t(`platforms.${filter.platform}`), clear: () => setFilter({ platform: undefined }) });
  if (filter.tier) chips.push({ key: 'tier', label: t(`tiers.${filter.tier}`), clear: () => setFilter({ tier: undefined }) });
  if (filter.niche) chips.push({ key: 'niche', label: t(`niches.${filter.niche}`, { defaultValue: filter.niche }), clear: () => setFilter({ niche: undefined }) });
  if (filter.country) chips.push({ key: 'country', label: countryName(filter.country, i18n.language), clear: () => setFilter({ country: undefined }) });
  if (filter.language) chips.push({ key: 'language', label: filter.language.toUpperCase(), clear: () => setFilter({ language: undefined }) });
  if (filter.erMinBp != null || filter.erMaxBp != null)
    chips.push({
      key: 'er',
      label: `${t('influencers.columns.er')} ${filter.erMinBp != null ? fmt.percentBp(filter.erMinBp) : '0'} – ${filter.erMaxBp != null ? fmt.percentBp(filter.erMaxBp) : '∞'}`,
      clear: () => setFilter({ erMinBp: undefined, erMaxBp: undefined }),
    });
  if (filter.campaignId) chips.push({ key: 'campaignId', label: t('influencers.filters.inCampaignChip', { name: campaignName(filter.campaignId) }), clear: () => setFilter({ campaignId: undefined }) });
  if (filter.notInCampaignId)
    chips.push({ key: 'notInCampaignId', label: t('influencers.filters.notInCampaignChip', { name: campaignName(filter.notInCampaignId) }), clear: () => setFilter({ notInCampaignId: undefined }) });
  if (filter.authVerdict) chips.push({ key: 'authVerdict', label: t(`influencers.auth.verdict.${filter.authVerdict}`), clear: () => setFilter({ authVerdict: undefined }) });

  const nicheOptions = useMemo(
    () => facets.niches.map((n) => ({ value: n, label: t(`niches.${n}`, { defaultValue: n }) })).sort((a, b) => a.label.localeCompare(b.label)),
    [facets.niches, t],
  );
  const countryOptions = useMemo(
    () => facets.countries.map((c) => ({ value: c, label: `${countryName(c, i18n.language)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)),
    [facets.countries, i18n.language],
  );
  const campaignOptions = campaigns.map((c) => ({ value: String(c.id), label: c.name }));

  return (
    <Card padding="sm" mb="md" className="dir-toolbar">
      <Group gap="xs" wrap="wrap" align="flex-end">
        <TextInput
          placeholder={t('influencers.searchPlaceholder')}
          aria-label={t('influencers.searchLabel')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
          type="search"
        />
        <Select
          aria-label={t('influencers.filterPlatform')}
          placeholder={t('influencers.allPlatforms')}
          data={PLATFORMS.map((p) => ({ value: p, label: t(`platforms.${p}`) }))}
          value={filter.platform ?? null}
          onChange={(v) => setFilter({ platform: (v as Platform | null) ?? undefined })}
          clearable
          w={170}
        />
        <Select
          aria-label={t('influencers.filterTier')}
          placeholder={t('influencers.allTiers')}
          data={TIERS.map((x) => ({ value: x, label: t(`tiers.${x}`) }))}
          value={filter.tier ?? null}
          onChange={(v) => setFilter({ tier: (v as Tier | null) ?? undefined })}
          clearable
          w={130}
        />
        <Select
          aria-label={t('influencers.filters.niche')}
          placeholder={t('influencers.filters.allNiches')}
          data={nicheOptions}
          value={filter.niche ?? null}
          onChange={(v) => setFilter({ niche: v ?? undefined })}
          clearable
          searchable
          w={160}
        />
        <Select
          aria-label={t('influencers.filters.country')}
          placeholder={t('influencers.filters.allCountries')}
          data={countryOptions}
          value={filter.country ?? null}
          onChange={(v) => setFilter({ country: v ?? undefined })}
          clearable
          searchable
          w={170}
        />
        <Group gap={4} wrap="nowrap">
          <ErBoundInput label={t('influencers.filters.erMin')} placeholder={t('influencers.filters.erMinPlaceholder')} value={erMin} onChange={setErMin} />
          <Text c="dimmed" size="sm">
            –
          </Text>
          <ErBoundInput label={t('influencers.filters.erMax')} placeholder={t('influencers.filters.erMaxPlaceholder')} value={erMax} onChange={setErMax} />
        </Group>
        <Select
          aria-label={t('influencers.filters.campaign')}
          placeholder={t('influencers.filters.anyCampaign')}
          data={campaignOptions}
          value={filter.campaignId ? String(filter.campaignId) : null}
          onChange={(v) => setFilter({ campaignId: v ? Number(v) : undefined })}
          clearable
          searchable
          nothingFoundMessage={t('influencers.filters.noCampaigns')}
          w={190}
        />
        <Select
          aria-label={t('influencers.filters.auth')}
          placeholder={t('influencers.filters.anyAuth')}
          data={VERDICTS.map((v) => ({ value: v, label: t(`influencers.auth.verdict.${v}`) }))}
          value={filter.authVerdict ?? null}
          onChange={(v) => setFilter({ authVerdict: (v as AuthVerdict | null) ?? undefined })}
          clearable
          w={170}
        />
      </Group>
      {chips.length > 0 && (
        <Group gap={6} mt="sm" wrap="wrap" aria-label={t('influencers.filters.active')} role="group">
          {chips.map((c) => (
            <Pill
              key={c.key}
              withRemoveButton
              onRemove={c.clear}
              removeButtonProps={{ 'aria-label': t('influencers.filters.remove', { filter: c.label }) }}
              size="md"
              bg="brand.0"
              c="brand.8"
            >
              {c.label}
            </Pill>
          ))}
          <Button
            variant="subtle"
            color="gray"
            size="compact-sm"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => {
              setSearch('');
              clearFilters();
            }}
          >
            {t('influencers.filters.clearAll')}
          </Button>
        </Group>
      )}
    </Card>
  );
}

export function InfluencersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { filter, sort, dir, fitCampaignId, setFilter, setSort, setFit, clearFilters } = useDirectoryStore();
  const { rows, total, loaded, loading, error, reload } = useDirectory();
  const { campaigns } = useDirectoryMeta();
  const [search, setSearch] = useState(filter.search ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if ((debounced.trim() || undefined) !== useDirectoryStore.getState().filter.search) setFilter({ search: debounced });
  }, [debounced, setFilter]);
  // A saved filter applied from the menu brings its own search text.
  useEffect(() => setSearch((s) => ((s.trim() || undefined) === filter.search ? s : (filter.search ?? ''))), [filter.search]);

  const filtered = hasFilter(filter);
  const shown = useMemo(() => (isServerSort(sort) ? rows : sortLocally(rows, sort, dir)), [rows, sort, dir]);
  const open = (id: number) => navigate(`/influencers/${id}`);
  const clearAll = () => {
    setSearch('');
    clearFilters();
  };

  let body;
  if (error && !rows.length) body = <ErrorState error={error} onRetry={reload} />;
  else if (!loaded) body = <LoadingState rows={8} />;
  else if (!rows.length && !filtered)
    body = (
      <EmptyBlock
        icon={<IconUsers size={26} />}
        title={t('influencers.empty.title')}
        description={t('influencers.empty.description')}
        actions={
          <>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('influencers.add')}
            </Button>
            <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => navigate('/influencers/import')}>
              {t('influencers.importButton')}
            </Button>
          </>
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
          <Button variant="default" leftSection={<IconFilterOff size={16} />} onClick={clearAll}>
            {t('influencers.noMatches.reset')}
          </Button>
        }
      />
    );
  else
    body = (
      <Card padding={0} style={{ overflow: 'hidden' }}>
        <DirectoryTable rows={shown} total={total} sort={sort} dir={dir} showFit={!!fitCampaignId} onSort={setSort} onOpen={open} busy={loading} />
      </Card>
    );

  const showTools = loaded && (rows.length > 0 || filtered);

  return (
    <>
      <PageHeader
        title={t('influencers.title')}
        subtitle={t('influencers.subtitle')}
        actions={
          <>
            <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => navigate('/influencers/import')}>
              {t('influencers.importButton')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('influencers.add')}
            </Button>
          </>
        }
      />
      {showTools && <FilterBar search={search} setSearch={setSearch} />}
      {showTools && (
        <Group justify="space-between" mb="sm" gap="sm" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite" data-testid="influencer-count">
            {t('influencers.count', { count: total, formatted: fmt.number(total) })}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Select
              aria-label={t('influencers.fit.label')}
              placeholder={t('influencers.fit.placeholder')}
              leftSection={<IconTarget size={16} />}
              data={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
              value={fitCampaignId ? String(fitCampaignId) : null}
              onChange={(v) => setFit(v ? Number(v) : null)}
              clearable
              searchable
              nothingFoundMessage={t('influencers.filters.noCampaigns')}
              w={250}
            />
            <SavedFiltersButton />
            <ExportButton />
          </Group>
        </Group>
      )}
      {body}
      <CreateInfluencerModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
