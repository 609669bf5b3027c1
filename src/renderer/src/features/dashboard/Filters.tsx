import { Group, MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { useApiQuery } from '../../lib/query';

export interface PortfolioFilter {
  from: string | null;
  to: string | null;
  campaignIds: number[];
  influencerIds: number[];
}

export const NO_FILTER: PortfolioFilter = { from: null, to: null, campaignIds: [], influencerIds: [] };

/** Date range, campaigns and influencers of the portfolio dashboard (influencers searched as you type). */
export function Filters({ value, onChange }: { value: PortfolioFilter; onChange(f: PortfolioFilter): void }) {
  const { t } = useTranslation();
  const campaigns = useApiQuery('campaigns.list', { includeArchived: true }, { scopes: ['campaigns'] }).data ?? [];
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const people = useApiQuery('influencers.list', { search: debounced || undefined, limit: 30, sort: 'name', dir: 'asc' }, { scopes: ['influencers'] }).data;
  // keep the names of chosen people though they drop out of the search results
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const peopleData = useMemo(() => {
    const m = new Map<string, string>(Object.entries(chosen));
    for (const r of people?.rows ?? []) m.set(String(r.id), r.name);
    return [...m].map(([v, label]) => ({ value: v, label }));
  }, [people, chosen]);
  const invalidRange = value.from && value.to && value.from > value.to ? t('kpiui.filters.rangeInvalid') : undefined;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" className="kpi-filters" role="search" aria-label={t('kpiui.filters.label')}>
      <DateField label={t('kpiui.filters.from')} value={value.from} onChange={(from) => onChange({ ...value, from })} w={150} maxDate={value.to ?? undefined} />
      <DateField label={t('kpiui.filters.to')} value={value.to} onChange={(to) => onChange({ ...value, to })} w={150} error={invalidRange} minDate={value.from ?? undefined} />
      <MultiSelect
        label={t('kpiui.filters.campaigns')}
        placeholder={value.campaignIds.length ? undefined : t('kpiui.filters.allCampaigns')}
        data={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
        value={value.campaignIds.map(String)}
        onChange={(v) => onChange({ ...value, campaignIds: v.map(Number) })}
        searchable
        clearable
        w={260}
        maxDropdownHeight={280}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('kpiui.filters.influencers')}
        placeholder={value.influencerIds.length ? undefined : t('kpiui.filters.allInfluencers')}
        data={peopleData}
        value={value.influencerIds.map(String)}
        onChange={(v) => {
          setChosen(Object.fromEntries(v.map((id) => [id, peopleData.find((p) => p.value === id)?.label ?? id])));
          onChange({ ...value, influencerIds: v.map(Number) });
        }}
        searchValue={search}
        onSearchChange={setSearch}
        searchable
        clearable
        filter={({ options }) => options}
        nothingFoundMessage={t('kpiui.filters.nobody')}
        w={260}
        maxDropdownHeight={280}
      />
    </Group>
  );
}
