import { transliterate } from './codes';

/** Pure UTM helpers: no database, no I/O. */

export interface UtmParams {
  source: string;
  medium: string;
  campaign: string;
  content?: string;
  term?: string;
}

/** URL slug of a name: lower-case, umlauts spelled out (ä → ae), accents dropped, anything else → '-', trimmed. */
export function slugify(text: string): string {
  return transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const UTM_ORDER: (keyof UtmParams)[] = ['source', 'medium', 'campaign', 'content', 'term'];

function decodeKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * `base` with UTM parameters. The base's own query parameters stay exactly as written, except any
 * utm_* ones, which are replaced (a stale utm_id or utm_term from another link must not survive);
 * the fragment stays after the query. Values are percent-encoded as UTF-8 (space → %20, ü → %C3%BC).
 * Throws TypeError for a URL that does not parse.
 */
export function buildUtmUrl(base: string, params: UtmParams): string {
  const url = new URL(base);
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !decodeKey(part.split('=')[0]).toLowerCase().startsWith('utm_'));
  const utm = UTM_ORDER.filter((k) => params[k] !== undefined && params[k] !== '').map(
    (k) => `utm_${k}=${encodeURIComponent(params[k] as string)}`,
  );
  url.search = [...kept, ...utm].join('&');
  return url.toString();
}

export interface UtmContext {
  platform: string | null;
  handle: string | null;
  campaignName: string;
  influencerName: string;
}

/**
 * The UTM values of a card: defaults (source = platform, medium = 'influencer', campaign = slug of the
 * campaign's name, content = handle), overridden by the campaign's rules ({ source, medium, campaign,
 * content } templates with {platform} {handle} {campaign} {name}). A rule that comes out empty
 * falls back to the default. Without a channel, source is 'influencer' and content the name's slug.
 */
export function utmParamsFor(ctx: UtmContext, rules: Record<string, unknown> | null | undefined): UtmParams {
  const handle = (ctx.handle ?? '').replace(/^@/, '');
  const vars: Record<string, string> = {
    platform: ctx.platform ?? '',
    handle,
    campaign: slugify(ctx.campaignName),
    name: ctx.influencerName,
  };
  const defaults: UtmParams = {
    source: ctx.platform ?? 'influencer',
    medium: 'influencer',
    campaign: vars.campaign,
    content: handle || slugify(ctx.influencerName),
  };
  const out: UtmParams = { ...defaults };
  for (const key of ['source', 'medium', 'campaign', 'content'] as const) {
    const rule = rules?.[key];
    if (typeof rule !== 'string') continue;
    const value = rule.replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all).trim();
    if (value) out[key] = value;
  }
  return out;
}
