import { Button, Card, Grid, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconTemplate } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAMPAIGN_SECTIONS,
  PERSON_SECTIONS,
  type BriefingDocument,
  type CampaignSectionKey,
  type CollaborationBriefingDto,
  type PaperSize,
  type SectionKey,
} from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { BackLink } from '../../components/BackLink';
import { useAutosave } from './autosave';
import { ChangedBadge, DocumentActions, LanguageSwitch, MarkdownPreview, PaperSwitch, SaveIndicator, SectionEditor } from './parts';
import { TemplatePicker } from './TemplatePicker';
import './briefings.css';
import { CardHeading } from '../../components/CardHeading';

type Patch = Partial<Record<SectionKey, string | null>>;

/** Codes, link with QR, samples, deliverables and compensation as the card holds them (edited on the board). */
function Facts({ doc }: { doc: BriefingDocument }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = doc.person!;
  const none = (
    <Text size="sm" c="dimmed">
      {t('briefings.personal.none')}
    </Text>
  );
  const comp = [
    p.feeMinor > 0 && `${t('print.person.fee')}: ${fmt.money(p.feeMinor, p.currency)}`,
    p.productValueMinor > 0 && `${t('print.person.productValue')}: ${fmt.money(p.productValueMinor, p.currency)}`,
    p.commissionBp > 0 && `${t('print.person.commission')}: ${fmt.percentBp(p.commissionBp)}`,
  ].filter(Boolean) as string[];
  const label = (k: string) => (
    <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
      {t(`briefings.personal.${k}`)}
    </Text>
  );
  return (
    <Card padding="md" data-testid="briefing-facts" style={{ position: 'sticky', top: 72 }}>
      <CardHeading title={t('briefings.personal.facts')} hint={t('briefings.personal.factsHint')} hintSize="xs" titleMb={0} mb="sm" />
      <Stack gap="sm">
        <div>
          {label('compensation')}
          {comp.length ? comp.map((c) => <Text key={c} size="sm">{c}</Text>) : none}
        </div>
        <div>
          {label('codes')}
          {p.codes.length
            ? p.codes.map((c) => (
                <Text key={c.code} size="sm" ff="monospace" fw={600}>
                  {c.code}{' '}
                  <Text span size="xs" c="dimmed" ff="inherit" fw={400}>
                    {c.discountDescription}
                  </Text>
                </Text>
              ))
            : none}
        </div>
        <div>
          {label('links')}
          {p.links.length ? (
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Image src={p.links[0]!.qrDataUrl} alt={t('print.person.qrAlt')} w={72} h={72} />
              <Text size="xs" style={{ wordBreak: 'break-all' }}>
                {p.links[0]!.url}
              </Text>
            </Group>
          ) : (
            none
          )}
        </div>
        <div>
          {label('samples')}
          {p.samples.length
            ? p.samples.map((s, i) => (
                <Text key={i} size="sm">
                  {s.items.map((it) => it.name).join(', ') || '–'}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`print.samples.statuses.${s.status}`, { defaultValue: s.status })})
                  </Text>
                </Text>
              ))
            : none}
        </div>
        <div>
          {label('deliverables')}
          {p.deliverables.length
            ? p.deliverables.map((d, i) => (
                <Text key={i} size="sm">
                  {d.count} × {t(`print.deliverables.kinds.${d.kind}`)} – {d.dueDate ? fmt.date(d.dueDate) : t('print.deliverables.toAgree')}
                </Text>
              ))
            : none}
        </div>
      </Stack>
    </Card>
  );
}

export function CollaborationBriefingPage({ campaignId, collaborationId }: { campaignId: number; collaborationId: number }) {
  const { t } = useTranslation();
  const [b, setB] = useState<CollaborationBriefingDto | null>(null);
  const [doc, setDoc] = useState<BriefingDocument | null>(null);
  const [texts, setTexts] = useState<Partial<Record<SectionKey, string>>>({});
  const [editing, setEditing] = useState<Set<SectionKey>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [picker, setPicker] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [brief, document] = await Promise.all([api.call('briefings.collaboration', { collaborationId }), api.call('briefings.document', { collaborationId })]);
      setB(brief);
      setDoc(document);
      setTexts(brief.overrides);
      setEditing(new Set(Object.keys(brief.overrides) as SectionKey[]));
    } catch (err) {
      setError(err);
    }
  }, [collaborationId]);

  useEffect(() => {
    void load();
  }, [load]);

  const { status, queue, flush } = useAutosave<Patch>(async (patch) => {
    setB(await api.call('briefings.saveOverrides', { collaborationId, sections: patch }));
  });

  const setLanguage = async (v: string) => {
    try {
      await flush();
      setB(await api.call('briefings.saveOverrides', { collaborationId, language: v === 'campaign' ? null : (v as Locale) }));
    } catch (err) {
      notifyError(err);
    }
  };

  const back = <BackLink href={`/campaigns/${campaignId}/briefing`}>{t('briefings.backToBriefing')}</BackLink>;
  if (!b || !doc) {
    return (
      <Stack>
        {back}
        {error ? <ErrorState error={error} onRetry={() => void load()} /> : <LoadingState />}
      </Stack>
    );
  }

  const change = (key: SectionKey, value: string) => {
    setTexts((s) => ({ ...s, [key]: value }));
    queue({ [key]: value });
  };
  const startOverride = (key: CampaignSectionKey) => {
    setEditing((s) => new Set(s).add(key));
    setTexts((s) => ({ ...s, [key]: b.campaign[key] ?? '' }));
  };
  const reset = (key: CampaignSectionKey) => {
    setEditing((s) => {
      const n = new Set(s);
      n.delete(key);
      return n;
    });
    setTexts((s) => {
      const n = { ...s };
      delete n[key];
      return n;
    });
    queue({ [key]: null });
  };

  return (
    <>
      <PageHeader
        above={back}
        title={t('briefings.titleFor', { name: b.influencerName })}
        subtitle={t('briefings.personSubtitle', { name: b.influencerName })}
        actions={<SaveIndicator status={status} />}
      />
      <Card padding="md" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Group gap="lg" align="flex-end">
            <LanguageSwitch
              value={b.languageOverridden ? b.language : 'campaign'}
              onChange={(v) => void setLanguage(v)}
              extra={{ value: 'campaign', label: `${t('briefings.followCampaign')} (${b.language.toUpperCase()})` }}
            />
            <PaperSwitch value={paper} onChange={setPaper} />
            <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={() => void flush().finally(() => setPicker(true))}>
              {t('briefings.templates.button')}
            </Button>
          </Group>
          <DocumentActions target={{ kind: 'collaboration', collaborationId, campaignId }} language={b.language} paper={paper} beforeOutput={flush} />
        </Group>
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Title order={2} fz="md" fw={600}>
              {t('briefings.personal.title', { name: b.influencerName })}
            </Title>
            {PERSON_SECTIONS.map((key) => (
              <SectionEditor key={key} sectionKey={key} value={texts[key] ?? ''} onChange={(v) => change(key, v)} />
            ))}
            <Title order={2} fz="md" fw={600} mt="md">
              {t('briefings.override.fromCampaign')}
            </Title>
            {CAMPAIGN_SECTIONS.map((key) => {
              const overridden = editing.has(key) || Object.prototype.hasOwnProperty.call(b.overrides, key);
              if (overridden) {
                return (
                  <SectionEditor
                    key={key}
                    sectionKey={key}
                    value={texts[key] ?? ''}
                    onChange={(v) => change(key, v)}
                    badge={<ChangedBadge />}
                    actions={
                      <Button size="compact-xs" variant="subtle" leftSection={<IconArrowBackUp size={14} />} onClick={() => reset(key)}>
                        {t('briefings.override.reset')}
                      </Button>
                    }
                  />
                );
              }
              const text = b.campaign[key] ?? '';
              return (
                <Card key={key} padding="md" className="briefing-inherited" data-section={key}>
                  <Group justify="space-between" mb={4} wrap="nowrap">
                    <Title order={3} fz="sm" fw={650}>
                      {t(`print.sections.${key}`)}
                    </Title>
                    <Button size="compact-xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => startOverride(key)}>
                      {t('briefings.override.change')}
                    </Button>
                  </Group>
                  <MarkdownPreview text={text} empty={t('briefings.override.emptyInCampaign')} />
                </Card>
              );
            })}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Facts doc={doc} />
        </Grid.Col>
      </Grid>
      <TemplatePicker
        opened={picker}
        onClose={() => setPicker(false)}
        language={b.language}
        collabType={b.type}
        target={{ collaborationId }}
        onApplied={() => void load()}
      />
    </>
  );
}
