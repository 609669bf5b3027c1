import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { InfluencerDetail } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { ProfileTable, Section } from './ProfileParts';

/** The person's history with the brand: collaborations, samples sent and published posts. */
export function ProfileHistory({ d }: { d: InfluencerDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
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
    </>
  );
}
