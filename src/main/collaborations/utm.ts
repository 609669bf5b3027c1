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

/** The rule every link follows unless the campaign sets its own (shown as the placeholders in the settings). */
export const DEFAULT_UTM_RULES = { source: '{{kanal}}', medium: 'influencer', campaign: '{{kampagne}}', content: '{{handle}}' } as const;

/** Variables a rule may use: German names, their English aliases, and the older single-brace spelling. */
export const UTM_VARIABLES = ['kanal', 'handle', 'kampagne', 'name'] as const;

function utmVars(ctx: UtmContext): Record<string, string> {
  const handle = (ctx.handle ?? '').replace(/^@/, '');
  const kanal = ctx.platform ?? '';
  const kampagne = slugify(ctx.campaignName);
  const name = slugify(ctx.influencerName);
  return { kanal, channel: kanal, platform: kanal, handle, kampagne, campaign: kampagne, name };
}

/** One rule filled in: {{var}} (spaces allowed inside the braces) and the older {var}; unknown variables stay as written. */
export function renderUtmRule(rule: string, ctx: UtmContext): string {
  const vars = utmVars(ctx);
  const legacy: Record<string, string> = { ...vars, name: ctx.influencerName };
  return rule
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => vars[key.toLowerCase()] ?? all)
    .replace(/\{(\w+)\}/g, (all, key: string) => legacy[key] ?? all)
    .trim();
}

/**
 * The UTM values of a card: defaults (source = platform, medium = 'influencer', campaign = slug of the
 * campaign's name, content = handle), overridden by the campaign's rules ({ source, medium, campaign,
 * content } patterns with {{kanal}} {{handle}} {{kampagne}} {{name}}; see renderUtmRule). A rule that comes out
 * empty falls back to the default. Without a channel, source is 'influencer' and content the name's slug.
 */
export function utmParamsFor(ctx: UtmContext, rules: Record<string, unknown> | null | undefined): UtmParams {
  const vars = utmVars(ctx);
  const out: UtmParams = {
    source: vars.kanal || 'influencer',
    medium: 'influencer',
    campaign: vars.kampagne,
    content: vars.handle || vars.name,
  };
  for (const key of ['source', 'medium', 'campaign', 'content'] as const) {
    const rule = rules?.[key];
    if (typeof rule !== 'string') continue;
    const value = renderUtmRule(rule, ctx);
    if (value) out[key] = value;
  }
  return out;
}

/** Whether a saved link carries UTM parameters (only those are regenerated when the rules change). */
export function hasUtm(url: string): boolean {
  try {
    return [...new URL(url).searchParams.keys()].some((k) => k.toLowerCase().startsWith('utm_'));
  } catch {
    return false;
  }
}
