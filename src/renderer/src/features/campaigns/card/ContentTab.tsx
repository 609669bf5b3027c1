import { notifications } from '@mantine/notifications';
import { Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPhotoVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract, type CollaborationDetail, type PostDto } from '../../../../../shared/contract';
import { DELIVERABLE_KINDS, PLATFORMS, type DeliverableKind, type Platform } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { PlatformIcon } from '../../../components/Badges';
import { appToday } from '../../../lib/today';
import { useFormat } from '../../../lib/useFormat';
import { NumberField } from '../../../components/NumberField';
import { useContractForm } from '../../../lib/contractForm';
import { showDone } from '../../../lib/notify';
import { checkDisclosure, type DisclosureRules } from '../../../../../shared/disclosure';
import { DraftForm, DraftList, SectionTitle, useDraft } from './shared';
import { useDirtyForm } from '../../../lib/unsaved';
import { DateField } from '../../../components/DateField';
import { verdictText, useDisclosureRules, postLabel, normaliseUrl } from './postText';
import { PostRow } from './PostRow';
import { StoryFields, storyDraftOf, storyInput, type StoryDraft } from './StoryFields';
import { ChoiceSelect } from '../../../components/ChoiceSelect';

const COUNTS = ['reach', 'impressions', 'views', 'likes', 'comments', 'shares', 'saves', 'clicks'] as const;
type CountKey = (typeof COUNTS)[number];
type Mode = 'auto' | 'yes' | 'no';

type Draft = {
  id?: number;
  platform: Platform;
  kind: DeliverableKind;
  url: string;
  postedAt: string;
  caption: string;
  mode: Mode;
  /** Why the disclosure is set by hand (required with an override). */
  note: string;
  counts: Record<CountKey, number | null>;
  story: StoryDraft;
};

/** The error keys the form shows; the post's numbers sit under `counts` and the note under `note`. */
const FIELDS = ['platform', 'kind', 'url', 'postedAt', 'caption', 'note', ...COUNTS.map((k) => `counts.${k}`)];
const ALIASES: Record<string, string> = { disclosureNote: 'note', ...Object.fromEntries(COUNTS.map((k) => [k, `counts.${k}`])) };

/** The draft as `posts.save`'s input (a link that cannot be read is sent as typed, for the schema to refuse). */
function toInput(v: Draft, collaborationId: number) {
  const counts = {} as Record<CountKey, number>;
  for (const k of COUNTS) counts[k] = v.counts[k] ?? 0;
  return {
    ...(v.id ? { id: v.id } : {}),
    collaborationId,
    platform: v.platform,
    kind: v.kind,
    url: (normaliseUrl(v.url) ?? v.url.trim()) || null,
    postedAt: v.postedAt || null,
    caption: v.caption,
    ...(v.mode === 'auto' ? {} : { disclosurePresent: v.mode === 'yes', disclosureNote: v.note.trim() }),
    ...counts,
    ...(v.kind === 'story' ? storyInput(v.story) : {}),
  };
}


/** Published content of this collaboration with its numbers and the ad-disclosure check. */
export function ContentTab({ detail, posts, disclosureText, onChanged }: { detail: CollaborationDetail; posts: PostDto[] | null; disclosureText: string; onChanged(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { draft, setDraft, form, remove: removeEntry, confirmNode } = useDraft<Draft>(onChanged);
  const tag = disclosureText.trim() || '#werbung';
  const rules = useDisclosureRules(detail.id, disclosureText);

  const blank = (): Draft => ({
    platform: detail.influencer.platform ?? 'instagram',
    kind: detail.deliverables.find((d) => !d.doneAt)?.kind ?? 'post',
    url: '',
    postedAt: appToday(),
    caption: '',
    mode: 'auto',
    note: '',
    counts: Object.fromEntries(COUNTS.map((k) => [k, null])) as Draft['counts'],
    story: storyDraftOf(null),
  });
  const fromPost = (p: PostDto): Draft => ({
    id: p.id,
    platform: p.platform,
    kind: p.kind,
    url: p.url ?? '',
    postedAt: p.postedAt ?? '',
    caption: p.caption,
    mode: p.disclosureOverride === null ? 'auto' : p.disclosureOverride ? 'yes' : 'no',
    note: p.disclosureNote,
    counts: Object.fromEntries(COUNTS.map((k) => [k, p[k]])) as Draft['counts'],
    story: storyDraftOf(p),
  });

  const remove = (p: PostDto) =>
    removeEntry(p.id, {
      title: t('content.removeTitle'),
      message: t('content.removeText', { post: postLabel(p, t, fmt) }),
      done: t('content.removed'),
      remove: () => api.call('posts.remove', { id: p.id }),
    });

  const list = posts ?? [];
  const missing = list.filter((p) => !p.disclosurePresent).length;

  return (
    <Stack gap="md">
      {confirmNode}
      {missing > 0 && (
        <Group gap={6} wrap="nowrap" className="content-missing-note" role="status">
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden="true" />
          <Text size="sm" c="red.8" fw={500}>
            {t('content.missingCount', { count: missing })}
          </Text>
        </Group>
      )}
      {form && <PostForm key={form.initial.id ?? 'new'} {...form} collaborationId={detail.id} rules={rules} />}
      <DraftList
        count={list.length}
        loaded={!!posts}
        drafting={!!draft}
        onAdd={() => setDraft(blank())}
        addLabel={t('content.add')}
        title={t('content.list', { count: list.length })}
        empty={{ icon: <IconPhotoVideo size={22} />, title: t('content.empty'), description: t('content.emptyHint'), testId: 'posts-empty' }}
      >
        <Stack gap={6}>
          {list.map((p) => (
            <PostRow key={p.id} post={p} tag={tag} editing={draft?.id === p.id} onEdit={() => setDraft(fromPost(p))} onRemove={() => void remove(p)} onChanged={onChanged} />
          ))}
        </Stack>
      </DraftList>
    </Stack>
  );
}

export function PostForm({
  initial,
  collaborationId,
  rules,
  onCancel,
  onSaved,
}: {
  initial: Draft;
  collaborationId: number;
  rules: DisclosureRules;
  onCancel(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { form, busy, persist, error, number } = useContractForm({
    initialValues: initial,
    schema: contract['posts.save'].input,
    toInput: (v: Draft) => toInput(v, collaborationId),
    fields: FIELDS,
    aliases: ALIASES,
    save: async (input) => {
      const r = await api.call('posts.save', input);
      if (r.disclosurePresent) showDone(t('content.saved'));
      else notifications.show({ color: 'orange', title: t('content.savedMissing'), message: '', autoClose: 6000 });
      onSaved();
      return true;
    },
  });
  const v = form.values;
  const set = <K extends keyof Draft & string>(k: K, value: Draft[K]) => form.setFieldValue(k, value as never);
  const verdict = checkDisclosure(v.caption, rules);
  const found = verdict.ok;

  useDirtyForm(form.isDirty(), persist);

  return (
    <DraftForm title={v.id ? t('content.edit') : t('content.new')} testId="post-form" onSave={() => void persist()} onCancel={onCancel} busy={busy} saveLabel={t('content.save')}>
      <SimpleGrid cols={3} spacing="xs">
        <ChoiceSelect label={t('content.platform')} values={PLATFORMS} labelOf={(x) => t(`platforms.${x}`)} value={v.platform} onChange={(x) => set('platform', x)} leftSection={<PlatformIcon platform={v.platform} size={15} />} comboboxProps={{ withinPortal: true }} error={error('platform')} />
        <ChoiceSelect label={t('content.kind')} values={DELIVERABLE_KINDS} labelOf={(x) => t(`card.kinds.${x}`)} value={v.kind} onChange={(x) => set('kind', x)} comboboxProps={{ withinPortal: true }} error={error('kind')} />
        <DateField label={t('content.postedAt')} value={v.postedAt} onChange={(d) => set('postedAt', d ?? '')} error={error('postedAt')} />
      </SimpleGrid>
      <TextInput
        label={t('content.url')}
        placeholder="https://www.instagram.com/p/…"
        value={v.url}
        onChange={(e) => set('url', e.currentTarget.value)}
        error={error('url')}
        styles={{ input: { fontSize: 13 } }}
      />
      <div>
        <Textarea
          label={t('content.caption')}
          placeholder={t('content.captionPlaceholder')}
          autosize
          minRows={3}
          maxRows={8}
          value={v.caption}
          onChange={(e) => set('caption', e.currentTarget.value)}
          error={error('caption')}
        />
        <Group gap={6} mt={6} wrap="nowrap" align="flex-start" data-testid="disclosure-hint" data-found={found || undefined} data-status={verdict.status} aria-live="polite">
          {found ? (
            <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 1 }} />
          ) : (
            <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 1 }} />
          )}
          <Text size="xs" c={found ? 'teal.8' : 'red.8'}>
            {verdictText(verdict, t, true)}{' '}
            <Text span size="xs" c="dimmed">
              {t('content.hintCheck')}
            </Text>
          </Text>
        </Group>
      </div>
      <Group gap="xs" align="center" wrap="nowrap">
        <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
          {t('content.disclosure')}
        </Text>
        <SegmentedControl
          size="xs"
          value={v.mode}
          onChange={(x) => set('mode', x as Mode)}
          data={(['auto', 'yes', 'no'] as const).map((m) => ({ value: m, label: t(`content.modes.${m}`) }))}
          aria-label={t('content.disclosure')}
        />
      </Group>
      {v.mode !== 'auto' && (
        <TextInput
          label={t('disclosure.overrideNote')}
          placeholder={t('disclosure.overrideNotePlaceholder')}
          required
          value={v.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={error('note')}
          maxLength={1000}
        />
      )}
      <div>
        <SectionTitle>{t('content.numbers')}</SectionTitle>
        <SimpleGrid cols={4} spacing="xs" verticalSpacing={6}>
          {COUNTS.map((k) => (
            <NumberField
              key={k}
              size="xs"
              label={v.kind === 'story' && k === 'clicks' ? t('story.linkClicks') : t(`content.${k}`)}
              placeholder="0"
              {...number(`counts.${k}`)}
              styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
            />
          ))}
        </SimpleGrid>
      </div>
      {v.kind === 'story' && <StoryFields value={v.story} onChange={(story) => set('story', story)} />}
    </DraftForm>
  );
}
