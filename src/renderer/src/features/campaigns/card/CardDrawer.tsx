import { Anchor, Badge, Button, Drawer, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconCalendarEvent, IconExternalLink, IconFileText, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CollaborationDetail, PostDto, SampleDto, StageDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { ChannelLabel, TierBadge } from '../../../components/Badges';
import { ErrorState, LoadingState } from '../../../components/States';
import { onDataChanged } from '../../../lib/sync';
import { appUndoScope } from '../../../lib/undo';
import { UnsavedScopeProvider, useCloseGuard } from '../../../lib/unsaved';
import { useFormat } from '../../../lib/useFormat';
import { sortStages } from '../board/model';
import { stageLabel } from '../board/stageLabel';
import { campaignActions, useBoard } from '../queries';
import { ContentTab } from './ContentTab';
import { OverviewTab } from './OverviewTab';
import { SamplesTab } from './SamplesTab';
import { CodesTab } from './CodesTab';
import { FilesTab } from './FilesTab';
import { LinksTab } from './LinksTab';
import { OutreachTab } from './OutreachTab';
import { HistoryTab } from './HistoryTab';
import { CardLeaks, LeakFlag, useCardLeakCount } from './CardLeaks';

export type CardTab = 'overview' | 'history' | 'codes' | 'links' | 'files' | 'outreach' | 'samples' | 'content';

/** Everything on one card, in a drawer on the right. */
export function CardDrawer({
  cardId,
  stages,
  baseUrl,
  disclosureText = '',
  onClose,
}: {
  cardId: number | null;
  stages: StageDto[];
  baseUrl: string | null;
  disclosureText?: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [detail, setDetail] = useState<CollaborationDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tab, setTab] = useState<CardTab>('overview');
  const [content, setContent] = useState<{ id: number; samples: SampleDto[]; posts: PostDto[] } | null>(null);
  const guard = useCloseGuard();

  const load = useCallback(async (id: number) => {
    setError(null);
    try {
      const d = await api.call('collaborations.get', { id });
      setDetail(d);
    } catch (err) {
      setError(err);
    }
  }, []);

  // samples and posts: loaded with the card so the tabs can show counts and the disclosure warning
  const loadContent = useCallback(async (id: number) => {
    try {
      const [samples, posts] = await Promise.all([api.call('samples.list', { collaborationId: id }), api.call('posts.list', { collaborationId: id })]);
      setContent({ id, samples, posts });
    } catch {
      setContent((c) => (c?.id === id ? c : { id, samples: [], posts: [] }));
    }
  }, []);

  useEffect(() => {
    if (cardId == null) return;
    setDetail((d) => (d?.id === cardId ? d : null));
    setContent((c) => (c?.id === cardId ? c : null));
    setTab('overview');
    void load(cardId);
    void loadContent(cardId);
    return onDataChanged(['collaborations'], () => void loadContent(cardId));
  }, [cardId, load, loadContent]);

  // the board's copy of this card changed (moved, badges): refresh the drawer
  const campaignId = detail?.id === cardId ? detail.campaignId : 0;
  const boardCards = useBoard(campaignId, cardId != null)?.cards;
  const boardCard = boardCards?.find((c) => c.id === cardId);
  const boardStage = boardCard?.stageId;
  useEffect(() => {
    if (cardId != null && boardStage != null) void load(cardId);
  }, [boardStage, cardId, load]);

  const changed = () => {
    if (cardId != null) {
      void load(cardId);
      void loadContent(cardId);
    }
  };

  const ordered = sortStages(stages);
  const stageId = boardCard?.stageId ?? detail?.stageId;

  const moveTo = async (sid: number) => {
    if (cardId == null || sid === stageId) return;
    const target = (boardCards ?? []).filter((c) => c.stageId === sid).length;
    await campaignActions.moveCard(campaignId, cardId, sid, target);
  };
  const remove = async () => {
    if (cardId == null) return;
    if (await campaignActions.removeCard(campaignId, cardId)) onClose();
  };

  const d = detail && detail.id === cardId ? detail : null;
  const c = content && content.id === cardId ? content : null;
  const missing = c ? c.posts.filter((p) => !p.disclosurePresent).length : 0;
  const leaks = useCardLeakCount(cardId);
  return (
    <Drawer
      {...appUndoScope}
      opened={cardId != null}
      onClose={() => guard.requestClose(onClose)}
      position="right"
      size={800}
      padding="lg"
      title={
        d ? (
          <Group gap="xs" wrap="nowrap">
            <Text fw={650} fz="lg" truncate>
              {d.influencer.name}
            </Text>
            <TierBadge tier={d.influencer.tier} />
          </Group>
        ) : (
          t('card.title')
        )
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      classNames={{ body: 'card-drawer-body' }}
    >
      <UnsavedScopeProvider value={guard.scope}>
      {!d ? (
        error ? <ErrorState error={error} onRetry={() => cardId != null && load(cardId)} /> : <LoadingState />
      ) : (
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap" align="flex-end">
            <Stack gap={4}>
              <ChannelLabel platform={d.influencer.platform} handle={d.influencer.handle} />
              <Text size="xs" c="dimmed">
                {t('card.followers', { formatted: fmt.compact(d.influencer.followers) })} · {t('card.er')} {fmt.percentBp(d.influencer.engagementRateBp)}
                {d.contactedAt && <> · {t('outreach.contactedShort', { date: fmt.date(d.contactedAt) })}</>}
              </Text>
              <Anchor component={Link} href={`/influencers/${d.influencer.id}`} size="xs">
                <Group gap={4} component="span">
                  {t('card.openProfile')}
                  <IconExternalLink size={12} aria-hidden="true" />
                </Group>
              </Anchor>
              <Anchor component={Link} href={`/campaigns/${d.campaignId}/cards/${d.id}/briefing`} size="xs">
                <Group gap={4} component="span">
                  {t('card.openBriefing')}
                  <IconFileText size={12} aria-hidden="true" />
                </Group>
              </Anchor>
            </Stack>
            <Select
              label={t('card.stage')}
              data={ordered.map((s) => ({ value: String(s.id), label: stageLabel(s, t) }))}
              value={stageId != null ? String(stageId) : null}
              onChange={(x) => x && void moveTo(Number(x))}
              allowDeselect={false}
              w={200}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Tabs
            value={tab}
            onChange={(x) => x && setTab(x as CardTab)}
            keepMounted={false}
            styles={{ tab: { paddingInline: 8, fontSize: 13 }, tabSection: { marginInlineStart: 5 } }}
          >
            <Tabs.List mb="md" className="card-tabs-list">
              <Tabs.Tab value="overview">
                {t('card.tabs.overview')}
              </Tabs.Tab>
              <Tabs.Tab value="history">
                {t('card.tabs.history')}
              </Tabs.Tab>
              <Tabs.Tab
                value="codes"
                rightSection={
                  d.codes.length || leaks ? (
                    <Group gap={3} wrap="nowrap">
                      {d.codes.length ? (
                        <Badge size="xs" variant="light" circle>
                          {d.codes.length}
                        </Badge>
                      ) : null}
                      <LeakFlag count={leaks} />
                    </Group>
                  ) : null
                }
              >
                {t('card.tabs.codes')}
              </Tabs.Tab>
              <Tabs.Tab value="links" rightSection={d.links.length ? <Badge size="xs" variant="light" circle>{d.links.length}</Badge> : null}>
                {t('card.tabs.links')}
              </Tabs.Tab>
              <Tabs.Tab value="samples" rightSection={c?.samples.length ? <Badge size="xs" variant="light" circle>{c.samples.length}</Badge> : null}>
                {t('samples.tab')}
              </Tabs.Tab>
              <Tabs.Tab
                value="content"
                rightSection={
                  c?.posts.length ? (
                    <Badge size="xs" variant={missing ? 'filled' : 'light'} color={missing ? 'red' : undefined} circle aria-label={missing ? t('content.missingCount', { count: missing }) : undefined}>
                      {c.posts.length}
                    </Badge>
                  ) : null
                }
              >
                {t('content.tab')}
              </Tabs.Tab>
              <Tabs.Tab value="files" rightSection={d.attachments.length ? <Badge size="xs" variant="light" circle>{d.attachments.length}</Badge> : null}>
                {t('card.tabs.files')}
              </Tabs.Tab>
              <Tabs.Tab value="outreach">
                {t('card.tabs.outreach')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overview">
              <OverviewTab detail={d} onSaved={changed} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <HistoryTab detail={d} />
            </Tabs.Panel>
            <Tabs.Panel value="codes">
              <CodesTab detail={d} onChanged={changed} />
              <CardLeaks collaborationId={d.id} count={leaks} />
            </Tabs.Panel>
            <Tabs.Panel value="links">
              <LinksTab detail={d} onChanged={changed} baseUrl={baseUrl} />
            </Tabs.Panel>
            <Tabs.Panel value="files">
              <FilesTab detail={d} onChanged={changed} />
            </Tabs.Panel>
            <Tabs.Panel value="samples">
              <SamplesTab detail={d} samples={c?.samples ?? null} onChanged={changed} />
            </Tabs.Panel>
            <Tabs.Panel value="content">
              <ContentTab detail={d} posts={c?.posts ?? null} disclosureText={disclosureText} onChanged={changed} />
            </Tabs.Panel>
            <Tabs.Panel value="outreach">
              <OutreachTab detail={d} onChanged={changed} />
            </Tabs.Panel>
          </Tabs>
          <Group justify="space-between" mt="lg" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Text size="xs" c="dimmed">
              <IconCalendarEvent size={12} style={{ verticalAlign: -2 }} aria-hidden="true" /> {d.campaignName}
            </Text>
            <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={remove}>
              {t('card.remove')}
            </Button>
          </Group>
        </Stack>
      )}
      </UnsavedScopeProvider>
    </Drawer>
  );
}
