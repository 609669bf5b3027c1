import { notifications } from '@mantine/notifications';
import { Anchor, Badge, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconExternalLink, IconPhotoVideo } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail, PostDto } from '../../../../../shared/contract';
import { DELIVERABLE_KINDS, PLATFORMS, type DeliverableKind, type Platform } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { handleFormError } from '../../../api/errors';
import { PlatformIcon } from '../../../components/Badges';
import { type Formatter } from '../../../lib/format';
import { appToday } from '../../../lib/today';
import { useFormat } from '../../../lib/useFormat';
import { NumberField, focusUnreadableNumber, hasUnreadableNumber } from '../../../components/NumberField';
import { showDone } from '../../../lib/notify';
import { checkDisclosure, type DisclosureRules, type DisclosureVerdict } from '../../../../../shared/disclosure';
import { DraftForm, DraftList, RowActions, SectionTitle, useConfirm } from './shared';
import { useDirtyForm } from '../../../lib/unsaved';
import { DateField } from '../../../components/DateField';

const COUNTS = ['reach', 'impressions', 'views', 'likes', 'comments', 'shares', 'saves', 'clicks'] as const;
type CountKey = (typeof COUNTS)[number];
type Mode = 'auto' | 'yes' | 'no';

interface Draft {
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
}

const FIELDS = ['platform', 'kind', 'url', 'postedAt', 'caption', 'disclosurePresent', 'disclosureNote', ...COUNTS];

/** The reason of a verdict in the user's language; "missing" keeps the short hint that names the label. */
function verdictText(v: DisclosureVerdict, t: TFunction, typing = false): string {
  if (v.status === 'ok') return `${t('content.hintFound')} ${t(v.key, v.params)}`;
  if (v.status === 'missing' || (typing && v.status === 'empty')) return t('content.hintMissing', { tag: v.params.expected });
  return t(v.key, v.params);
}

/** The rules this card's captions are checked by (the core's: campaign label, audience, position); the label alone until loaded. */
function useDisclosureRules(collaborationId: number, disclosureText: string): DisclosureRules {
  const [rules, setRules] = useState<DisclosureRules | null>(null);
  useEffect(() => {
    let live = true;
    api.call('posts.disclosureRules', { collaborationId }).then(
      (r) => live && setRules(r),
      () => live && setRules(null),
    );
    return () => {
      live = false;
    };
  }, [collaborationId, disclosureText]);
  return rules ?? { campaignLabel: disclosureText };
}

function postLabel(p: Pick<PostDto, 'platform' | 'kind' | 'postedAt'>, t: TFunction, fmt: Formatter): string {
  return `${t(`platforms.${p.platform}`)} ${t(`card.kinds.${p.kind}`)} · ${p.postedAt ? fmt.date(p.postedAt) : t('content.noDate')}`;
}

/** 'instagram.com/p/x' → 'https://instagram.com/p/x'; null when it is no web address. */
function normaliseUrl(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`;
  try {
    const u = new URL(withScheme);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') ? u.toString() : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}

/** Published content of this collaboration with its numbers and the ad-disclosure check. */
export function ContentTab({ detail, posts, disclosureText, onChanged }: { detail: CollaborationDetail; posts: PostDto[] | null; disclosureText: string; onChanged(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirmNode, ask] = useConfirm();
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
  });

  const remove = async (p: PostDto) => {
    const post = postLabel(p, t, fmt);
    if (!(await ask({ title: t('content.removeTitle'), message: t('content.removeText', { post }), confirm: t('common.delete') }))) return;
    try {
      await api.call('posts.remove', { id: p.id });
      if (draft?.id === p.id) setDraft(null);
      showDone(t('content.removed'));
      onChanged();
    } catch (err) {
      handleFormError(err, []);
    }
  };

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
      {draft && (
        <PostForm
          key={draft.id ?? 'new'}
          initial={draft}
          collaborationId={detail.id}
          rules={rules}
          onCancel={() => setDraft(null)}
          onSaved={() => {
            setDraft(null);
            onChanged();
          }}
        />
      )}
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
            <PostRow key={p.id} post={p} tag={tag} editing={draft?.id === p.id} onEdit={() => setDraft(fromPost(p))} onRemove={() => void remove(p)} />
          ))}
        </Stack>
      </DraftList>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text fz={10} c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}

function PostRow({ post: p, tag, editing, onEdit, onRemove }: { post: PostDto; tag: string; editing: boolean; onEdit(): void; onRemove(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = postLabel(p, t, fmt);
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      data-testid="post-row"
      data-disclosure={p.disclosurePresent ? 'present' : 'missing'}
      style={editing ? { borderColor: 'var(--mantine-color-brand-4)' } : !p.disclosurePresent ? { borderColor: 'var(--mantine-color-red-3)' } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8} wrap="nowrap">
            <Text component="span" c="dimmed" lh={0} title={t(`platforms.${p.platform}`)}>
              <PlatformIcon platform={p.platform} size={18} />
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              <span className="visually-hidden">{t(`platforms.${p.platform}`)} </span>
              {t(`card.kinds.${p.kind}`)}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {p.postedAt ? fmt.date(p.postedAt) : t('content.noDate')}
            </Text>
            {!p.disclosurePresent && (
              <Tooltip label={p.disclosure.ok ? t('content.missingHint', { tag }) : verdictText(p.disclosure, t)} withArrow multiline w={260}>
                <Badge size="sm" color="red" variant="filled" leftSection={<IconAlertTriangle size={11} aria-hidden="true" />} style={{ flexShrink: 0 }} data-testid="disclosure-missing">
                  {p.disclosureOverride !== null || p.disclosure.ok ? t('content.missing') : t(`disclosure.badge.${p.disclosure.status}`)}
                </Badge>
              </Tooltip>
            )}
          </Group>
          {p.url && (
            <Anchor href={p.url} target="_blank" rel="noreferrer" size="xs" title={p.url} aria-label={`${t('content.openPost')}: ${p.url}`} style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' }}>
              {hostOf(p.url)}
              <IconExternalLink size={11} style={{ marginLeft: 3, verticalAlign: -1 }} aria-hidden="true" />
            </Anchor>
          )}
          <Group gap="lg" wrap="nowrap">
            <Figure label={t('content.reach')} value={fmt.compact(p.reach)} />
            <Figure label={t('content.er')} value={fmt.percentBp(p.engagementRateBp)} />
            <Figure label={t('content.clicks')} value={fmt.number(p.clicks)} />
            <Figure label={t('content.likes')} value={fmt.compact(p.likes)} />
            <Figure label={t('content.comments')} value={fmt.number(p.comments)} />
          </Group>
          {p.caption && (
            <Text size="xs" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
              {p.caption}
            </Text>
          )}
          {p.disclosureOverride !== null ? (
            <Text size="xs" c="dimmed" fs="italic" data-testid="disclosure-reason">
              {t('disclosure.overridden', { note: p.disclosureNote })}
            </Text>
          ) : (
            !p.disclosure.ok && (
              <Text size="xs" c="red.8" data-testid="disclosure-reason" data-status={p.disclosure.status}>
                {verdictText(p.disclosure, t)}
              </Text>
            )
          )}
        </Stack>
        <RowActions
          editTip={t('content.edit')}
          editLabel={t('content.editNamed', { post: label })}
          removeLabel={t('content.removeNamed', { post: label })}
          editing={editing}
          onEdit={onEdit}
          onRemove={onRemove}
        />
      </Group>
    </Paper>
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
  const [v, setV] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const verdict = checkDisclosure(v.caption, rules);
  const found = verdict.ok;

  const set = <K extends keyof Draft>(k: K, value: Draft[K], errKey: string = k) => {
    setV((o) => ({ ...o, [k]: value }));
    setErrors((e) => ({ ...e, [errKey]: '' }));
  };
  const setCount = (k: CountKey, value: number | null) => {
    setV((o) => ({ ...o, counts: { ...o.counts, [k]: value } }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  const save = async (): Promise<boolean> => {
    const url = normaliseUrl(v.url);
    const fe: Record<string, string> = {};
    if (url == null) fe.url = t('content.invalidUrl');
    if (v.mode !== 'auto' && !v.note.trim()) fe.disclosureNote = t('errors.validation.rules.disclosureNoteRequired');
    const counts = {} as Record<CountKey, number>;
    for (const k of COUNTS) counts[k] = v.counts[k] ?? 0;
    if (Object.keys(fe).length) {
      setErrors(fe);
      return false;
    }
    if (hasUnreadableNumber(v.counts)) {
      focusUnreadableNumber();
      return false;
    }
    setBusy(true);
    try {
      const r = await api.call('posts.save', {
        ...(v.id ? { id: v.id } : {}),
        collaborationId,
        platform: v.platform,
        kind: v.kind,
        url: url || null,
        postedAt: v.postedAt || null,
        caption: v.caption,
        ...(v.mode === 'auto' ? {} : { disclosurePresent: v.mode === 'yes', disclosureNote: v.note.trim() }),
        ...counts,
      });
      if (r.disclosurePresent) showDone(t('content.saved'));
      else notifications.show({ color: 'orange', title: t('content.savedMissing'), message: '', autoClose: 6000 });
      onSaved();
      return true;
    } catch (err) {
      setErrors(handleFormError(err, FIELDS));
      return false;
    } finally {
      setBusy(false);
    }
  };

  useDirtyForm(JSON.stringify(v) !== JSON.stringify(initial), save);

  return (
    <DraftForm title={v.id ? t('content.edit') : t('content.new')} testId="post-form" onSave={() => void save()} onCancel={onCancel} busy={busy} saveLabel={t('content.save')}>
      <SimpleGrid cols={3} spacing="xs">
        <Select
          label={t('content.platform')}
          data={PLATFORMS.map((p) => ({ value: p, label: t(`platforms.${p}`) }))}
          value={v.platform}
          onChange={(x) => x && set('platform', x as Platform)}
          leftSection={<PlatformIcon platform={v.platform} size={15} />}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          error={errors.platform || undefined}
        />
        <Select
          label={t('content.kind')}
          data={DELIVERABLE_KINDS.map((k) => ({ value: k, label: t(`card.kinds.${k}`) }))}
          value={v.kind}
          onChange={(x) => x && set('kind', x as DeliverableKind)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          error={errors.kind || undefined}
        />
        <DateField label={t('content.postedAt')} value={v.postedAt} onChange={(d) => set('postedAt', d ?? '')} error={errors.postedAt || undefined} />
      </SimpleGrid>
      <TextInput
        label={t('content.url')}
        placeholder="https://www.instagram.com/p/…"
        value={v.url}
        onChange={(e) => set('url', e.currentTarget.value)}
        error={errors.url || undefined}
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
          error={errors.caption || undefined}
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
          onChange={(x) => set('mode', x as Mode, 'disclosurePresent')}
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
          onChange={(e) => set('note', e.currentTarget.value, 'disclosureNote')}
          error={errors.disclosureNote || undefined}
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
              label={t(`content.${k}`)}
              placeholder="0"
              value={v.counts[k]}
              onChange={(x) => setCount(k, x)}
              error={errors[k] || undefined}
              styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
            />
          ))}
        </SimpleGrid>
      </div>
    </DraftForm>
  );
}
