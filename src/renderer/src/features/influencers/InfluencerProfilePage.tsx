import { Alert, Anchor, Avatar, Badge, Button, Grid, Group, Menu, Modal, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconDots,
  IconDownload,
  IconExternalLink,
  IconMail,
  IconMapPin,
  IconPencil,
  IconPhone,
  IconShieldLock,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { InfluencerDetail } from '../../../../shared/contract';
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
import { Field, ProfileTable, Section, initials } from './ProfileParts';
import { useInfluencersStore } from './store';
import './influencers.css';

function ShareBar({ label, bp, color = 'brand' }: { label: string; bp: number; color?: string }) {
  const fmt = useFormat();
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" w={110} truncate title={label}>
        {label}
      </Text>
      <div className="share-bar" style={{ flex: 1 }} role="img" aria-label={`${label}: ${fmt.percentBp(bp)}`}>
        <div style={{ width: `${Math.min(100, bp / 100)}%`, background: `var(--mantine-color-${color}-5)` }} />
      </div>
      <Text size="sm" w={52} ta="right" className="num">
        {fmt.percentBp(bp)}
      </Text>
    </Group>
  );
}

function AudienceSection({ d }: { d: InfluencerDetail }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const a = d.audience;
  return (
    <Section id="audience" title={t('influencers.audience.title')}>
      {!a ? (
        <Text size="sm" c="dimmed">
          {t('influencers.audience.none')}
        </Text>
      ) : (
        <Stack gap="md">
          {a.topCountries.length > 0 && (
            <Stack gap={6}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('influencers.audience.countries')}
              </Text>
              {a.topCountries.map((c) => (
                <ShareBar key={c.country} label={countryName(c.country, i18n.language)} bp={c.shareBp} />
              ))}
            </Stack>
          )}
          {Object.keys(a.ageBands).length > 0 && (
            <Stack gap={6}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('influencers.audience.age')}
              </Text>
              {Object.entries(a.ageBands)
                .sort(([x], [y]) => x.localeCompare(y, undefined, { numeric: true }))
                .map(([band, v]) => (
                  <ShareBar key={band} label={band} bp={v} color="teal" />
                ))}
            </Stack>
          )}
          <Stack gap={6}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('influencers.audience.gender')}
            </Text>
            <div className="share-bar" style={{ height: 14 }} role="img" aria-label={`${t('influencers.audience.female')} ${fmt.percentBp(a.gender.female)}, ${t('influencers.audience.male')} ${fmt.percentBp(a.gender.male)}, ${t('influencers.audience.other')} ${fmt.percentBp(a.gender.other)}`}>
              <div style={{ width: `${a.gender.female / 100}%`, background: 'var(--mantine-color-grape-4)' }} />
              <div style={{ width: `${a.gender.male / 100}%`, background: 'var(--mantine-color-blue-4)' }} />
              <div style={{ width: `${a.gender.other / 100}%`, background: 'var(--mantine-color-gray-5)' }} />
            </div>
            <Group gap="md">
              {(['female', 'male', 'other'] as const).map((g, i) => (
                <Group gap={6} key={g}>
                  <span style={{ width: 10, height: 10, borderRadius: 3, background: ['var(--mantine-color-grape-4)', 'var(--mantine-color-blue-4)', 'var(--mantine-color-gray-5)'][i] }} />
                  <Text size="xs">
                    {t(`influencers.audience.${g}`)} {fmt.percentBp(a.gender[g])}
                  </Text>
                </Group>
              ))}
            </Group>
          </Stack>
        </Stack>
      )}
    </Section>
  );
}

function EraseModal({ d, opened, onClose }: { d: InfluencerDetail; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) setTyped('');
  }, [opened]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.call('influencers.erase', { id: d.id, confirmName: typed });
      notifications.show({ color: 'gray', title: t('influencers.privacy.erased', { name: d.name }), message: '' });
      onClose();
      useInfluencersStore.setState({ detail: null });
      void useInfluencersStore.getState().load();
      navigate('/influencers');
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('influencers.privacy.eraseTitle', { name: d.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('influencers.privacy.eraseText')}
          </Alert>
          <TextInput label={t('influencers.privacy.typeName', { name: d.name })} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} data-autofocus autoComplete="off" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" type="submit" loading={busy} disabled={typed.trim() !== d.name.trim()}>
              {t('influencers.privacy.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Profile({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { detail, detailLoading, detailError, loadDetail, remove } = useInfluencersStore();
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);

  useEffect(() => {
    if (Number.isInteger(id) && id > 0) void loadDetail(id);
  }, [id, loadDetail]);

  const back = <BackLink href="/influencers">{t('influencers.profile.back')}</BackLink>;
  const d = detail?.id === id ? detail : null;
  if (!d) {
    return (
      <Stack>
        {back}
        {detailError || !(Number.isInteger(id) && id > 0) ? <ErrorState error={detailError ?? new Error(t('common.notFoundText'))} onRetry={() => loadDetail(id)} /> : <LoadingState />}
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
            <Section id="collabs" title={t('influencers.profile.collaborations')} flush>
              <ProfileTable
                empty={!d.collaborations.length}
                minWidth={640}
                highlightOnHover
                none={t('influencers.profile.noCollaborations')}
                head={
                  <>
                    <Table.Th>{t('influencers.profile.collabColumns.campaign')}</Table.Th>
                    <Table.Th>{t('influencers.profile.collabColumns.stage')}</Table.Th>
                    <Table.Th>{t('influencers.profile.collabColumns.codes')}</Table.Th>
                    <Table.Th className="num">{t('influencers.profile.collabColumns.orders')}</Table.Th>
                    <Table.Th className="num">{t('influencers.profile.collabColumns.revenue')}</Table.Th>
                    <Table.Th className="num">{t('influencers.profile.collabColumns.fee')}</Table.Th>
                  </>
                }
              >
                {d.collaborations.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`/campaigns/${c.campaignId}`} size="sm" fw={500}>
                        {c.campaignName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" tt="none" fw={500} style={{ minWidth: 'max-content' }}>
                        {c.stageName ?? (c.stageKey ? t(`stages.${c.stageKey}`, { defaultValue: c.stageKey }) : t('common.none'))}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {c.codes.length ? (
                        <Group gap={4}>
                          {c.codes.map((code) => (
                            <Badge key={code} variant="outline" color="gray" tt="none" fw={500} ff="monospace">
                              {code}
                            </Badge>
                          ))}
                        </Group>
                      ) : (
                        <Text c="dimmed">{t('common.none')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td className="num">{fmt.number(c.orders)}</Table.Td>
                    <Table.Td className="num" fw={600}>
                      {fmt.money(c.revenueMinor, c.currency)}
                    </Table.Td>
                    <Table.Td className="num">{fmt.money(c.feeMinor, c.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </ProfileTable>
            </Section>
            <Section id="samples" title={t('influencers.samples.title')} flush>
              <ProfileTable
                empty={!d.samples.length}
                minWidth={560}
                none={t('influencers.samples.none')}
                head={
                  <>
                    <Table.Th>{t('influencers.samples.items')}</Table.Th>
                    <Table.Th>{t('influencers.profile.collabColumns.campaign')}</Table.Th>
                    <Table.Th>{t('influencers.samples.status')}</Table.Th>
                    <Table.Th>{t('influencers.samples.shipped')}</Table.Th>
                    <Table.Th className="num">{t('influencers.samples.value')}</Table.Th>
                  </>
                }
              >
                {d.samples.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td fw={500}>{s.items}</Table.Td>
                    <Table.Td>{s.campaignName}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={s.status === 'delivered' ? 'teal' : s.status === 'returned' ? 'red' : 'gray'} tt="none" fw={500}>
                        {t(`influencers.samples.statuses.${s.status}`, { defaultValue: s.status })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {fmt.date(s.shippedOn)}
                      {s.carrier ? <Text span c="dimmed" size="xs">{` · ${s.carrier}`}</Text> : null}
                    </Table.Td>
                    <Table.Td className="num">{fmt.money(s.valueMinor, s.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </ProfileTable>
            </Section>
            <Section id="posts" title={t('influencers.posts.title')} flush>
              <ProfileTable
                empty={!d.posts.length}
                minWidth={640}
                none={t('influencers.posts.none')}
                head={
                  <>
                    <Table.Th>{t('influencers.posts.post')}</Table.Th>
                    <Table.Th>{t('influencers.profile.collabColumns.campaign')}</Table.Th>
                    <Table.Th>{t('influencers.posts.date')}</Table.Th>
                    <Table.Th className="num">{t('influencers.posts.reach')}</Table.Th>
                    <Table.Th className="num">{t('influencers.posts.likes')}</Table.Th>
                    <Table.Th className="num">{t('influencers.posts.comments')}</Table.Th>
                    <Table.Th>{t('influencers.posts.disclosure')}</Table.Th>
                  </>
                }
              >
                {d.posts.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">
                          {t(`platforms.${p.platform}`, { defaultValue: p.platform })} · {t(`influencers.rates.kinds.${p.kind}`, { defaultValue: p.kind })}
                        </Text>
                        {p.url && (
                          <Anchor href={p.url} target="_blank" rel="noreferrer" c="dimmed" aria-label={t('influencers.posts.open')}>
                            <IconExternalLink size={14} />
                          </Anchor>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{p.campaignName}</Table.Td>
                    <Table.Td>{fmt.date(p.postedAt)}</Table.Td>
                    <Table.Td className="num">{fmt.compact(p.reach)}</Table.Td>
                    <Table.Td className="num">{fmt.number(p.likes)}</Table.Td>
                    <Table.Td className="num">{fmt.number(p.comments)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.disclosurePresent ? 'teal' : 'red'} size="sm" tt="none">
                        {p.disclosurePresent ? t('influencers.posts.disclosed') : t('influencers.posts.notDisclosed')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </ProfileTable>
            </Section>
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
