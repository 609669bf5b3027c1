import { Badge, Group, List, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuthVerdict, Reason } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';
import { useFormat } from '../../lib/useFormat';

export const VERDICT_COLOR: Record<AuthVerdict, string> = { ok: 'teal', review: 'yellow', suspicious: 'red' };

/** One authenticity reason in words, with its numbers formatted for the current language. */
export function reasonText(r: Reason, t: TFunction, fmt: Formatter): string {
  const p = r.params ?? {};
  const num = (k: string) => (typeof p[k] === 'number' ? (p[k] as number) : null);
  const platform = typeof p.platform === 'string' ? t(`platforms.${p.platform}`, { defaultValue: p.platform }) : '';
  const tier = typeof p.tier === 'string' ? t(`tiers.${p.tier}`, { defaultValue: p.tier }) : '';
  switch (r.code) {
    case 'no_followers':
      return t('influencers.auth.reasons.no_followers');
    case 'no_engagement':
      return t('influencers.auth.reasons.no_engagement', { followers: fmt.number(num('followers')) });
    case 'no_history':
      return t('influencers.auth.reasons.no_history', { count: num('snapshots') ?? 0 });
    case 'er_far_below':
    case 'er_far_above':
      return t(`influencers.auth.reasons.${r.code}`, {
        er: fmt.percentBp(num('erBp')),
        min: fmt.percentBp(num('typicalMinBp')),
        max: fmt.percentBp(num('typicalMaxBp')),
        tier,
        platform,
      });
    case 'follower_jump':
      return t(num('engagementGrowthBp') == null ? 'influencers.auth.reasons.follower_jump_noEngagement' : 'influencers.auth.reasons.follower_jump', {
        from: fmt.number(num('fromFollowers')),
        to: fmt.number(num('toFollowers')),
        growth: fmt.percentBp(num('growthBp'), 0),
        engagement: fmt.percentBp(num('engagementGrowthBp'), 0),
        fromDate: fmt.date(String(p.fromDate ?? '')),
        toDate: fmt.date(String(p.toDate ?? '')),
        days: fmt.number(num('days')),
      });
    case 'comment_ratio_low':
    case 'comment_ratio_high':
      return t(`influencers.auth.reasons.${r.code}`, {
        ratio: fmt.percentBp(num('ratioBp')),
        limit: fmt.percentBp(num(r.code === 'comment_ratio_low' ? 'minBp' : 'maxBp')),
        likes: fmt.number(num('avgLikes')),
        comments: fmt.number(num('avgComments')),
      });
    default:
      return t('influencers.auth.reasons.unknown', { code: r.code });
  }
}

function VerdictIcon({ verdict, size = 16 }: { verdict: AuthVerdict; size?: number }) {
  if (verdict === 'suspicious') return <IconShieldX size={size} stroke={1.8} aria-hidden="true" />;
  if (verdict === 'review') return <IconAlertTriangle size={size} stroke={1.8} aria-hidden="true" />;
  return <IconShieldCheck size={size} stroke={1.8} aria-hidden="true" />;
}

/** Compact flag for the directory: nothing loud for 'ok', an amber/red icon with a tooltip otherwise. */
export function AuthFlag({ verdict }: { verdict: AuthVerdict }) {
  const { t } = useTranslation();
  const label = t(`influencers.auth.verdict.${verdict}`);
  const hint = t(`influencers.auth.hint.${verdict}`);
  return (
    <Tooltip label={hint} withArrow openDelay={250} multiline w={260}>
      <ThemeIcon
        variant={verdict === 'ok' ? 'subtle' : 'light'}
        color={VERDICT_COLOR[verdict]}
        size={26}
        radius="xl"
        role="img"
        aria-label={label}
        data-verdict={verdict}
        style={verdict === 'ok' ? { opacity: 0.55 } : undefined}
      >
        <VerdictIcon verdict={verdict} />
      </ThemeIcon>
    </Tooltip>
  );
}

/** Badge with the verdict in words (profile header, channel table). */
export function AuthBadge({ verdict, size = 'sm' }: { verdict: AuthVerdict; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`influencers.auth.hint.${verdict}`)} withArrow multiline w={260} openDelay={250}>
      <Badge
        color={VERDICT_COLOR[verdict]}
        variant="light"
        size={size}
        leftSection={<VerdictIcon verdict={verdict} size={12} />}
        style={{ minWidth: 'max-content' }}
        tt="none"
      >
        {t(`influencers.auth.verdict.${verdict}`)}
      </Badge>
    </Tooltip>
  );
}

/** The reasons of one channel as a list of sentences; info reasons in grey. */
export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!reasons.length) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconShieldCheck size={14} color="var(--mantine-color-teal-6)" aria-hidden="true" />
        <Text size="xs" c="dimmed">
          {t('influencers.auth.allClear')}
        </Text>
      </Group>
    );
  }
  return (
    <List spacing={4} size="xs" center>
      {reasons.map((r, i) => {
        const sev = r.severity ?? 'review';
        const color = sev === 'suspicious' ? 'red' : sev === 'review' ? 'yellow' : 'gray';
        return (
          <List.Item
            key={`${r.code}-${i}`}
            icon={
              <ThemeIcon size={18} radius="xl" variant="light" color={color}>
                {sev === 'info' ? <IconInfoCircle size={12} aria-hidden="true" /> : <IconAlertTriangle size={12} aria-hidden="true" />}
              </ThemeIcon>
            }
          >
            <Text size="xs" c={sev === 'info' ? 'dimmed' : undefined} component="span">
              {reasonText(r, t, fmt)}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
