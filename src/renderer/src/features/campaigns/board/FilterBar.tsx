import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS, TIERS } from '../../../../../shared/domain';
import { EMPTY_FILTER, filterActive, type BoardFilter } from './model';

/** The board's filter row: name or handle, platform, niche, tier. */
export function FilterBar({ filter, onChange, niches }: { filter: BoardFilter; onChange(f: BoardFilter): void; niches: string[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.text);
  const [debounced] = useDebouncedValue(text, 150);
  const latest = useRef({ filter, onChange });
  latest.current = { filter, onChange };
  useEffect(() => {
    const { filter: f, onChange: change } = latest.current;
    if (debounced !== f.text) change({ ...f, text: debounced });
  }, [debounced]);
  useEffect(() => {
    if (!filter.text) setText('');
  }, [filter.text]);
  return (
    <Group gap="xs" wrap="wrap" justify="flex-end" role="search" aria-label={t('board.filter.label')}>
      <TextInput
        type="search"
        size="xs"
        w={240}
        leftSection={<IconSearch size={14} />}
        placeholder={t('board.filter.text')}
        aria-label={t('board.filter.text')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Select
        size="xs"
        w={150}
        placeholder={t('board.filter.platform')}
        aria-label={t('board.filter.platform')}
        data={PLATFORMS.map((p) => ({ value: p, label: t(`platforms.${p}`) }))}
        value={filter.platform}
        onChange={(x) => onChange({ ...filter, platform: x })}
        clearable
      />
      <Select
        size="xs"
        w={160}
        placeholder={t('board.filter.niche')}
        aria-label={t('board.filter.niche')}
        data={niches.map((n) => ({ value: n, label: t(`niches.${n}`, { defaultValue: n }) }))}
        value={filter.niche}
        onChange={(x) => onChange({ ...filter, niche: x })}
        clearable
        searchable
      />
      <Select
        size="xs"
        w={130}
        placeholder={t('board.filter.tier')}
        aria-label={t('board.filter.tier')}
        data={TIERS.map((x) => ({ value: x, label: t(`tiers.${x}`) }))}
        value={filter.tier}
        onChange={(x) => onChange({ ...filter, tier: x })}
        clearable
      />
      {filterActive(filter) && (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} />} onClick={() => onChange(EMPTY_FILTER)}>
          {t('board.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
