/**
 * The ad-disclosure check, following the law's intent (§ 5a UWG, § 22 MStV) and the app's own briefing:
 * the label must be recognisable FROM THE START (among the first words or hashtags, position configurable),
 * a negation ("keine Werbung", "unbezahlte Werbung", "#werbungfrei") does not count, and weak labels
 * (#ad, #sponsored, "in Kooperation mit" … for a German audience) are not enough. Every verdict says why:
 * a message key with its parameters, translated by the renderer (i18n section `disclosure`).
 *
 * Pure and shared: the core decides when a post is saved (src/main/content/), the card's form shows the same
 * verdict live while typing.
 */

export const DISCLOSURE_STATUSES = ['ok', 'buried', 'weak', 'negated', 'missing', 'empty'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/** `de`: German-speaking audience (German law's standard: #werbung / #anzeige); `intl`: everyone else. */
export type DisclosureMarket = 'de' | 'intl';

/** Default number of leading words/hashtags the label has to be among (Settings → disclosure). */
export const DEFAULT_DISCLOSURE_POSITION = 5;

export interface DisclosureRules {
  /** The campaign's own label (e.g. `#anzeige`); it counts unless it is itself a weak label for the market. */
  campaignLabel?: string;
  market?: DisclosureMarket;
  /** The label must start within the first N words/hashtags. */
  maxPosition?: number;
}

export interface DisclosureVerdict {
  status: DisclosureStatus;
  /** True only for `ok`. */
  ok: boolean;
  /** i18n key of the reason, e.g. `disclosure.buried`. */
  key: `disclosure.${DisclosureStatus}`;
  params: Record<string, string | number>;
}

type Seq = readonly string[];

const STRONG_DE: Seq[] = [['werbung'], ['anzeige'], ['reklame'], ['bezahlte', 'partnerschaft'], ['paid', 'partnership']];
const STRONG_INTL: Seq[] = [...STRONG_DE, ['ad'], ['advertisement'], ['advert'], ['sponsored'], ['paid', 'ad']];
const WEAK_COMMON: Seq[] = [
  ['in', 'kooperation', 'mit'],
  ['in', 'zusammenarbeit', 'mit'],
  ['kooperation'],
  ['in', 'collaboration', 'with'],
  ['collab'],
  ['partner'],
  ['gifted'],
  ['prsample'],
  ['pr', 'sample'],
  ['pr-sample'],
  ['supported', 'by'],
  ['powered', 'by'],
  ['unterstützt', 'von'],
];
const WEAK_DE: Seq[] = [...WEAK_COMMON, ['ad'], ['ads'], ['advertisement'], ['advert'], ['sponsored'], ['sponsoredby'], ['sponsored', 'by'], ['gesponsert'], ['paid', 'ad']];

/** Hashtags (or words) that say the post is NOT paid advertising. */
const NEGATION_TAGS = new Set([
  'werbungfrei', 'keinewerbung', 'nichtwerbung', 'unbezahltewerbung', 'unbeauftragtewerbung', 'unbezahlt', 'unbeauftragt', 'nichtgesponsert',
  'nichtbezahlt', 'selbstgekauft', 'selbstbezahlt', 'notsponsored', 'notanad', 'noad', 'nonsponsored', 'unsponsored', 'unpaid', 'notpaid', 'adfree',
]);
/** Words right before a label that negate it ("keine Werbung", "unbezahlte Werbung", "not an #ad"). */
const NEGATORS_BEFORE = new Set([
  'kein', 'keine', 'keinen', 'keiner', 'ohne', 'nicht', 'unbezahlt', 'unbezahlte', 'unbezahlter', 'unbeauftragt', 'unbeauftragte', 'unbeauftragter',
  'no', 'not', 'non', 'unpaid', 'unsponsored',
]);
/** Words right after a label that negate it ("Werbung (unbezahlt)", "#ad – unpaid"). */
const NEGATORS_AFTER = new Set(['unbezahlt', 'unbeauftragt', 'unpaid', 'selbstgekauft']);

interface Token {
  /** As written, without the punctuation around it. */
  text: string;
  /** Lower-cased, without a leading `#`. */
  word: string;
  hashtag: boolean;
}

const SPLIT = /[\s|/\\·•–—,;:!?()[\]{}"„“”«»‚‘’]+/u;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of text.split(SPLIT)) {
    const trimmed = raw.replace(/^[^\p{L}\p{N}#@]+|[^\p{L}\p{N}]+$/gu, '');
    if (!trimmed || !/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const hashtag = trimmed.startsWith('#');
    out.push({ text: trimmed, word: trimmed.replace(/^#+/, '').toLocaleLowerCase('de'), hashtag });
  }
  return out;
}

/** Where `seq` occurs in `tokens` (as consecutive words, or as one hashtag spelling them together). */
function findAll(tokens: Token[], seq: Seq): { index: number; length: number }[] {
  const hits: { index: number; length: number }[] = [];
  const joined = seq.join('');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].hashtag && seq.length > 1 && tokens[i].word === joined) {
      hits.push({ index: i, length: 1 });
      continue;
    }
    if (tokens[i].word.startsWith('@')) continue;
    if (seq.every((w, k) => tokens[i + k] && !tokens[i + k].word.startsWith('@') && tokens[i + k].word === w)) hits.push({ index: i, length: seq.length });
  }
  return hits;
}

function sameSeq(a: Seq, b: Seq): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Market of a campaign label when the person's language is unknown: German labels (or none) mean a German audience. */
export function marketOf(language: string | null | undefined, campaignLabel = ''): DisclosureMarket {
  if (language) return language.toLowerCase().startsWith('de') ? 'de' : 'intl';
  const words = tokenize(campaignLabel).map((t) => t.word);
  if (!words.length) return 'de';
  return STRONG_INTL.some((s) => sameSeq(s, words)) && !STRONG_DE.some((s) => sameSeq(s, words)) ? 'intl' : 'de';
}

function verdict(status: DisclosureStatus, params: Record<string, string | number>): DisclosureVerdict {
  return { status, ok: status === 'ok', key: `disclosure.${status}`, params };
}

/** Checks one caption against the rules. */
export function checkDisclosure(caption: string, rules: DisclosureRules = {}): DisclosureVerdict {
  const campaignLabel = (rules.campaignLabel ?? '').trim();
  const market = rules.market ?? marketOf(null, campaignLabel);
  const maxPosition = Math.max(1, rules.maxPosition ?? DEFAULT_DISCLOSURE_POSITION);
  const weak = market === 'de' ? WEAK_DE : WEAK_COMMON;
  const strong: Seq[] = [...(market === 'de' ? STRONG_DE : STRONG_INTL)];
  const own = tokenize(campaignLabel).map((t) => t.word);
  if (own.length && !weak.some((s) => sameSeq(s, own)) && !strong.some((s) => sameSeq(s, own))) strong.push(own);
  const expected = campaignLabel && !weak.some((s) => sameSeq(s, own)) ? campaignLabel : market === 'de' ? '#werbung' : '#ad';

  const tokens = tokenize(caption);
  if (!tokens.length) return verdict('empty', { expected });
  const textOf = (index: number, length: number) => tokens.slice(index, index + length).map((t) => t.text).join(' ');

  // negations: a hashtag saying "not advertising", or a label with a negating word next to it
  for (const seq of [...strong, ...weak]) {
    for (const hit of findAll(tokens, seq)) {
      const before = tokens.slice(Math.max(0, hit.index - 2), hit.index);
      const after = tokens.slice(hit.index + hit.length, hit.index + hit.length + 2);
      const neg = before.findIndex((t) => NEGATORS_BEFORE.has(t.word));
      if (neg >= 0) return verdict('negated', { phrase: textOf(hit.index - before.length + neg, before.length - neg + hit.length), expected });
      const negAfter = after.findIndex((t) => NEGATORS_AFTER.has(t.word));
      if (negAfter >= 0) return verdict('negated', { phrase: textOf(hit.index, hit.length + negAfter + 1), expected });
    }
  }
  const negTag = tokens.find((t) => NEGATION_TAGS.has(t.word));
  if (negTag) return verdict('negated', { phrase: negTag.text, expected });

  let first: { index: number; length: number } | null = null;
  for (const seq of strong) for (const hit of findAll(tokens, seq)) if (!first || hit.index < first.index) first = hit;
  if (first) {
    const label = textOf(first.index, first.length);
    const position = first.index + 1;
    return position <= maxPosition ? verdict('ok', { label, position }) : verdict('buried', { label, position, max: maxPosition, expected });
  }
  let weakHit: { index: number; length: number } | null = null;
  for (const seq of weak) for (const hit of findAll(tokens, seq)) if (!weakHit || hit.index < weakHit.index) weakHit = hit;
  if (weakHit) return verdict('weak', { label: textOf(weakHit.index, weakHit.length), expected });
  return verdict('missing', { expected });
}
