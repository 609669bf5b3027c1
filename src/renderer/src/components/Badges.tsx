import { Badge, Group, Text, type MantineColor } from '@mantine/core';
import {
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandPinterest,
  IconBrandTiktok,
  IconBrandTwitch,
  IconBrandX,
  IconBrandYoutube,
  IconWorld,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CampaignPhase } from '../../../shared/contract';
import type { Platform, Tier } from '../../../shared/domain';

const PLATFORM_ICONS: Record<Platform, typeof IconWorld> = {
  instagram: IconBrandInstagram,
  tiktok: IconBrandTiktok,
  youtube: IconBrandYoutube,
  twitch: IconBrandTwitch,
  pinterest: IconBrandPinterest,
  facebook: IconBrandFacebook,
  x: IconBrandX,
  linkedin: IconBrandLinkedin,
  blog: IconWorld,
};

export function PlatformIcon({ platform, size = 16 }: { platform: Platform | null; size?: number }) {
  const Icon = (platform && PLATFORM_ICONS[platform]) || IconWorld;
  return <Icon size={size} stroke={1.6} aria-hidden="true" />;
}

/** Platform icon + handle (the platform name is given to screen readers). */
export function ChannelLabel({ platform, handle }: { platform: Platform | null; handle: string | null }) {
  const { t } = useTranslation();
  if (!platform && !handle) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Group gap={6} wrap="nowrap" title={platform ? t(`platforms.${platform}`) : undefined}>
      <Text component="span" c="dimmed" lh={0}>
        <PlatformIcon platform={platform} />
      </Text>
      {platform && (
        <Text component="span" className="visually-hidden">
          {t(`platforms.${platform}`)}
        </Text>
      )}
      <Text component="span" size="sm" truncate>
        {handle ? `@${handle.replace(/^@/, '')}` : t(`platforms.${platform!}`)}
      </Text>
    </Group>
  );
}

const TIER_COLORS: Record<Tier, MantineColor> = { nano: 'gray', micro: 'teal', macro: 'blue', mega: 'grape' };

export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return (
    <Badge color={TIER_COLORS[tier] ?? "gray"} variant="light" size="sm" radius="sm" style={{ minWidth: "max-content", flexShrink: 0 }}>
      {t(`tiers.${tier}`)}
    </Badge>
  );
}

const PHASE_COLORS: Record<CampaignPhase, MantineColor> = { planned: 'blue', active: 'teal', finished: 'gray', archived: 'dark' };

export function PhaseBadge({ phase }: { phase: CampaignPhase }) {
  const { t } = useTranslation();
  return (
    <Badge color={PHASE_COLORS[phase] ?? "gray"} variant="dot" size="sm" radius="sm" style={{ minWidth: "max-content" }}>
      {t(`phases.${phase}`)}
    </Badge>
  );
}

export function NicheBadges({ niches, max = 3 }: { niches: string[]; max?: number }) {
  const { t } = useTranslation();
  if (!niches.length) return <Text c="dimmed">{t('common.none')}</Text>;
  const shown = niches.slice(0, max);
  return (
    <Group gap={4} wrap="nowrap">
      {shown.map((n) => (
        <Badge key={n} variant="outline" color="gray" size="sm" radius="sm" tt="none" fw={500} style={{ minWidth: "max-content" }}>
          {t(`niches.${n}`, { defaultValue: n })}
        </Badge>
      ))}
      {niches.length > max && (
        <Text size="xs" c="dimmed">
          +{niches.length - max}
        </Text>
      )}
    </Group>
  );
}
