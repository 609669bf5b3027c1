import { Anchor, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PostDto } from '../../../../../shared/contract';
import { PlatformIcon } from '../../../components/Badges';
import { useFormat } from '../../../lib/useFormat';
import { RowActions } from './shared';
import { PostEvidence } from './PostEvidence';
import { PostReportMenu } from './PostReportMenu';
import { verdictText, postLabel, hostOf } from './postText';

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

export function PostRow({ post: p, tag, editing, onEdit, onRemove, onChanged }: { post: PostDto; tag: string; editing: boolean; onEdit(): void; onRemove(): void; onChanged(): void }) {
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
          {p.kind === 'story' ? (
            <Group gap="lg" wrap="nowrap" data-testid="story-figures">
              <Figure label={t('content.views')} value={fmt.compact(p.views)} />
              <Figure label={t('content.reach')} value={fmt.compact(p.reach)} />
              <Figure label={t('story.linkClicks')} value={fmt.number(p.clicks)} />
              <Figure label={t('story.tapsForward')} value={fmt.number(p.tapsForward)} />
              <Figure label={t('story.replies')} value={fmt.number(p.replies)} />
              {p.frames.length > 0 && <Figure label={t('story.frames')} value={fmt.number(p.frames.length)} />}
            </Group>
          ) : (
            <Group gap="lg" wrap="nowrap">
              <Figure label={t('content.reach')} value={fmt.compact(p.reach)} />
              <Figure label={t('content.er')} value={fmt.percentBp(p.engagementRateBp)} />
              <Figure label={t('content.clicks')} value={fmt.number(p.clicks)} />
              <Figure label={t('content.likes')} value={fmt.compact(p.likes)} />
              <Figure label={t('content.comments')} value={fmt.number(p.comments)} />
            </Group>
          )}
          {p.caption && (
            <Text size="xs" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
              {p.caption}
            </Text>
          )}
          <PostEvidence post={p} onChanged={onChanged} />
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
        <Group gap={2} wrap="nowrap">
          <PostReportMenu postId={p.id} label={label} />
          <RowActions
            editTip={t('content.edit')}
            editLabel={t('content.editNamed', { post: label })}
            removeLabel={t('content.removeNamed', { post: label })}
            editing={editing}
            onEdit={onEdit}
            onRemove={onRemove}
          />
        </Group>
      </Group>
    </Paper>
  );
}
