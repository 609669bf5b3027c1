import { Anchor, Avatar, Badge, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ChannelLabel, NicheBadges, TierBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useInfluencersStore } from './store';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor component={Link} href={href} size="sm" c="dimmed" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden="true" />
        {children}
      </Group>
    </Anchor>
  );
}

export function InfluencerProfilePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { detail, detailLoading, detailError, loadDetail } = useInfluencersStore();

  useEffect(() => {
    if (Number.isInteger(id) && id > 0) void loadDetail(id);
  }, [id, loadDetail]);

  const back = <BackLink href="/influencers">{t('influencers.profile.back')}</BackLink>;
  const d = detail?.id === id ? detail : null;
  if (!d) {
    return (
      <Stack>
        {back}
        {detailError ? <ErrorState error={detailError} onRetry={() => loadDetail(id)} /> : <LoadingState />}
      </Stack>
    );
  }

  const primary = d.channels.find((c) => c.isPrimary) ?? d.channels[0];
  const address = [d.street, [d.postalCode, d.city].filter(Boolean).join(' '), d.country].filter(Boolean).join(', ');

  return (
    <div style={{ opacity: detailLoading ? 0.8 : 1 }}>
      <PageHeader
        above={back}
        title={
          <Group gap="md" wrap="nowrap">
            <Avatar color="brand" radius="xl" size={44}>
              {initials(d.name)}
            </Avatar>
            <span>{d.name}</span>
            {primary && <TierBadge tier={primary.tier} />}
          </Group>
        }
        subtitle={
          <Group gap="xs" component="span">
            {primary && <ChannelLabel platform={primary.platform} handle={primary.handle} />}
            <span>· {t('influencers.profile.since', { date: fmt.date(d.createdAt) })}</span>
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card>
            <Title order={2} fz="md" fw={600} mb="md">
              {t('influencers.profile.contact')}
            </Title>
            <Stack gap="md">
              <Field label={t('influencers.profile.email')}>
                {d.email ? (
                  <Group gap={6}>
                    <IconMail size={14} aria-hidden="true" />
                    <Anchor href={`mailto:${d.email}`} size="sm">
                      {d.email}
                    </Anchor>
                  </Group>
                ) : (
                  t('common.none')
                )}
              </Field>
              <Field label={t('influencers.profile.phone')}>
                {d.phone ? (
                  <Group gap={6}>
                    <IconPhone size={14} aria-hidden="true" />
                    {d.phone}
                  </Group>
                ) : (
                  t('common.none')
                )}
              </Field>
              <Field label={t('influencers.profile.address')}>
                {address ? (
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconMapPin size={14} aria-hidden="true" style={{ marginTop: 3 }} />
                    {address}
                  </Group>
                ) : (
                  t('common.none')
                )}
              </Field>
              <Group grow>
                <Field label={t('influencers.profile.language')}>{d.language?.toUpperCase() ?? t('common.none')}</Field>
                <Field label={t('influencers.profile.lastContact')}>
                  {d.lastContactAt ? <span title={fmt.date(d.lastContactAt)}>{fmt.relative(d.lastContactAt)}</span> : t('common.none')}
                </Field>
              </Group>
              <Field label={t('influencers.create.niches')}>
                <NicheBadges niches={d.niches} max={12} />
              </Field>
              {d.tags.length > 0 && (
                <Field label={t('influencers.profile.tags')}>
                  <Group gap={4}>
                    {d.tags.map((tag) => (
                      <Badge key={tag} variant="light" color="gray" tt="none" fw={500}>
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                </Field>
              )}
              {d.notes && (
                <Field label={t('influencers.profile.notes')}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {d.notes}
                  </Text>
                </Field>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card padding={0}>
              <Title order={2} fz="md" fw={600} p="lg" pb="sm">
                {t('influencers.profile.channels')}
              </Title>
              {d.channels.length ? (
                <Table.ScrollContainer minWidth={560}>
                  <Table className="data-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('influencers.profile.channelColumns.handle')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.followers')}</Table.Th>
                        <Table.Th>{t('influencers.profile.channelColumns.tier')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.avgLikes')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.avgComments')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.er')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.channels.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              {c.url ? (
                                <Anchor href={c.url} target="_blank" rel="noreferrer" underline="hover" c="inherit">
                                  <ChannelLabel platform={c.platform} handle={c.handle} />
                                </Anchor>
                              ) : (
                                <ChannelLabel platform={c.platform} handle={c.handle} />
                              )}
                              {c.isPrimary && (
                                <Badge size="xs" variant="light" style={{ minWidth: "max-content" }}>
                                  {t('influencers.profile.primary')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td className="num">{fmt.compact(c.followers)}</Table.Td>
                          <Table.Td>
                            <TierBadge tier={c.tier} />
                          </Table.Td>
                          <Table.Td className="num">{fmt.number(c.avgLikes)}</Table.Td>
                          <Table.Td className="num">{fmt.number(c.avgComments)}</Table.Td>
                          <Table.Td className="num" fw={600}>
                            {fmt.percentBp(c.engagementRateBp)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : (
                <Text c="dimmed" size="sm" px="lg" pb="lg">
                  {t('influencers.profile.noChannels')}
                </Text>
              )}
            </Card>
            <Card padding={0}>
              <Title order={2} fz="md" fw={600} p="lg" pb="sm">
                {t('influencers.profile.collaborations')}
              </Title>
              {d.collaborations.length ? (
                <Table className="data-table" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('influencers.profile.collabColumns.campaign')}</Table.Th>
                      <Table.Th>{t('influencers.profile.collabColumns.stage')}</Table.Th>
                      <Table.Th className="num">{t('influencers.profile.collabColumns.fee')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.collaborations.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} href={`/campaigns/${c.campaignId}`} size="sm" fw={500}>
                            {c.campaignName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color="gray" tt="none" fw={500}>
                            {c.stageName ?? (c.stageKey ? t(`stages.${c.stageKey}`, { defaultValue: c.stageKey }) : t('common.none'))}
                          </Badge>
                        </Table.Td>
                        <Table.Td className="num">{fmt.money(c.feeMinor, c.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text c="dimmed" size="sm" px="lg" pb="lg">
                  {t('influencers.profile.noCollaborations')}
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </div>
  );
}
