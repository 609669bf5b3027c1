import type { Locale, Niche, Platform, Tier } from './domain';

/**
 * The words for the domain's enum values (platforms, tiers, built-in niches) in both languages — one source for
 * the renderer's resources (i18n/en.ts, de.ts take them from here) and for what the core writes into files for
 * people (the directory export), so a German export says "Instagram", "Makro", "Eltern & Familie".
 */
export interface ValueLabels {
  platforms: Record<Platform, string>;
  tiers: Record<Tier, string>;
  niches: Record<Niche, string>;
}

const platforms: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitch: 'Twitch',
  pinterest: 'Pinterest',
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  blog: 'Blog',
};

export const VALUE_LABELS: Record<Locale, ValueLabels> = {
  en: {
    platforms,
    tiers: { nano: 'Nano', micro: 'Micro', macro: 'Macro', mega: 'Mega' },
    niches: {
      fashion: 'Fashion',
      beauty: 'Beauty',
      fitness: 'Fitness',
      food: 'Food',
      vegan: 'Vegan',
      gaming: 'Gaming',
      sustainability: 'Sustainability',
      travel: 'Travel',
      parenting: 'Parenting',
      tech: 'Tech',
      home: 'Home',
      pets: 'Pets',
    },
  },
  de: {
    platforms,
    tiers: { nano: 'Nano', micro: 'Mikro', macro: 'Makro', mega: 'Mega' },
    niches: {
      fashion: 'Mode',
      beauty: 'Beauty',
      fitness: 'Fitness',
      food: 'Food',
      vegan: 'Vegan',
      gaming: 'Gaming',
      sustainability: 'Nachhaltigkeit',
      travel: 'Reisen',
      parenting: 'Eltern & Familie',
      tech: 'Technik',
      home: 'Wohnen',
      pets: 'Haustiere',
    },
  },
};

/** A niche in the user's language: built-in ones by their label, own niches as they were written. */
export function nicheLabel(lang: Locale, niche: string): string {
  return (VALUE_LABELS[lang].niches as Record<string, string>)[niche] ?? niche;
}
