import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconTemplate } from '@tabler/icons-react';

import { useCallback, useEffect, useState } from 'react';

import { useTranslation } from 'react-i18next';

import { Link } from 'wouter';

import { CAMPAIGN_SECTIONS, type BoardCard, type CampaignBriefingDto, type CampaignSectionKey, type PaperSize } from '../../../../shared/contract';

import type { Locale } from '../../../../shared/domain';

import { api } from '../../api/client';

import { notifyError } from '../../api/errors';

import { PageHeader } from '../../components/PageHeader';

import { ErrorState, LoadingState } from '../../components/States';

import { BackLink } from '../../components/BackLink';

import { useAutosave } from './autosave';

import { DocumentActions, LanguageSwitch, PaperSwitch, SaveIndicator, SectionEditor } from './parts';

import { SaveTemplateModal, TemplatePicker } from './TemplatePicker';

import './briefings.css';
import { CardHeading } from '../../components/CardHeading';


type Patch = Partial<Record<CampaignSectionKey, string>>;

export function CampaignBriefingPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const [briefing, setBriefing] = useState<CampaignBriefingDto | null>(null);
  const [texts, setTexts] = useState<Patch>({});
  const [cards, setCards] = useState<BoardCard[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [picker, setPicker] = useState(false);
  const [saveTpl, setSaveTpl] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [b, board] = await Promise.all([api.call('briefings.get', { campaignId: id }), api.call('campaigns.board', { id })]);
      setBriefing(b);
      setTexts(b.sections);
      setCards(board.cards);
    } catch (err) {
      setError(err);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const { status, queue, flush } = useAutosave<Patch>(async (patch) => {
    const saved = await api.call('briefings.save', { campaignId: id, sections: patch });
    setBriefing(saved);
  });

  const setLanguage = async (language: Locale) => {
    try {
      await flush();
      setBriefing(await api.call('briefings.save', { campaignId: id, language }));
    } catch (err) {
      notifyError(err);
    }
  };

  const back = <BackLink href={`/campaigns/${id}`}>{t('briefings.back')}</BackLink>;
  if (!briefing) {
    return (
      <Stack>
        {back}
        {error ? <ErrorState error={error} onRetry={() => void load()} /> : <LoadingState />}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        above={back}
        title={
          <Group gap="sm">
            <span>{t('briefings.title')}</span>
            <Text span c="dimmed" fz={26} fw={500}>
              {briefing.campaignName}
            </Text>
          </Group>
        }
        subtitle={t('briefings.subtitle')}
        actions={<SaveIndicator status={status} />}
      />
      <Card padding="md" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Group gap="lg" align="flex-end">
            <LanguageSwitch value={briefing.language} onChange={(v) => void setLanguage(v as Locale)} />
            <PaperSwitch value={paper} onChange={setPaper} />
            <Group gap="xs">
              <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={() => void flush().finally(() => setPicker(true))}>
                {t('briefings.templates.button')}
              </Button>
              <Button variant="subtle" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void flush().then(() => setSaveTpl(true), notifyError)}>
                {t('briefings.templates.saveAs')}
              </Button>
            </Group>
          </Group>
          <DocumentActions target={{ kind: 'campaign', campaignId: id }} language={briefing.language} paper={paper} beforeOutput={flush} />
        </Group>
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Text size="xs" c="dimmed">
              {t('briefings.markdownHelp')}
            </Text>
            {CAMPAIGN_SECTIONS.map((key) => (
              <SectionEditor
                key={key}
                sectionKey={key}
                value={texts[key] ?? ''}
                onChange={(v) => {
                  setTexts((s) => ({ ...s, [key]: v }));
                  queue({ [key]: v });
                }}
              />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card padding="md" className="briefing-people">
            <CardHeading title={t('briefings.people.title')} hint={t('briefings.people.hint')} hintSize="xs" titleMb={0} mb="sm" />
            {cards.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('briefings.people.none')}
              </Text>
            ) : (
              <Stack gap={4}>
                {cards.map((c) => (
                  <Group key={c.id} justify="space-between" wrap="nowrap" className="briefing-person-row">
                    <Anchor component={Link} href={`/campaigns/${id}/cards/${c.id}/briefing`} size="sm" fw={500}>
                      {c.influencerName}
                    </Anchor>
                    <Group gap={6} wrap="nowrap">
                      {c.handle && (
                        <Text size="xs" c="dimmed" truncate maw={140}>
                          @{c.handle.replace(/^@/, '')}
                        </Text>
                      )}
                      <Badge size="xs" variant="light" tt="none">
                        {t(`collabTypes.${c.type}`)}
                      </Badge>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      <TemplatePicker
        opened={picker}
        onClose={() => setPicker(false)}
        language={briefing.language}
        goal={briefing.goal}
        target={{ campaignId: id }}
        onApplied={() => void flush().then(load, notifyError)}
      />
      <SaveTemplateModal opened={saveTpl} onClose={() => setSaveTpl(false)} campaignId={id} language={briefing.language} goal={briefing.goal} />
    </>
  );
}
