import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PhaseBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { BackLink } from '../influencers/InfluencerProfilePage';
import { Board } from './board/Board';
import { useCampaignsStore } from './store';

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

export function CampaignPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { detail, board, detailError, detailLoading, loadDetail } = useCampaignsStore();

  useEffect(() => {
    if (Number.isInteger(id) && id > 0) void loadDetail(id);
  }, [id, loadDetail]);

  const back = <BackLink href="/campaigns">{t('campaigns.detail.back')}</BackLink>;
  const d = detail?.id === id ? detail : null;
  if (!d || !board) {
    return (
      <Stack>
        {back}
        {detailError ? <ErrorState error={detailError} onRetry={() => loadDetail(id)} /> : <LoadingState />}
      </Stack>
    );
  }

  const used = d.budgetMinor > 0 ? Math.round((d.costMinor / d.budgetMinor) * 10_000) : null;
  return (
    <div style={{ opacity: detailLoading ? 0.85 : 1 }}>
      <PageHeader
        above={back}
        title={
          <Group gap="sm">
            <span>{d.name}</span>
            <PhaseBadge phase={d.phase} />
          </Group>
        }
        subtitle={
          <Group gap="xs" component="span">
            <Badge variant="light" tt="none" fw={500}>
              {t(`goals.${d.goal}`)}
            </Badge>
            {d.product && <span>{d.product}</span>}
            {d.disclosureText && (
              <span>
                · {t('campaigns.detail.disclosure')}: <Text span ff="monospace" size="sm">{d.disclosureText}</Text>
              </span>
            )}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="xl">
        <Stat label={t('campaigns.detail.period')}>{fmt.dateRange(d.startDate, d.endDate, t('campaigns.detail.openEnded'))}</Stat>
        <Stat label={t('campaigns.detail.budget')}>
          {fmt.money(d.budgetMinor, d.currency, { whole: true })}
          {used != null && (
            <>
              <Progress value={Math.min(100, used / 100)} color={used > 10_000 ? 'red' : 'brand'} size="xs" radius="xl" mt={8} aria-hidden="true" />
              <Text size="xs" c="dimmed" fw={400} mt={4}>
                {t('campaigns.detail.budgetUsed', { percent: fmt.percentBp(used, 0) })}
              </Text>
            </>
          )}
        </Stat>
        <Stat label={t('campaigns.detail.spend')}>{fmt.money(d.costMinor, d.currency, { whole: true })}</Stat>
        <Stat label={t('campaigns.detail.revenue')}>{fmt.money(d.revenueMinor, d.currency, { whole: true })}</Stat>
      </SimpleGrid>
      <Title order={2} fz="lg" fw={600} mb="sm">
        {t('campaigns.detail.pipeline')}
      </Title>
      <Board data={{ stages: board.stages.length ? board.stages : d.stages, cards: board.cards }} />
    </div>
  );
}
