import { ActionIcon, Button, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STORY_FRAME_METRICS, type PostDto, type StoryFrameMetric } from '../../../../../shared/contract';
import { NumberField } from '../../../components/NumberField';
import { SectionTitle } from './shared';
import { DataTable } from '../../../components/DataTable';

export const STORY_COUNTS = ['tapsForward', 'tapsBack', 'replies', 'stickerTaps'] as const;
export type StoryCount = (typeof STORY_COUNTS)[number];
export type FrameDraft = Record<StoryFrameMetric, number | null>;

export interface StoryDraft {
  counts: Record<StoryCount, number | null>;
  /** Empty: the story's numbers are entered per story. */
  frames: FrameDraft[];
  perFrame: boolean;
}

export function storyDraftOf(p: PostDto | null): StoryDraft {
  return {
    counts: { tapsForward: p?.tapsForward ?? null, tapsBack: p?.tapsBack ?? null, replies: p?.replies ?? null, stickerTaps: p?.stickerTaps ?? null },
    frames: p?.frames.map((f) => ({ ...f })) ?? [],
    perFrame: !!p?.frames.length,
  };
}

const blankFrame = (): FrameDraft => Object.fromEntries(STORY_FRAME_METRICS.map((k) => [k, null])) as FrameDraft;

/** What posts.save gets from the story part of the form. */
export function storyInput(s: StoryDraft): Record<StoryCount, number> & { frames: Record<StoryFrameMetric, number>[] } {
  const n = (v: number | null) => v ?? 0;
  return {
    tapsForward: n(s.counts.tapsForward),
    tapsBack: n(s.counts.tapsBack),
    replies: n(s.counts.replies),
    stickerTaps: n(s.counts.stickerTaps),
    frames: s.perFrame ? s.frames.map((f) => Object.fromEntries(STORY_FRAME_METRICS.map((k) => [k, n(f[k])])) as Record<StoryFrameMetric, number>) : [],
  };
}

/**
 * A story's own numbers: per story (taps forward/back, replies, sticker taps beside views, reach and link clicks
 * above), or per frame — then the core adds the frames up (reach: the largest frame's; rule "stories").
 */
export function StoryFields({ value: v, onChange }: { value: StoryDraft; onChange(next: StoryDraft): void }) {
  const { t } = useTranslation();
  const setFrame = (i: number, k: StoryFrameMetric, x: number | null) => onChange({ ...v, frames: v.frames.map((f, j) => (j === i ? { ...f, [k]: x } : f)) });
  return (
    <Stack gap={6} data-testid="story-fields">
      <Group justify="space-between" wrap="nowrap">
        <SectionTitle>{t('story.title')}</SectionTitle>
        <SegmentedControl
          size="xs"
          aria-label={t('story.mode')}
          value={v.perFrame ? 'frame' : 'story'}
          onChange={(m) => onChange({ ...v, perFrame: m === 'frame', frames: m === 'frame' && !v.frames.length ? [blankFrame()] : v.frames })}
          data={[
            { value: 'story', label: t('story.perStory') },
            { value: 'frame', label: t('story.perFrame') },
          ]}
        />
      </Group>
      {!v.perFrame ? (
        <SimpleGrid cols={4} spacing="xs" verticalSpacing={6}>
          {STORY_COUNTS.map((k) => (
            <NumberField key={k} size="xs" label={t(`story.${k}`)} placeholder="0" value={v.counts[k]} onChange={(x) => onChange({ ...v, counts: { ...v.counts, [k]: x } })} />
          ))}
        </SimpleGrid>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('story.frameHint')}
          </Text>
          <DataTable withRowBorders={false} verticalSpacing={2} horizontalSpacing={4} data-testid="story-frames"
            head={
              <>
                <Table.Th fz={11}>#</Table.Th>
                {STORY_FRAME_METRICS.map((k) => (
                  <Table.Th key={k} fz={11} fw={600}>
                    {t(`story.${k}`)}
                  </Table.Th>
                ))}
                <Table.Th />
              </>
            }
          >
            {v.frames.map((f, i) => (
              <Table.Tr key={i}>
                <Table.Td fz="xs">{i + 1}</Table.Td>
                {STORY_FRAME_METRICS.map((k) => (
                  <Table.Td key={k}>
                    <NumberField size="xs" aria-label={t('story.frameField', { n: i + 1, field: t(`story.${k}`) })} placeholder="0" value={f[k]} onChange={(x) => setFrame(i, k, x)} />
                  </Table.Td>
                ))}
                <Table.Td>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('story.removeFrame', { n: i + 1 })} onClick={() => onChange({ ...v, frames: v.frames.filter((_, j) => j !== i) })}>
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => onChange({ ...v, frames: [...v.frames, blankFrame()] })} style={{ alignSelf: 'flex-start' }}>
            {t('story.addFrame')}
          </Button>
        </>
      )}
    </Stack>
  );
}
