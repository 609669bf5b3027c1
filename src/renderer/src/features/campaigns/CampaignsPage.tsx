import { ActionIcon, Badge, Button, Card, Group, Menu, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArchive, IconArchiveOff, IconCopy, IconDots, IconPencil, IconPlus, IconSearch, IconSpeakerphone, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CampaignDetail, CampaignRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PhaseBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { CreateCampaignModal } from './CreateCampaignModal';
import { EditCampaignModal } from './EditCampaignModal';
import { campaignActions, useCampaignList } from './queries';
import { useCampaignsUi, type PhaseTab } from './store';
import './campaigns.css';
import { DataTable } from '../../components/DataTable';

const TABS: PhaseTab[] = ['all', 'active', 'planned', 'finished', 'archived'];

function RowActions({ row, onEdit }: { row: CampaignRow; onEdit(row: CampaignRow): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { archive, duplicate, trash } = campaignActions;
  const archived = row.phase === 'archived';
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('campaigns.actions.menu', { name: row.name })} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown onClick={(e) => e.stopPropagation()}>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(row)}>
          {t('campaigns.actions.edit')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCopy size={14} />}
          onClick={async () => {
            const id = await duplicate(row);
            if (id) navigate(`/campaigns/${id}`);
          }}
        >
          {t('campaigns.actions.duplicate')}
        </Menu.Item>
        <Menu.Item leftSection={archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />} onClick={() => archive(row, !archived)}>
          {archived ? t('campaigns.actions.unarchive') : t('campaigns.actions.archive')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => void trash(row)}>
          {t('trash.moveToTrash')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function CampaignsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { search, tab, setSearch, setTab } = useCampaignsUi();
  const { rows, loaded, loading, error, reload } = useCampaignList(search);
  const [text, setText] = useState(search);
  const [debounced] = useDebouncedValue(text, 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<CampaignDetail | null>(null);

  useEffect(() => {
    if (debounced !== useCampaignsUi.getState().search) setSearch(debounced);
  }, [debounced, setSearch]);

  const counts = useMemo(() => {
    const c: Record<PhaseTab, number> = { all: 0, active: 0, planned: 0, finished: 0, archived: 0 };
    for (const r of rows) {
      c[r.phase] = (c[r.phase] ?? 0) + 1;
      if (r.phase !== 'archived') c.all++;
    }
    return c;
  }, [rows]);
  const shown = useMemo(() => rows.filter((r) => (tab === 'all' ? r.phase !== 'archived' : r.phase === tab)), [rows, tab]);

  const openEdit = async (row: CampaignRow) => {
    try {
      setEditing(await api.call('campaigns.get', { id: row.id }));
    } catch (err) {
      notifyError(err);
    }
  };

  const tabLabel = (x: PhaseTab) => (x === 'all' ? t('campaigns.list.all') : t(`phases.${x}`));
  const open = (id: number) => navigate(`/campaigns/${id}`);
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('campaigns.add')}
    </Button>
  );

  let body;
  if (error && !rows.length) body = <ErrorState error={error} onRetry={reload} />;
  else if (!loaded) body = <LoadingState rows={6} />;
  else if (!rows.length && !search)
    body = <EmptyBlock icon={<IconSpeakerphone size={26} />} title={t('campaigns.empty.title')} description={t('campaigns.empty.description')} actions={addButton} />;
  else if (!shown.length)
    body = (
      <EmptyBlock
        icon={<IconSearch size={26} />}
        title={search ? t('influencers.noMatches.title') : t('campaigns.list.emptyTab', { phase: tabLabel(tab) })}
        description={search ? t('campaigns.noMatches') : t('campaigns.list.emptyTabText')}
      />
    );
  else
    body = (
      <Card padding={0} style={{ opacity: loading ? 0.7 : 1 }}>
        <DataTable minWidth={980} className="data-table" highlightOnHover
          head={
            <>
              <Table.Th>{t('campaigns.columns.name')}</Table.Th>
              <Table.Th>{t('campaigns.columns.goal')}</Table.Th>
              <Table.Th>{t('campaigns.columns.phase')}</Table.Th>
              <Table.Th>{t('campaigns.columns.dates')}</Table.Th>
              <Table.Th className="num">{t('campaigns.columns.budget')}</Table.Th>
              <Table.Th className="num">{t('campaigns.columns.spend')}</Table.Th>
              <Table.Th className="num">{t('campaigns.columns.revenue')}</Table.Th>
              <Table.Th className="num">{t('campaigns.columns.collaborations')}</Table.Th>
              <Table.Th w={44}>
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            </>
          }
        >
          {shown.map((c) => {
            const over = c.budgetMinor > 0 && c.costMinor > c.budgetMinor;
            return (
              <Table.Tr
                key={c.id}
                className="clickable"
                tabIndex={0}
                onClick={() => open(c.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) open(c.id);
                }}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.name}
                  </Text>
                  {c.product && (
                    <Text size="xs" c="dimmed">
                      {c.product}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`goals.${c.goal}`)}</Table.Td>
                <Table.Td>
                  <PhaseBadge phase={c.phase} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateRange(c.startDate, c.endDate, t('campaigns.detail.openEnded'))}</Table.Td>
                <Table.Td className="num">{fmt.money(c.budgetMinor, c.currency, { whole: true })}</Table.Td>
                <Table.Td className="num" c={over ? 'red' : undefined}>
                  {fmt.money(c.costMinor, c.currency, { whole: true })}
                </Table.Td>
                <Table.Td className="num" fw={600}>
                  {fmt.money(c.revenueMinor, c.currency, { whole: true })}
                </Table.Td>
                <Table.Td className="num">{fmt.number(c.collaborations)}</Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <RowActions row={c} onEdit={openEdit} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      </Card>
    );

  return (
    <>
      <PageHeader title={t('campaigns.title')} subtitle={t('campaigns.subtitle')} actions={addButton} />
      {(rows.length > 0 || search) && (
        <Group mb="md" justify="space-between" wrap="wrap">
          <SegmentedControl
            value={tab}
            onChange={(x) => setTab(x as PhaseTab)}
            aria-label={t('campaigns.list.tabs')}
            data={TABS.map((x) => ({
              value: x,
              label: (
                <Group gap={6} wrap="nowrap" justify="center">
                  <span>{tabLabel(x)}</span>
                  <Badge size="xs" variant={x === tab ? 'filled' : 'light'} color="gray" circle={counts[x] < 10}>
                    {counts[x]}
                  </Badge>
                </Group>
              ),
            }))}
          />
          <TextInput
            type="search"
            placeholder={t('campaigns.searchPlaceholder')}
            aria-label={t('campaigns.searchLabel')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={320}
          />
        </Group>
      )}
      {body}
      <CreateCampaignModal opened={creating} onClose={() => setCreating(false)} />
      <EditCampaignModal campaign={editing} opened={!!editing} onClose={() => setEditing(null)} />
    </>
  );
}
