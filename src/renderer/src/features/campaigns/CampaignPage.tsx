import { ActionIcon, Alert, Badge, Button, Card, Collapse, Group, Menu, Progress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconChevronDown, IconChevronUp, IconArchiveOff, IconCopy, IconDots, IconFileTypePdf, IconInfoCircle, IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CampaignDetail, StageDto } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PhaseBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { downloadFile } from '../../lib/files';
import { BackLink } from '../../components/BackLink';
import { useSettings } from '../../lib/settings';
import { AddPeopleModal } from './AddPeopleModal';
import { Board } from './board/Board';
import type { StageAction } from './board/Column';
import { countActive, EMPTY_FILTER, sortStages, type BoardFilter } from './board/model';
import { FilterBar } from './board/FilterBar';
import { StageDialog, type StageDialogState } from './board/StageDialog';
import { CardDrawer } from './card/CardDrawer';
import { CampaignKpis } from './CampaignKpis';
import { EditCampaignModal, regionName } from './EditCampaignModal';
import { campaignActions, useCampaign, useNicheFilter } from './queries';
import { useCampaignsUi } from './store';
import './campaigns.css';

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card padding="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={18} fw={650} mt={4} component="div" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </Card>
  );
}

/** Audience the campaign aims at; the KPI targets are shown against the results in the performance panel. */
function KpiTargets({ d }: { d: CampaignDetail }) {
  const { t, i18n } = useTranslation();
  const k = d.targetKpis ?? {};
  const hasKpiTargets = Object.values(k).some((v) => v != null);
  const a = d.targetAudience;
  const audience = [
    ...(a?.countries ?? []).map((c) => regionName(c, i18n.language)),
    ...(a?.niches ?? []).map((n) => t(`niches.${n}`, { defaultValue: n })),
    ...(a?.ageBands ?? []),
    ...(a?.gender && a.gender !== 'any' ? [t(`campaigns.edit.genders.${a.gender}`)] : []),
  ];
  if (!audience.length && hasKpiTargets) return null;
  return (
    <Card padding="sm" px="md">
      <Group gap="md" wrap="nowrap" align="center">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em', whiteSpace: 'nowrap' }}>
          {t('campaigns.detail.targets')}
        </Text>
        {audience.length > 0 ? (
          <Group gap={4} wrap="wrap">
            <Text size="xs" c="dimmed" mr={2}>
              {t('campaigns.edit.audience')}:
            </Text>
            {audience.map((x) => (
              <Badge key={x} size="sm" variant="outline" color="gray" tt="none" fw={500}>
                {x}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('campaigns.detail.noTargets')}
          </Text>
        )}
      </Group>
    </Card>
  );
}

/** A campaign's board; `cardId` (from the address /campaigns/:id/cards/:cardId) opens that card's drawer. */
const DETAILS_KEY = 'kollab.campaignDetails';

export function CampaignPage({ id, cardId = null }: { id: number; cardId?: number | null }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { detail, board, error: detailError, loading: detailLoading, reload } = useCampaign(id);
  const lastAdd = useCampaignsUi((s) => s.lastAdd);
  const { moveCard, archive, duplicate, trash: trashCampaign } = campaignActions;
  const limit = useSettings()?.maxActiveCollaborations;
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  // Opened from this board: closing goes back in history (so Back and close do the same); else replace.
  const openedHere = useRef(false);
  // The figures above the board fold away (remembered) so the board gets the window's height.
  const [detailsOpen, setDetailsOpen] = useState(() => localStorage.getItem(DETAILS_KEY) === 'open');
  const toggleDetails = () =>
    setDetailsOpen((o) => {
      localStorage.setItem(DETAILS_KEY, o ? 'closed' : 'open');
      return !o;
    });
  const [stageDialog, setStageDialog] = useState<StageDialogState>(null);
  const [filter, setFilter] = useState<BoardFilter>(EMPTY_FILTER);
  const { niches, nicheIds } = useNicheFilter(id, filter.niche);

  useEffect(() => {
    setFilter(EMPTY_FILTER);
  }, [id]);

  const onOpen = useCallback(
    (cid: number) => {
      openedHere.current = true;
      navigate(`/campaigns/${id}/cards/${cid}`);
    },
    [id, navigate],
  );
  const closeCard = useCallback(() => {
    if (openedHere.current) {
      openedHere.current = false;
      history.back();
    } else navigate(`/campaigns/${id}`, { replace: true });
  }, [id, navigate]);
  const onMove = useCallback((cid: number, stageId: number, index: number) => void moveCard(id, cid, stageId, index), [id, moveCard]);

  const stages = useMemo(() => (board ? sortStages(board.stages.length ? board.stages : (detail?.stages ?? [])) : []), [board, detail?.stages]);

  const onStageAction = useCallback(
    (action: StageAction, stage: StageDto) => {
      const i = stages.findIndex((s) => s.id === stage.id);
      if (action === 'rename') setStageDialog({ mode: 'rename', stage });
      else if (action === 'addAfter') setStageDialog({ mode: 'add', index: i + 1 });
      else if (action === 'remove') setStageDialog({ mode: 'remove', stage, cardCount: (board?.cards ?? []).filter((c) => c.stageId === stage.id).length });
      else {
        const j = action === 'left' ? i - 1 : i + 1;
        if (j < 0 || j >= stages.length) return;
        const ids = stages.map((s) => s.id);
        [ids[i], ids[j]] = [ids[j]!, ids[i]!];
        void campaignActions.reorderStages(id, ids);
      }
    },
    [stages, board?.cards, id],
  );

  const back = <BackLink href="/campaigns">{t('campaigns.detail.back')}</BackLink>;
  const d = detail?.id === id ? detail : null;
  if (!d || !board) {
    return (
      <Stack>
        {back}
        {detailError ? <ErrorState error={detailError} onRetry={reload} /> : <LoadingState />}
      </Stack>
    );
  }

  const used = d.budgetMinor > 0 ? Math.round((d.costMinor / d.budgetMinor) * 10_000) : null;
  const active = countActive(stages, board.cards);
  const max = lastAdd?.campaignId === id ? lastAdd.limit : limit;
  const overLimit = max != null && active > max;
  const archived = d.phase === 'archived';

  return (
    <div style={{ opacity: detailLoading ? 0.92 : 1, transition: 'opacity 120ms' }}>
      <PageHeader
        compact
        above={back}
        title={
          <Group gap="sm" wrap="nowrap">
            <Text span inherit truncate title={d.name}>
              {d.name}
            </Text>
            <PhaseBadge phase={d.phase} />
          </Group>
        }
        subtitle={
          <Group gap="xs" component="span" wrap="nowrap">
            <Badge variant="light" tt="none" fw={500}>
              {t(`goals.${d.goal}`)}
            </Badge>
            {d.product && <span>{d.product}</span>}
            {d.disclosureText && (
              <span>
                · {t('campaigns.detail.disclosure')}:{' '}
                <Text span ff="monospace" size="sm">
                  {d.disclosureText}
                </Text>
              </span>
            )}
          </Group>
        }
        actions={
          <>
            <Button variant="default" onClick={() => navigate(`/campaigns/${d.id}/briefing`)}>{t('briefings.open')}</Button>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('campaigns.edit.open')}
            </Button>
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              {t('addPeople.open')}
            </Button>
            <Menu position="bottom-end" shadow="md">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label={t('campaigns.actions.more')}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconCopy size={14} />}
                  onClick={async () => {
                    const nid = await duplicate(d);
                    if (nid) navigate(`/campaigns/${nid}`);
                  }}
                >
                  {t('campaigns.actions.duplicate')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconFileTypePdf size={14} />}
                  onClick={async () => {
                    try {
                      const lang = i18n.language === 'de' ? 'de' : 'en';
                      downloadFile(await api.call('shortlist.pdf', { campaignId: d.id, paper: 'a4', language: lang }));
                    } catch (err) {
                      notifyError(err);
                    }
                  }}
                >
                  {t('briefings.actions.shortlist')}
                </Menu.Item>
                <Menu.Item leftSection={archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />} onClick={() => archive(d, !archived)}>
                  {archived ? t('campaigns.actions.unarchive') : t('campaigns.actions.archive')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={async () => {
                    if (await trashCampaign(d)) navigate('/campaigns');
                  }}
                >
                  {t('trash.moveToTrash')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Group justify="space-between" wrap="nowrap" mb={detailsOpen ? 'sm' : 0} gap="sm">
        <Text size="sm" c="dimmed" truncate data-testid="campaign-summary">
          {fmt.dateRange(d.startDate, d.endDate, t('campaigns.detail.openEnded'))} · {fmt.money(d.costMinor, d.currency, { whole: true })} / {fmt.money(d.budgetMinor, d.currency, { whole: true })} ·{' '}
          {t('campaigns.detail.revenue')} {fmt.money(d.revenueMinor, d.currency, { whole: true })} · {max != null ? t('campaigns.detail.activeOf', { active, limit: max }) : active}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggleDetails}
          aria-expanded={detailsOpen}
          rightSection={detailsOpen ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        >
          {detailsOpen ? t('campaignHeader.hide') : t('campaignHeader.show')}
        </Button>
      </Group>
      <Collapse expanded={detailsOpen}>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
        <Stat label={t('campaigns.detail.period')}>{fmt.dateRange(d.startDate, d.endDate, t('campaigns.detail.openEnded'))}</Stat>
        <Stat label={t('campaigns.detail.budgetVsSpend')}>
          <Group gap={6} align="baseline" wrap="nowrap">
            <span>{fmt.money(d.costMinor, d.currency, { whole: true })}</span>
            <Text span size="sm" c="dimmed" fw={500}>
              / {fmt.money(d.budgetMinor, d.currency, { whole: true })}
            </Text>
          </Group>
          {used != null && (
            <>
              <Progress value={Math.min(100, used / 100)} color={used > 10_000 ? 'red' : used > 8_500 ? 'orange' : 'brand'} size="xs" radius="xl" mt={8} aria-hidden="true" />
              <Text size="xs" c={used > 10_000 ? 'red' : 'dimmed'} fw={400} mt={4}>
                {t('campaigns.detail.budgetUsed', { percent: fmt.percentBp(used, 0) })}
              </Text>
            </>
          )}
        </Stat>
        <Stat label={t('campaigns.detail.revenue')}>{fmt.money(d.revenueMinor, d.currency, { whole: true })}</Stat>
        <Stat label={t('campaigns.detail.activeCollabs')}>
          <Text span fz={18} fw={650} c={overLimit ? 'orange.8' : undefined}>
            {max != null ? t('campaigns.detail.activeOf', { active, limit: max }) : active}
          </Text>
        </Stat>
      </SimpleGrid>
      <KpiTargets d={d} />
      </Collapse>
      <CampaignKpis campaign={d} />
      {overLimit && (
        <Alert color="orange" variant="light" mt="md" icon={<IconAlertTriangle size={18} />} title={t('activeLimit.title')} role="alert" data-testid="limit-warning">
          {t('activeLimit.text', { active, limit: max })}
        </Alert>
      )}
      <Group justify="space-between" mt="sm" mb="xs" align="center" wrap="nowrap" gap="md">
        <Group gap={6} wrap="nowrap">
          <Title order={2} fz="lg" fw={600}>
            {t('campaigns.detail.pipeline')}
          </Title>
          <Tooltip label={t('board.hint')} multiline w={280} withArrow>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('board.hint')}>
              <IconInfoCircle size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <FilterBar filter={filter} onChange={setFilter} niches={niches} />
      </Group>
      <Board
        data={{ stages, cards: board.cards }}
        filter={filter}
        nicheIds={nicheIds}
        onMove={onMove}
        onOpen={onOpen}
        onStageAction={onStageAction}
        onAddStage={() => setStageDialog({ mode: 'add', index: stages.length })}
        collapsedKey={`kollab.board.collapsed.${id}`}
        key={id}
      />
      <EditCampaignModal campaign={d} opened={editing} onClose={() => setEditing(false)} />
      <AddPeopleModal campaignId={id} opened={adding} onClose={() => setAdding(false)} />
      <StageDialog state={stageDialog} campaignId={id} stages={stages} onClose={() => setStageDialog(null)} />
      <CardDrawer cardId={cardId} stages={stages} baseUrl={d.baseUrl} disclosureText={d.disclosureText} onClose={closeCard} />
    </div>
  );
}
