import { Anchor, Avatar, Badge, Button, Grid, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconDownload, IconExternalLink, IconMail, IconMapPin, IconPencil, IconPhone, IconShieldLock, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { ChannelLabel, NicheBadges, TierBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { ErValue } from '../../components/ErValue';
import { useFormat } from '../../lib/useFormat';
import { AuthBadge, ReasonList } from './Authenticity';
import { EditInfluencerDrawer } from './EditInfluencerDrawer';
import { countryName, languageName } from '../../lib/displayNames';
import { downloadFile } from '../../lib/files';
import { GrowthSection } from './GrowthSection';
import { BackLink } from '../../components/BackLink';
import { Field, Section, initials } from './ProfileParts';
import { influencerActions, useInfluencer } from './queries';
import { AudienceSection } from './AudienceSection';
import { EraseModal } from './EraseModal';
import { ProfileHistory } from './ProfileHistory';
import './influencers.css';

function Profile({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { detail, loading: detailLoading, error: detailError, reload } = useInfluencer(id);
  const { remove } = influencerActions;
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);

  const back = <BackLink href="/influencers">{t('influencers.profile.back')}</BackLink>;
  const d = detail?.id === id ? detail : null;
  if (!d) {
    return (
      <Stack>
        {back}
        {detailError || !(Number.isInteger(id) && id > 0) ? <ErrorState error={detailError ?? new Error(t('common.notFoundText'))} onRetry={reload} /> : <LoadingState />}
      </Stack>
    );
  }

  const primary = d.channels.find((c) => c.isPrimary) ?? d.channels[0];
  const showViews = d.channels.some((c) => c.avgViews > 0);
  const channelCols = showViews ? 7 : 6;
  const cityLine = [d.postalCode, d.city].filter(Boolean).join(' ');
  const addressLines = [d.street, cityLine, d.country ? countryName(d.country, i18n.language) : null].filter(Boolean) as string[];

  const exportData = async () => {
    try {
      downloadFile(await api.call('influencers.privacyExport', { id: d.id }));
    } catch (err) {
      notifyError(err);
    }
  };
  const del = async () => {
    await remove(d.id, d.name);
    navigate('/influencers');
  };

  return (
    <div style={{ opacity: detailLoading ? 0.85 : 1, transition: 'opacity 120ms' }}>
      <PageHeader
        above={back}
        title={
          <Group gap="md" wrap="nowrap">
            <Avatar color="brand" radius="xl" size={48}>
              {initials(d.name)}
            </Avatar>
            <span>{d.name}</span>
          </Group>
        }
        subtitle={
          <Group gap="sm" component="span" wrap="wrap" mt={4}>
            {primary && <ChannelLabel platform={primary.platform} handle={primary.handle} />}
            {primary && <TierBadge tier={primary.tier} />}
            {primary && (
              <Badge variant="default" tt="none" fw={500} style={{ minWidth: 'max-content' }}>
                <ErValue channel={primary} prefix={t('influencers.columns.er')} />
              </Badge>
            )}
            <AuthBadge verdict={d.authVerdict} />
            <Text span size="sm" c="dimmed">
              {t('influencers.profile.since', { date: fmt.date(d.createdAt) })}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('influencers.edit.button')}
            </Button>
            <Menu position="bottom-end" shadow="md" withArrow>
              <Menu.Target>
                <Button variant="default" rightSection={<IconDots size={16} />}>
                  {t('influencers.profile.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('influencers.privacy.title')}</Menu.Label>
                <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void exportData()}>
                  {t('influencers.privacy.export')}
                </Menu.Item>
                <Menu.Item leftSection={<IconShieldLock size={16} />} color="red" onClick={() => setErasing(true)}>
                  {t('influencers.privacy.erase')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item leftSection={<IconTrash size={16} />} onClick={() => void del()}>
                  {t('influencers.profile.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section id="contact" title={t('influencers.profile.contactShipping')}>
              <Stack gap="md">
                <Field label={t('influencers.profile.email')}>
                  {d.email ? (
                    <Group gap={6} wrap="nowrap">
                      <IconMail size={14} aria-hidden="true" />
                      <Anchor href={`mailto:${d.email}`} size="sm" truncate>
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
                  {addressLines.length ? (
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <IconMapPin size={14} aria-hidden="true" style={{ marginTop: 3, flexShrink: 0 }} />
                      <div>
                        {addressLines.map((l) => (
                          <div key={l}>{l}</div>
                        ))}
                      </div>
                    </Group>
                  ) : (
                    t('common.none')
                  )}
                </Field>
                <Group grow align="flex-start">
                  <Field label={t('influencers.profile.language')}>{d.language ? languageName(d.language, i18n.language) : t('common.none')}</Field>
                  <Field label={t('influencers.profile.lastContact')}>
                    {d.lastContactAt ? <span title={fmt.date(d.lastContactAt)}>{fmt.relative(d.lastContactAt)}</span> : t('common.none')}
                  </Field>
                </Group>
              </Stack>
            </Section>
            <Section id="tags" title={t('influencers.profile.tagsNotes')}>
              <Stack gap="md">
                <Field label={t('influencers.create.niches')}>
                  <NicheBadges niches={d.niches} max={12} />
                </Field>
                <Field label={t('influencers.profile.tags')}>
                  {d.tags.length ? (
                    <Group gap={4}>
                      {d.tags.map((tag) => (
                        <Badge key={tag} variant="light" color="gray" tt="none" fw={500}>
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    t('common.none')
                  )}
                </Field>
                <Field label={t('influencers.profile.notes')}>
                  {d.notes ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {d.notes}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('influencers.profile.noNotes')}
                    </Text>
                  )}
                </Field>
              </Stack>
            </Section>
            <AudienceSection d={d} />
            <Section id="rates" title={t('influencers.rates.title')} flush>
              {d.rates.length ? (
                <Table className="data-table" verticalSpacing={6}>
                  <Table.Tbody>
                    {d.rates.map((r, i) => (
                      <Table.Tr key={`${r.kind}-${i}`}>
                        <Table.Td>{t(`influencers.rates.kinds.${r.kind}`, { defaultValue: r.kind })}</Table.Td>
                        <Table.Td className="num" fw={600}>
                          {fmt.money(r.amountMinor, r.currency)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed" px="lg" pb="lg">
                  {t('influencers.rates.none')}
                </Text>
              )}
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section id="channels" title={t('influencers.profile.channels')} flush>
              {d.channels.length ? (
                <Table.ScrollContainer minWidth={560}>
                  <Table className="data-table" verticalSpacing="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('influencers.profile.channelColumns.handle')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.followers')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.avgLikes')}</Table.Th>
                        <Table.Th className="num">{t('influencers.profile.channelColumns.avgComments')}</Table.Th>
                        {showViews && <Table.Th className="num">{t('influencers.profile.channelColumns.avgViews')}</Table.Th>}
                        <Table.Th className="num">{t('influencers.profile.channelColumns.er')}</Table.Th>
                        <Table.Th>{t('influencers.profile.channelColumns.verdict')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    {d.channels.map((c) => (
                      <Table.Tbody key={c.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                        <Table.Tr style={{ borderBottom: 0 }}>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              <ChannelLabel platform={c.platform} handle={c.handle} />
                              {c.url && (
                                <Tooltip label={c.url} withArrow>
                                  <Anchor href={c.url} target="_blank" rel="noreferrer" c="dimmed" aria-label={t('influencers.profile.openChannel', { handle: c.handle })}>
                                    <IconExternalLink size={14} />
                                  </Anchor>
                                </Tooltip>
                              )}
                            </Group>
                            <Group gap={4} mt={4} wrap="nowrap">
                              <TierBadge tier={c.tier} />
                              {c.isPrimary && (
                                <Badge size="sm" variant="light" style={{ minWidth: 'max-content' }}>
                                  {t('influencers.profile.primary')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td className="num">{fmt.number(c.followers)}</Table.Td>
                          <Table.Td className="num">{fmt.number(c.avgLikes)}</Table.Td>
                          <Table.Td className="num">{fmt.number(c.avgComments)}</Table.Td>
                          {showViews && <Table.Td className="num">{c.avgViews ? fmt.number(c.avgViews) : t('common.none')}</Table.Td>}
                          <Table.Td className="num" fw={600}>
                            <ErValue channel={c} />
                          </Table.Td>
                          <Table.Td>
                            <AuthBadge verdict={c.authVerdict} size="xs" />
                          </Table.Td>
                        </Table.Tr>
                        <Table.Tr>
                          <Table.Td colSpan={channelCols} pt={0} pb="sm">
                            <div className="cell-wrap">
                              <ReasonList reasons={c.authReasons} />
                            </div>
                          </Table.Td>
                        </Table.Tr>
                      </Table.Tbody>
                    ))}
                  </Table>
                </Table.ScrollContainer>
              ) : (
                <Text c="dimmed" size="sm" px="lg" pb="lg">
                  {t('influencers.profile.noChannels')}
                </Text>
              )}
            </Section>
            <GrowthSection key={d.id} d={d} />
            <ProfileHistory d={d} />
          </Stack>
        </Grid.Col>
      </Grid>
      <EditInfluencerDrawer detail={d} opened={editing} onClose={() => setEditing(false)} />
      <EraseModal d={d} opened={erasing} onClose={() => setErasing(false)} />
    </div>
  );
}

/** Mounted by the app at `/influencers/:id`. */
export function InfluencerProfilePage({ id }: { id: number }) {
  return <Profile id={id} />;
}

