import { Group, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PlatformIcon } from '../../components/Badges';
import { useCollabDirectory, type CollabOption } from './store';

/** "Assign to…": a searchable list of every collaboration, grouped by campaign. */
export function CollabPicker({ code, label, value, onChange }: { code?: string; label?: string; value: number | null; onChange(collaborationId: number | null): void }) {
  const { t } = useTranslation();
  const { items, loading, error } = useCollabDirectory();

  const { data, byValue } = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    const map = new Map<string, CollabOption>();
    for (const c of items ?? []) {
      const group = `${c.campaignName} · ${t(`phases.${c.phase}`)}`;
      if (!groups.has(group)) groups.set(group, []);
      const v = String(c.collaborationId);
      groups.get(group)!.push({ value: v, label: `${c.influencerName} · ${c.campaignName}` });
      map.set(v, c);
    }
    return { data: [...groups].map(([group, list]) => ({ group, items: list })), byValue: map };
  }, [items, t]);

  return (
    <Select
      aria-label={label ?? t('imports.report.assignFor', { code })}
      placeholder={loading && !items ? t('common.loading') : t('imports.report.assignPlaceholder')}
      data={data}
      value={value == null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchable
      clearable
      size="sm"
      w="100%"
      maxDropdownHeight={320}
      comboboxProps={{ width: 360, position: 'bottom-end' }}
      nothingFoundMessage={error ? t('imports.report.collabsFailed') : t('imports.report.noCollabs')}
      renderOption={({ option }) => {
        const c = byValue.get(option.value);
        if (!c) return option.label;
        return (
          <Group gap={8} wrap="nowrap">
            <Text component="span" c="dimmed" lh={0}>
              <PlatformIcon platform={c.platform} size={15} />
            </Text>
            <Stack gap={0} miw={0}>
              <Text size="sm" truncate>
                {c.influencerName}
              </Text>
              {c.handle && (
                <Text size="xs" c="dimmed" truncate>
                  @{c.handle.replace(/^@/, '')}
                </Text>
              )}
            </Stack>
          </Group>
        );
      }}
    />
  );
}
