import { Badge, Group, Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconFileText, IconReceipt, IconSearch, IconSpeakerphone, IconTicket, IconUser } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../../../shared/contract';
import { useApiQuery } from '../../lib/query';
import { errorMessage } from '../../api/errors';

const ICONS: Record<SearchHit['kind'], ReactNode> = {
  person: <IconUser size={16} />,
  campaign: <IconSpeakerphone size={16} />,
  code: <IconTicket size={16} />,
  order: <IconReceipt size={16} />,
  briefing: <IconFileText size={16} />,
};

/** Where a hit opens (hash routes of App.tsx). */
export function hrefOf(h: SearchHit): string {
  switch (h.kind) {
    case 'person':
      return `/influencers/${h.influencerId}`;
    case 'campaign':
      return `/campaigns/${h.campaignId}`;
    case 'code':
      return `/campaigns/${h.campaignId}/cards/${h.collaborationId}`;
    case 'order':
      if (h.campaignId && h.collaborationId) return `/campaigns/${h.campaignId}/cards/${h.collaborationId}`;
      return h.batchId ? `/imports/${h.batchId}` : '/imports';
    case 'briefing':
      return h.collaborationId ? `/campaigns/${h.campaignId}/cards/${h.collaborationId}/briefing` : `/campaigns/${h.campaignId}/briefing`;
  }
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The button in the header that opens the search, showing its shortcut. */
export function SearchButton({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onOpen} aria-label={t('search.open')} className="search-button" px="sm" py={6} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, minWidth: 220 }}>
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap">
          <IconSearch size={15} color="var(--mantine-color-dimmed)" />
          <Text size="sm" c="dimmed">
            {t('search.placeholderShort')}
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap">
          <Kbd size="xs">{isMac ? '⌘' : t('search.ctrl')}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
}

/**
 * Global search (Ctrl/Cmd+K): one field over people, campaigns, codes, orders and briefings (search.global),
 * arrows to move, Enter to open, Esc to close.
 */
export function SearchPalette({ opened, onOpen, onClose }: { opened: boolean; onOpen(): void; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(q.trim(), 120);
  useHotkeys([['mod+K', () => (opened ? onClose() : onOpen())]], []);
  const result = useApiQuery('search.global', { q: debounced || ' ' }, { scopes: ['all'], enabled: opened && debounced.length > 0 });
  const hits = useMemo(() => (debounced && result.data ? result.data.hits : []), [debounced, result.data]);
  useEffect(() => setActive(0), [debounced]);
  useEffect(() => {
    if (!opened) setQ('');
  }, [opened]);

  const open = (h: SearchHit) => {
    onClose();
    navigate(hrefOf(h));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      open(hits[active]);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      withCloseButton={false}
      size="lg"
      yOffset="12vh"
      padding="sm"
      title={t('search.title')}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)', fontWeight: 600, textTransform: 'uppercase' }, header: { minHeight: 0, paddingBottom: 4 } }}
    >
      <TextInput
        data-autofocus
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        onKeyDown={onKey}
        placeholder={t('search.placeholder')}
        aria-label={t('search.title')}
        leftSection={<IconSearch size={16} />}
        size="md"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `search-hit-${active}` : undefined}
      />
      <Stack gap={2} mt="sm" id="search-results" role="listbox" aria-label={t('search.results')}>
        {result.error ? (
          <Text size="sm" c="red" p="sm">
            {errorMessage(result.error)}
          </Text>
        ) : debounced && result.data && hits.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('search.nothing', { q: debounced })}
          </Text>
        ) : !debounced ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('search.hint')}
          </Text>
        ) : null}
        {hits.map((h, i) => (
          <UnstyledButton
            key={`${h.kind}-${i}`}
            id={`search-hit-${i}`}
            role="option"
            aria-selected={i === active}
            onClick={() => open(h)}
            onMouseEnter={() => setActive(i)}
            p="xs"
            style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-brand-light, var(--mantine-color-blue-light))' : undefined }}
          >
            <Group gap="sm" wrap="nowrap">
              {ICONS[h.kind]}
              <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={500} truncate>
                  {h.title}
                </Text>
                {h.detail && (
                  <Text size="xs" c="dimmed" truncate>
                    {h.detail}
                  </Text>
                )}
              </Stack>
              <Badge variant="light" color="gray" size="sm">
                {t(`search.kinds.${h.kind}`)}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Modal>
  );
}
