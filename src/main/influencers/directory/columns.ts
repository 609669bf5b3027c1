/**
 * Column mapping for the influencer import, and the normalisers for the values in those columns (country,
 * language, platform, handle or profile URL, niches). German and English spreadsheets; everything pure.
 */
import { LOCALES, NICHES, PLATFORMS, type Niche, type Platform } from '../../../shared/domain';
import { VALUE_LABELS } from '../../../shared/labels';
import { IMPORT_TARGETS } from '../../../shared/contract/influencers';

/** The import targets are declared once, in the API contract (the wizard's mapping uses the same list). */
export const TARGET_FIELDS = IMPORT_TARGETS;
export type TargetField = (typeof TARGET_FIELDS)[number];
export type ColumnMapping = Record<string, TargetField | null>;

/**
 * Lower case, accents and umlauts folded (`ü`→`u`, `ß`→`ss`), `Ø`/`⌀` read as "avg", every other character that
 * is not a letter or digit a single space. `"Vor- und Nachname"` → `"vor und nachname"`, `"Ø Likes"` → `"avg likes"`.
 */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[øØ⌀∅]/g, ' avg ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Header synonyms per target, already in `normalizeKey` form. */
const SYNONYMS: Record<TargetField, string[]> = {
  name: ['name', 'full name', 'vor und nachname', 'vorname nachname', 'vorname und nachname', 'voller name', 'kontakt',
    'kontaktperson', 'influencer', 'influencerin', 'person', 'creator', 'anzeigename', 'display name', 'contact name'],
  email: ['email', 'e mail', 'mail', 'email adresse', 'e mail adresse', 'mailadresse', 'email address', 'e mail address'],
  phone: ['telefon', 'tel', 'telefonnummer', 'phone', 'phone number', 'handy', 'handynummer', 'mobil', 'mobile',
    'mobilnummer', 'whatsapp'],
  street: ['strasse', 'street', 'strasse und hausnummer', 'strasse hausnummer', 'adresse', 'address', 'anschrift',
    'street address', 'address line 1'],
  postalCode: ['plz', 'postleitzahl', 'zip', 'zip code', 'zipcode', 'postal code', 'postcode'],
  city: ['ort', 'stadt', 'city', 'wohnort', 'town'],
  country: ['land', 'country', 'wohnland', 'herkunftsland'],
  language: ['sprache', 'language', 'content sprache', 'content language', 'lang'],
  niches: ['nische', 'nischen', 'niche', 'niches', 'kategorie', 'kategorien', 'category', 'categories', 'themen',
    'thema', 'topic', 'topics', 'themenbereich', 'bereich', 'vertical'],
  tags: ['tags', 'tag', 'schlagworte', 'schlagwort', 'stichworte', 'labels', 'label'],
  notes: ['notizen', 'notiz', 'bemerkung', 'bemerkungen', 'anmerkung', 'anmerkungen', 'notes', 'note', 'kommentar',
    'remarks', 'memo', 'info', 'infos', 'sonstiges'],
  platform: ['plattform', 'platform', 'netzwerk', 'network', 'social network', 'kanaltyp', 'social media'],
  handle: ['handle', 'account', 'username', 'user name', 'benutzername', 'nutzername', 'profil', 'profile', 'kanal',
    'channel', 'account name', 'profilname', 'accountname'],
  url: ['url', 'link', 'profil url', 'profile url', 'profil link', 'profile link', 'profillink', 'kanal url',
    'channel url', 'kanal link'],
  followers: ['follower', 'followers', 'abonnenten', 'abos', 'fans', 'reichweite', 'reach', 'subscribers', 'subs',
    'follower anzahl', 'anzahl follower', 'followerzahl', 'followers count', 'follower count', 'community'],
  avgLikes: ['likes', 'avg likes', 'average likes', 'durchschnittliche likes', 'durchschn likes', 'likes pro post',
    'likes per post', 'mean likes', 'schnitt likes', 'avg like'],
  avgComments: ['kommentare', 'comments', 'avg comments', 'average comments', 'durchschnittliche kommentare',
    'durchschn kommentare', 'kommentare pro post', 'comments per post', 'avg kommentare'],
  avgShares: ['shares', 'avg shares', 'average shares', 'geteilt', 'teilungen', 'avg geteilt'],
  avgViews: ['views', 'aufrufe', 'avg views', 'average views', 'avg aufrufe', 'durchschnittliche aufrufe',
    'wiedergaben', 'plays', 'video views', 'views pro video', 'views per video'],
  engagementRate: ['er', 'engagement', 'engagement rate', 'engagementrate', 'eng rate', 'interaktionsrate',
    'engagement quote', 'er in', 'avg er', 'engagement in'],
  instagram: ['instagram', 'ig', 'insta', 'ig handle', 'instagram handle', 'instagram account', 'instagram profil',
    'instagram profile', 'instagram url', 'instagram link', 'ig account', 'insta handle', 'instagram name', 'ig name',
    'insta name', 'instagram username', 'ig username'],
  tiktok: ['tiktok', 'tik tok', 'tiktok handle', 'tiktok account', 'tiktok profil', 'tiktok url', 'tiktok link', 'tt',
    'tiktok name', 'tiktok username'],
  youtube: ['youtube', 'yt', 'youtube kanal', 'youtube channel', 'youtube url', 'youtube link', 'youtube handle',
    'yt kanal', 'yt channel', 'youtube name', 'kanalname', 'channel name'],
};

/** Score of one header for one target: 100 for an exact synonym, less for a synonym inside a longer header. */
function scoreHeader(key: string, target: TargetField): number {
  const tokens = key.split(' ').filter(Boolean);
  if (tokens.length === 0) return 0;
  let best = 0;
  for (const syn of SYNONYMS[target]) {
    if (key === syn) return 100;
    const st = syn.split(' ');
    // The synonym must appear as a run of whole tokens ("er" must not match inside "follower").
    for (let i = 0; i + st.length <= tokens.length; i++) {
      if (st.every((t, j) => tokens[i + j] === t)) {
        const extra = tokens.length - st.length;
        best = Math.max(best, 60 + 8 * st.length - 4 * extra);
      }
    }
  }
  return best;
}

/**
 * Guesses the target field of every header (German and English names, case-, accent- and punctuation-insensitive).
 * Every (header, target) pair is scored; pairs are assigned best score first, and each target and each header
 * is used at most once, so with "Follower" and "Follower gesamt" the exact "Follower" wins and the other stays
 * unmapped (null). Equal scores go to the earlier column, then to the earlier target in TARGET_FIELDS — metrics
 * come before the platform columns, so "Instagram Follower" is a follower count, while "Instagram Name" is an
 * explicit synonym of the Instagram column.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const pairs: { header: number; target: TargetField; score: number }[] = [];
  headers.forEach((h, i) => {
    const key = normalizeKey(h);
    for (const t of TARGET_FIELDS) {
      const score = scoreHeader(key, t);
      if (score > 0) pairs.push({ header: i, target: t, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.header - b.header || TARGET_FIELDS.indexOf(a.target) - TARGET_FIELDS.indexOf(b.target));
  const mapping: ColumnMapping = Object.fromEntries(headers.map((h) => [h, null]));
  const usedTargets = new Set<TargetField>();
  const usedHeaders = new Set<number>();
  for (const p of pairs) {
    if (usedTargets.has(p.target) || usedHeaders.has(p.header)) continue;
    mapping[headers[p.header]] = p.target;
    usedTargets.add(p.target);
    usedHeaders.add(p.header);
  }
  return mapping;
}

// ---------------------------------------------------------------------------------------------------------------
// Countries and languages

/** Names (normalizeKey form) and codes that people write for countries, to ISO 3166-1 alpha-2. */
const COUNTRY_NAMES: Record<string, string> = {
  deutschland: 'DE', germany: 'DE', d: 'DE', deu: 'DE', ger: 'DE', brd: 'DE', allemagne: 'DE', germania: 'DE',
  osterreich: 'AT', oesterreich: 'AT', austria: 'AT', a: 'AT', aut: 'AT', autriche: 'AT',
  schweiz: 'CH', switzerland: 'CH', suisse: 'CH', svizzera: 'CH', che: 'CH', sui: 'CH',
  liechtenstein: 'LI', luxemburg: 'LU', luxembourg: 'LU', niederlande: 'NL', netherlands: 'NL', holland: 'NL',
  belgien: 'BE', belgium: 'BE', frankreich: 'FR', france: 'FR', italien: 'IT', italy: 'IT', italia: 'IT',
  spanien: 'ES', spain: 'ES', espana: 'ES', portugal: 'PT', polen: 'PL', poland: 'PL', tschechien: 'CZ',
  czechia: 'CZ', 'czech republic': 'CZ', danemark: 'DK', denmark: 'DK', schweden: 'SE', sweden: 'SE',
  norwegen: 'NO', norway: 'NO', finnland: 'FI', finland: 'FI', irland: 'IE', ireland: 'IE', ungarn: 'HU',
  hungary: 'HU', slowakei: 'SK', slovakia: 'SK', slowenien: 'SI', slovenia: 'SI', kroatien: 'HR', croatia: 'HR',
  griechenland: 'GR', greece: 'GR', rumanien: 'RO', romania: 'RO', bulgarien: 'BG', bulgaria: 'BG',
  estland: 'EE', estonia: 'EE', lettland: 'LV', latvia: 'LV', litauen: 'LT', lithuania: 'LT', malta: 'MT',
  zypern: 'CY', cyprus: 'CY', turkei: 'TR', turkey: 'TR', turkiye: 'TR',
  uk: 'GB', gb: 'GB', 'united kingdom': 'GB', 'great britain': 'GB', grossbritannien: 'GB', england: 'GB',
  'vereinigtes konigreich': 'GB', usa: 'US', us: 'US', 'united states': 'US', 'vereinigte staaten': 'US',
  amerika: 'US', america: 'US',
};

/**
 * A country name or code to ISO 3166-1 alpha-2 (`Deutschland`, `Germany`, `DE`, `D` → `DE`; `Österreich`,
 * `Austria`, `A` → `AT`; `Schweiz`, `CH` → `CH`; …). Any other two letters are taken as a code. Null if unknown.
 */
export function normalizeCountry(value: string | null | undefined): string | null {
  if (!value) return null;
  const key = normalizeKey(value);
  if (!key) return null;
  if (COUNTRY_NAMES[key]) return COUNTRY_NAMES[key];
  if (/^[a-z]{2}$/.test(key)) return key.toUpperCase();
  return null;
}

const LANGUAGE_NAMES: Record<string, string> = {
  deutsch: 'de', german: 'de', ger: 'de', deu: 'de', englisch: 'en', english: 'en', eng: 'en',
  franzosisch: 'fr', french: 'fr', francais: 'fr', italienisch: 'it', italian: 'it', italiano: 'it',
  spanisch: 'es', spanish: 'es', espanol: 'es', niederlandisch: 'nl', dutch: 'nl', hollandisch: 'nl',
  polnisch: 'pl', polish: 'pl', turkisch: 'tr', turkish: 'tr', portugiesisch: 'pt', portuguese: 'pt',
  danisch: 'da', danish: 'da', schwedisch: 'sv', swedish: 'sv', tschechisch: 'cs', czech: 'cs',
  schweizerdeutsch: 'de', plattdeutsch: 'de',
};

/** A language name or code to ISO 639-1 (`Deutsch`, `German`, `DE` → `de`). Null if unknown. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const key = normalizeKey(value);
  if (!key) return null;
  if (LANGUAGE_NAMES[key]) return LANGUAGE_NAMES[key];
  if (/^[a-z]{2}$/.test(key)) return key;
  const m = /^([a-z]{2}) [a-z]{2}$/.exec(key); // de-AT, en_GB
  return m ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Platforms, handles and profile URLs

const PLATFORM_NAMES: Record<string, Platform> = {
  instagram: 'instagram', ig: 'instagram', insta: 'instagram',
  tiktok: 'tiktok', 'tik tok': 'tiktok', tt: 'tiktok',
  youtube: 'youtube', yt: 'youtube', 'you tube': 'youtube', 'youtube shorts': 'youtube',
  twitch: 'twitch', pinterest: 'pinterest', facebook: 'facebook', fb: 'facebook',
  x: 'x', twitter: 'x', 'x twitter': 'x', 'twitter x': 'x', linkedin: 'linkedin', 'linked in': 'linkedin',
  blog: 'blog', website: 'blog', webseite: 'blog',
};

/** A platform name to a PLATFORMS key (`Instagram`, `IG` → instagram; `Twitter` → x). Null if unknown. */
export function normalizePlatform(value: string | null | undefined): Platform | null {
  if (!value) return null;
  const key = normalizeKey(value);
  const p = PLATFORM_NAMES[key];
  return p ?? ((PLATFORMS as readonly string[]).includes(key) ? (key as Platform) : null);
}

const HOSTS: [RegExp, Platform][] = [
  [/(^|\.)instagram\.com$|(^|\.)instagr\.am$/, 'instagram'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)youtube\.com$|(^|\.)youtu\.be$/, 'youtube'],
  [/(^|\.)twitch\.tv$/, 'twitch'],
  [/(^|\.)pinterest\.[a-z.]+$/, 'pinterest'],
  [/(^|\.)facebook\.com$|(^|\.)fb\.com$/, 'facebook'],
  [/(^|\.)x\.com$|(^|\.)twitter\.com$/, 'x'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
];

/** Path segments that are not accounts (`instagram.com/p/…` is a post). */
const NOT_ACCOUNTS = new Set(['p', 'reel', 'reels', 'tv', 'stories', 'explore', 'watch', 'shorts', 'embed', 'video', 'pin', 'share']);

export interface ParsedHandle {
  platform: Platform | null;
  handle: string;
  /** The profile URL: the one given (normalised to https) or built from platform and handle; null without platform. */
  url: string | null;
}

/** The canonical profile URL of a handle, or null for platforms without one (blog). */
export function profileUrl(platform: Platform, handle: string): string | null {
  const h = encodeURIComponent(handle);
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/${h}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${h}`;
    case 'youtube':
      return `https://www.youtube.com/@${h}`;
    case 'twitch':
      return `https://www.twitch.tv/${h}`;
    case 'pinterest':
      return `https://www.pinterest.com/${h}/`;
    case 'facebook':
      return `https://www.facebook.com/${h}`;
    case 'x':
      return `https://x.com/${h}`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${h}`;
    default:
      return null;
  }
}

/**
 * A handle or a profile URL: `@name` → `name`; `https://www.instagram.com/joerg.kocht/` → instagram, `joerg.kocht`;
 * `tiktok.com/@name` → tiktok; `youtube.com/@name`, `/c/name`, `/user/name`, `/channel/UC…` → youtube. The
 * platform comes from the URL's host, else from `platformHint` (e.g. the column was "TikTok"). Null for empty
 * text, a URL without account (a post link), or a handle with spaces or other characters handles never have.
 */
export function parseHandle(value: string | null | undefined, platformHint: Platform | null = null): ParsedHandle | null {
  if (!value) return null;
  const raw = value.trim();
  if (!raw) return null;
  // `joerg.kocht` is a handle, not a domain: only a scheme, `www.` or a path makes a URL.
  const looksLikeUrl =
    /^https?:\/\//i.test(raw) || /^www\./i.test(raw) || /^([a-z0-9-]+\.)+[a-z]{2,}\/\S*$/i.test(raw);
  if (looksLikeUrl) {
    let u: URL;
    try {
      u = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    } catch {
      return null;
    }
    const host = u.hostname.toLowerCase();
    const platform = HOSTS.find(([re]) => re.test(host))?.[1] ?? null;
    const segs = u.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    if (!platform) {
      // A personal website: a blog channel named after the host.
      if (platformHint && platformHint !== 'blog') return null;
      return { platform: 'blog', handle: host.replace(/^www\./, ''), url: u.href };
    }
    let handle: string | undefined;
    if (platform === 'youtube') {
      if (segs[0]?.startsWith('@')) handle = segs[0].slice(1);
      else if (['c', 'user', 'channel'].includes(segs[0] ?? '')) handle = segs[1];
      else if (segs.length === 1 && !NOT_ACCOUNTS.has(segs[0])) handle = segs[0];
    } else if (platform === 'linkedin') {
      if (segs[0] === 'in' || segs[0] === 'company') handle = segs[1];
    } else if (platform === 'tiktok') {
      if (segs[0]?.startsWith('@')) handle = segs[0].slice(1);
    } else if (segs[0] && !NOT_ACCOUNTS.has(segs[0].toLowerCase())) {
      handle = segs[0].replace(/^@/, '');
    }
    if (!handle || !/^[\p{L}\p{N}._-]{1,100}$/u.test(handle)) return null;
    return { platform, handle, url: profileUrl(platform, handle) };
  }
  const handle = raw.replace(/^@+/, '').trim();
  if (!/^[\p{L}\p{N}._-]{1,100}$/u.test(handle)) return null;
  return { platform: platformHint, handle, url: platformHint ? profileUrl(platformHint, handle) : null };
}

// ---------------------------------------------------------------------------------------------------------------
// Niches

/** Words and phrases (normalizeKey form) to niche keys. German and English, common word forms. */
const NICHE_WORDS: Record<string, Niche> = {
  mode: 'fashion', fashion: 'fashion', style: 'fashion', styling: 'fashion', outfit: 'fashion', outfits: 'fashion',
  kleidung: 'fashion', ootd: 'fashion', streetwear: 'fashion',
  beauty: 'beauty', kosmetik: 'beauty', makeup: 'beauty', 'make up': 'beauty', skincare: 'beauty',
  hautpflege: 'beauty', schminken: 'beauty', hair: 'beauty', haare: 'beauty', nails: 'beauty',
  fitness: 'fitness', sport: 'fitness', sports: 'fitness', workout: 'fitness', training: 'fitness', gym: 'fitness',
  yoga: 'fitness', laufen: 'fitness', running: 'fitness', crossfit: 'fitness',
  food: 'food', essen: 'food', kochen: 'food', koch: 'food', cooking: 'food', rezepte: 'food', rezept: 'food',
  recipes: 'food', backen: 'food', baking: 'food', foodie: 'food', ernahrung: 'food', nutrition: 'food',
  vegan: 'vegan', vegane: 'vegan', veganer: 'vegan', veganes: 'vegan', veganerin: 'vegan', pflanzlich: 'vegan',
  'plant based': 'vegan', plantbased: 'vegan',
  gaming: 'gaming', games: 'gaming', gamer: 'gaming', esports: 'gaming', 'e sports': 'gaming', zocken: 'gaming',
  videospiele: 'gaming', twitch: 'gaming',
  nachhaltigkeit: 'sustainability', nachhaltig: 'sustainability', nachhaltige: 'sustainability',
  sustainability: 'sustainability', sustainable: 'sustainability', 'zero waste': 'sustainability',
  umwelt: 'sustainability', oko: 'sustainability', eco: 'sustainability', klima: 'sustainability',
  reisen: 'travel', reise: 'travel', travel: 'travel', urlaub: 'travel', traveling: 'travel', travelling: 'travel',
  wanderlust: 'travel', roadtrip: 'travel',
  familie: 'parenting', eltern: 'parenting', parenting: 'parenting', family: 'parenting', mama: 'parenting',
  papa: 'parenting', mom: 'parenting', mum: 'parenting', dad: 'parenting', kinder: 'parenting', baby: 'parenting',
  elternschaft: 'parenting', momlife: 'parenting', mamaleben: 'parenting',
  technik: 'tech', tech: 'tech', technology: 'tech', technologie: 'tech', gadgets: 'tech', elektronik: 'tech',
  smartphones: 'tech', software: 'tech',
  haustiere: 'pets', haustier: 'pets', pets: 'pets', pet: 'pets', hund: 'pets', hunde: 'pets', katze: 'pets',
  katzen: 'pets', dogs: 'pets', dog: 'pets', cats: 'pets', cat: 'pets', tiere: 'pets',
  wohnen: 'home', home: 'home', interior: 'home', einrichtung: 'home', deko: 'home', dekoration: 'home',
  interieur: 'home', living: 'home', garten: 'home', garden: 'home', diy: 'home', 'home decor': 'home',
};
/** Words that join parts of one entry ("Eltern & Familie", "Food and Travel") and carry no meaning. */
const JOINERS = new Set(['und', 'and', 'n', 'amp', 'sowie', 'plus', 'mit', 'with', 'der', 'die', 'das', 'the']);

/**
 * Splits a niche cell on `,` `;` `/` `|` (and line breaks). An entry that names a built-in niche — its key, its
 * German or English label, a known word for it, or only words for that one niche (`Mode` → fashion, `Eltern &
 * Familie` → parenting, `Nachhaltigkeit` → sustainability) — becomes that niche; any other entry is kept whole
 * as an own niche as it was written (`Vegan Food`, `Slow Fashion`, `Astrologie`), never cut into words.
 * `tags` stays for callers and is empty: a niche column brings niches. De-duplicated, in order of appearance.
 */
export function splitNiches(value: string | null | undefined): { niches: string[]; tags: string[] } {
  const niches: string[] = [];
  const add = (n: string) => {
    if (!niches.some((x) => x.toLowerCase() === n.toLowerCase())) niches.push(n);
  };
  if (!value) return { niches, tags: [] };
  for (const part of value.split(/[,;/|\n\r]+/)) {
    const entry = part.replace(/\s+/g, ' ').trim();
    if (!entry) continue;
    add(builtInNiche(entry) ?? entry);
  }
  return { niches, tags: [] };
}

const NICHE_LABELS: Record<string, Niche> = Object.fromEntries(
  LOCALES.flatMap((l) => (Object.entries(VALUE_LABELS[l].niches) as [Niche, string][]).map(([k, label]) => [normalizeKey(label), k])),
);

/** The built-in niche an entry names as a whole, or null. */
function builtInNiche(entry: string): Niche | null {
  const key = normalizeKey(entry);
  if ((NICHES as readonly string[]).includes(key)) return key as Niche;
  const direct = NICHE_LABELS[key] ?? NICHE_WORDS[key];
  if (direct) return direct;
  const words = key.split(' ').filter((t) => t && !JOINERS.has(t));
  const found = new Set<Niche | null>(words.map((w) => NICHE_WORDS[w] ?? null));
  if (words.length > 0 && found.size === 1 && !found.has(null)) return [...found][0];
  return null;
}

/** Splits a tag cell on `,` `;` `|` `#` and line breaks; trimmed, de-duplicated case-insensitively. */
export function splitTags(value: string | null | undefined): string[] {
  const out: string[] = [];
  if (!value) return out;
  for (const part of value.split(/[,;|#\n\r]+/)) {
    const t = part.replace(/\s+/g, ' ').trim();
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}
