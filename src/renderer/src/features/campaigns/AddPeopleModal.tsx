import { Alert, Badge, Button, Checkbox, Group, Modal, Progress, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type AddResult, type InfluencerRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { ChannelLabel, TierBadge } from '../../components/Badges';
import { LoadingState } from '../../components/States';
import { useContractForm } from '../../lib/contractForm';
import { useCloseGuard } from '../../lib/unsaved';
import { useFormat } from '../../lib/useFormat';
import { showDone } from '../../lib/notify';
import { campaignActions } from './queries';

const LIMIT = 200;

function fitColor(score: number) {
  return score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'gray';
}

const FIELDS = ['influencerIds'];

/**
 * Pick people not yet in the campaign, best fit first; adds them to the first stage. The picked people are the
 * form's value (useContractForm), checked by collaborations.add's own schema before sending.
 */
export function AddPeopleModal({ campaignId, opened, onClose }: { campaignId: number; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { addPeople } = campaignActions;
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text, 250);
  const [rows, setRows] = useState<InfluencerRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [result, setResult] = useState<AddResult | null>(null);
  const [names, setNames] = useState<Map<number, string>>(new Map());

  const refresh = async () => {
    // the candidates again (the added ones are gone)
    const r = await api.call('influencers.list', { notInCampaignId: campaignId, fitCampaignId: campaignId, sort: 'fit', dir: 'desc', search: search.trim() || undefined, limit: LIMIT });
    setRows(r.rows);
    setTotal(r.total);
  };
  const { form, busy, persist, load, error } = useContractForm({
    initialValues: { influencerIds: [] as number[] },
    schema: contract['collaborations.add'].input,
    toInput: (v) => ({ campaignId, influencerIds: v.influencerIds }),
    fields: FIELDS,
    // true when the dialog could close (nothing skipped, no limit warning to read)
    save: async (input) => {
      const res = await addPeople(input.campaignId, input.influencerIds);
      if (res.added.length) showDone(t('addPeople.done', { count: res.added.length }));
      if (res.skipped.length || res.active > res.limit) {
        setResult(res);
        form.setFieldValue('influencerIds', []);
        await refresh();
        return false;
      }
      guard.saved();
      onClose();
      return true;
    },
  });
  const ids = form.values.influencerIds;
  const selected = useMemo(() => new Set(ids), [ids]);
  const setSelected = (f: (s: Set<number>) => Set<number>) => form.setFieldValue('influencerIds', (prev) => [...f(new Set(prev))]);

  useEffect(() => {
    if (!opened) return;
    setText('');
    load({ influencerIds: [] });
    setResult(null);
  }, [opened]);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    setRows(null);
    api
      .call('influencers.list', { notInCampaignId: campaignId, fitCampaignId: campaignId, sort: 'fit', dir: 'desc', search: search.trim() || undefined, limit: LIMIT })
      .then((r) => {
        if (!live) return;
        setRows(r.rows);
        setTotal(r.total);
        setNames((m) => new Map([...m, ...r.rows.map((x) => [x.id, x.name] as const)]));
      })
      .catch((err) => {
        if (live) {
          setRows([]);
          notifyError(err);
        }
      });
    return () => {
      live = false;
    };
  }, [opened, campaignId, search]);

  const toggle = (id: number) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const allShown = useMemo(() => !!rows?.length && rows.every((r) => selected.has(r.id)), [rows, selected]);
  const toggleAll = () =>
    setSelected((s) => {
      const n = new Set(s);
      for (const r of rows ?? []) {
        if (allShown) n.delete(r.id);
        else n.add(r.id);
      }
      return n;
    });

  const submit = async (): Promise<boolean> => (selected.size ? persist() : true);
  const idsError = error('influencerIds');

  // people picked but not added yet: closing asks first (add them, discard the choice, or keep picking)
  const guard = useCloseGuard({ dirty: opened && selected.size > 0, save: submit });
  const requestClose = () => guard.requestClose(onClose);

  return (
    // Wide enough for every column at 1280 px; the list scrolls between the search and the buttons, which stay in view.
    <Modal opened={opened} onClose={requestClose} title={t('addPeople.title')} size="min(1080px, 94vw)" centered>
      <Stack gap="sm">
        <TextInput
          type="search"
          leftSection={<IconSearch size={16} />}
          placeholder={t('addPeople.search')}
          aria-label={t('addPeople.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-autofocus
        />
        {result && (
          <Stack gap="xs">
            {result.active > result.limit && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('activeLimit.title')}>
                {t('activeLimit.text', { active: result.active, limit: result.limit })}
              </Alert>
            )}
            {result.skipped.length > 0 && (
              <Alert color="gray" variant="light" title={t('addPeople.skippedTitle', { count: result.skipped.length })}>
                {result.skipped.map((s) => `${names.get(s.influencerId) ?? `#${s.influencerId}`} (${t(`addPeople.reasons.${s.reason}`)})`).join(', ')}
              </Alert>
            )}
          </Stack>
        )}
        {!rows ? (
          <LoadingState rows={6} />
        ) : rows.length === 0 ? (
          <Text c="dimmed" size="sm" ta="center" py="xl">
            {search ? t('addPeople.noMatches') : t('addPeople.nobodyLeft')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="calc(100dvh - 19rem)" type="auto" offsetScrollbars>
            <Table className="data-table add-people-table" highlightOnHover verticalSpacing={6} stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox aria-label={t('addPeople.selectAll')} checked={allShown} indeterminate={!allShown && rows.some((r) => selected.has(r.id))} onChange={toggleAll} />
                  </Table.Th>
                  <Table.Th>{t('addPeople.name')}</Table.Th>
                  <Table.Th>{t('addPeople.channel')}</Table.Th>
                  <Table.Th className="num">{t('addPeople.followers')}</Table.Th>
                  <Table.Th className="num">{t('card.er')}</Table.Th>
                  <Table.Th w={150}>{t('addPeople.fit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const checked = selected.has(r.id);
                  return (
                    <Table.Tr key={r.id} className="clickable" onClick={() => toggle(r.id)} data-selected={checked || undefined} bg={checked ? 'var(--mantine-color-brand-light)' : undefined}>
                      <Table.Td onClick={(e) => e.stopPropagation()}>
                        <Checkbox aria-label={t('addPeople.select', { name: r.name })} checked={checked} onChange={() => toggle(r.id)} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={500} truncate maw={220}>
                            {r.name}
                          </Text>
                          <TierBadge tier={r.tier} />
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <ChannelLabel platform={r.platform} handle={r.handle} />
                      </Table.Td>
                      <Table.Td className="num">{fmt.compact(r.followers)}</Table.Td>
                      <Table.Td className="num">{fmt.percentBp(r.engagementRateBp)}</Table.Td>
                      <Table.Td>
                        {r.fitScore != null ? (
                          <Group gap={6} wrap="nowrap" title={t('addPeople.fitHint')}>
                            <Progress value={r.fitScore} color={fitColor(r.fitScore)} size="sm" radius="xl" w={80} aria-label={t('addPeople.fitAria', { score: r.fitScore })} />
                            <Text size="xs" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                              {r.fitScore}
                            </Text>
                          </Group>
                        ) : (
                          <Text c="dimmed">{t('common.none')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {rows ? (total > rows.length ? t('addPeople.showing', { shown: rows.length, total }) : t('addPeople.candidates', { count: total })) : '\u00a0'}
            {selected.size > 0 && (
              <Badge ml="sm" variant="light" size="sm" color={idsError ? 'red' : undefined}>
                {t('addPeople.selected', { count: selected.size })}
              </Badge>
            )}
            {idsError && (
              <Text component="span" role="alert" size="xs" c="red" ml="xs" data-testid="add-people-error">
                {idsError}
              </Text>
            )}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={requestClose}>
              {result ? t('common.close') : t('common.cancel')}
            </Button>
            <Button onClick={() => void submit()} disabled={!selected.size} loading={busy}>
              {t('addPeople.add', { count: selected.size })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
