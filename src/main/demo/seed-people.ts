/** Demo seed, phase 1: the forty influencers with their channels, snapshots, audiences and rates. */
import { transliterate } from '../../shared/text';
import { tierOf, type Platform } from '../../shared/domain';
import { CITIES, PERSONAS, type Persona } from './seed-data';
import { addMonths, isoInstant } from './seed-time';
import type { ChannelRt, InfluencerRt, Seed } from './seed-context';

export function peopleSteps(seed: Seed) {
  const { f, int, float, chance, pick, workTime, round, counts, id, today, progress, insInfluencer, insChannel, insSnapshot, influencers, byKey } = seed;

  function writeInfluencers(): void {
    const handlesSeen = new Set<string>();

    PERSONAS.forEach((p, i) => {
      const city = CITIES[p.cityKey];
      const createdMs = workTime(-int(240, 420));
      const created = isoInstant(createdMs);
      const street = p.street ?? `${f.location.street()} ${int(1, 140)}${chance(0.1) ? pick(['a', 'b']) : ''}`;
      const infId = id(
        insInfluencer.run(
          `${p.first} ${p.last}`,
          emailFor(p, city.country, i),
          chance(0.9) || p.agency ? phoneFor(city.country) : null,
          street,
          city.postalCode,
          city.city,
          city.country,
          p.language,
          JSON.stringify(p.niches),
          JSON.stringify(p.tags),
          JSON.stringify(audienceFor(p, city.country)),
          JSON.stringify(ratesFor(p)),
          p.notes,
          created,
          created,
        ),
      );

      const specs = [{ platform: p.platform, handle: p.handle, followers: p.followers, primary: true }].concat(
        p.secondary.map((s) => ({ platform: s.platform, handle: s.handle, followers: Math.round(p.followers * s.share * float(0.9, 1.1)), primary: false })),
      );
      const channels: ChannelRt[] = [];
      for (const s of specs) {
        const uq = `${s.platform}/${s.handle.toLowerCase()}`;
        if (handlesSeen.has(uq)) throw new Error(`demo seed: duplicate handle ${uq}`);
        handlesSeen.add(uq);
        const m = channelMetrics(s.platform, s.followers, s.primary ? p.quirk : undefined);
        const chId = id(
          insChannel.run(infId, s.platform, s.handle, channelUrl(s.platform, s.handle), s.followers, m.likes, m.comments, m.shares, m.views, s.primary ? 1 : 0, created, created),
        );
        counts.channels++;
        const ch: ChannelRt = { id: chId, platform: s.platform, handle: s.handle, followers: s.followers, avgLikes: m.likes, avgComments: m.comments, avgShares: m.shares, avgViews: m.views, isPrimary: s.primary };
        channels.push(ch);
        if (s.primary) writeSnapshots(ch, p.quirk);
      }
      const rt: InfluencerRt = { id: infId, persona: p, country: city.country, channels, primary: channels[0] };
      influencers.push(rt);
      byKey.set(p.key, rt);
      counts.influencers++;
      progress(i + 1, PERSONAS.length, 'influencers');
    });
  }

  function emailFor(p: Persona, country: string, i: number): string | null {
    if (p.agency) return p.agency;
    const fi = ascii(p.first);
    const la = ascii(p.last).replace(/\s+/g, '');
    const h = p.handle.replace(/[^a-z0-9]/gi, '').toLowerCase();
    if (p.language === 'en') return pick([`hello@${h}.com`, `${fi}.${la}@gmail.com`, `collabs.${h}@gmail.com`]);
    const local = country === 'AT' ? `${fi}.${la}@gmx.at` : country === 'CH' ? `${fi}.${la}@bluewin.ch` : null;
    const options = [`${fi}.${la}@gmail.com`, `kontakt@${h}.de`, `hallo@${h}.de`, `${fi}${la}@web.de`, `${fi}.${la}@posteo.de`, `kooperation.${h}@gmail.com`];
    if (local && i % 2 === 0) return local;
    return pick(options);
  }

  function phoneFor(country: string): string {
    const d = (n: number) => f.string.numeric({ length: n, allowLeadingZeros: true });
    switch (country) {
      case 'AT':
        return `+43 6${pick(['64', '60', '76', '99'])} ${d(7)}`;
      case 'CH':
        return `+41 7${pick(['6', '7', '8', '9'])} ${d(3)} ${d(2)} ${d(2)}`;
      case 'NL':
        return `+31 6 ${d(8)}`;
      case 'PL':
        return `+48 ${int(500, 799)} ${d(3)} ${d(3)}`;
      case 'IE':
        return `+353 8${pick(['5', '6', '7'])} ${d(3)} ${d(4)}`;
      case 'FR':
        return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      default:
        return `+49 1${pick(['51', '52', '57', '60', '62', '70', '71', '72', '76'])} ${d(pick([7, 8]))}`;
    }
  }

  function audienceFor(p: Persona, home: string) {
    const fake = p.quirk === 'fake_followers';
    const dach = ['DE', 'AT', 'CH'];
    let topCountries: { country: string; shareBp: number }[];
    if (fake) {
      topCountries = [
        { country: home, shareBp: int(2600, 3400) },
        { country: 'IN', shareBp: int(1500, 2100) },
        { country: 'BR', shareBp: int(900, 1400) },
        { country: 'ID', shareBp: int(600, 900) },
      ];
    } else {
      const homeShare = p.language === 'en' ? int(2500, 4000) : home === 'DE' ? int(6800, 8400) : int(4500, 6200);
      const others = f.helpers.shuffle(p.language === 'en' ? ['DE', 'AT', 'CH', 'GB', 'US'] : dach.filter((x) => x !== home).concat(home === 'DE' ? [] : ['DE'])).filter(
        (x, idx, arr) => x !== home && arr.indexOf(x) === idx,
      );
      const second = home !== 'DE' ? 'DE' : others[0];
      const rest = others.filter((x) => x !== second);
      const s2 = Math.round((10_000 - homeShare) * float(0.45, 0.7));
      const s3 = Math.round((10_000 - homeShare - s2) * float(0.3, 0.6));
      topCountries = [
        { country: home, shareBp: homeShare },
        { country: second, shareBp: s2 },
        { country: rest[0] ?? 'NL', shareBp: s3 },
      ].sort((a, b) => b.shareBp - a.shareBp);
    }
    const young = p.niches.includes('gaming');
    const older = p.niches.includes('parenting') || p.niches.includes('food');
    const baseAges: Record<string, number> = young
      ? { '13-17': 16, '18-24': 42, '25-34': 29, '35-44': 9, '45+': 4 }
      : older
        ? { '13-17': 2, '18-24': 17, '25-34': 40, '35-44': 27, '45+': 14 }
        : { '13-17': 4, '18-24': 31, '25-34': 41, '35-44': 17, '45+': 7 };
    const ageBands = normalise(Object.fromEntries(Object.entries(baseAges).map(([k, v]) => [k, v * float(0.8, 1.2)])));
    const femaleShare = p.niches.some((n) => n === 'fashion' || n === 'beauty' || n === 'parenting')
      ? float(0.78, 0.92)
      : p.niches.includes('gaming')
        ? float(0.15, 0.3)
        : float(0.45, 0.68);
    const other = int(50, 250);
    const female = Math.round((10_000 - other) * femaleShare);
    return { topCountries, ageBands, gender: { female, male: 10_000 - other - female, other } };
  }

  function ratesFor(p: Persona) {
    const per1k = p.followers < 10_000 ? 14 : p.followers < 100_000 ? 11 : 8;
    const post = round(Math.max(60, (p.followers / 1000) * per1k) * 100, 1000);
    const main: { kind: string; amountMinor: number; currency: string }[] =
      p.platform === 'youtube'
        ? [{ kind: 'video', amountMinor: round(post * 2.2, 1000), currency: 'EUR' }, { kind: 'short', amountMinor: round(post * 0.6, 1000), currency: 'EUR' }]
        : p.platform === 'tiktok'
          ? [{ kind: 'video', amountMinor: round(post * 1.2, 1000), currency: 'EUR' }]
          : p.platform === 'twitch'
            ? [{ kind: 'live', amountMinor: round(post * 1.5, 1000), currency: 'EUR' }]
            : [
                { kind: 'post', amountMinor: post, currency: 'EUR' },
                { kind: 'reel', amountMinor: round(post * 1.3, 1000), currency: 'EUR' },
                { kind: 'story', amountMinor: round(post * 0.4, 1000), currency: 'EUR' },
              ];
    return main;
  }

  function channelMetrics(platform: Platform, followers: number, quirk?: Persona['quirk']) {
    let erBp: number;
    if (quirk === 'fake_followers') erBp = int(20, 40);
    else if (quirk === 'follower_jump') erBp = int(115, 135); // likes of the ~14k account it was before the jump
    else {
      const tier = tierOf(followers);
      erBp =
        tier === 'nano' ? int(500, 800)
        : tier === 'macro' ? int(110, 190)
        : tier === 'mega' ? int(80, 110)
        : followers < 10_000 ? int(380, 500)
        : followers < 50_000 ? int(260, 420)
        : int(200, 300);
    }
    const eng = (followers * erBp) / 10_000;
    const viewFactor =
      quirk === 'fake_followers' ? float(0.02, 0.04)
      : platform === 'tiktok' ? float(0.7, 2.4)
      : platform === 'youtube' ? float(0.08, 0.3)
      : platform === 'twitch' ? float(0.02, 0.05)
      : platform === 'pinterest' ? float(0.5, 1.2)
      : float(0.25, 0.6);
    return {
      likes: Math.round(eng * 0.9),
      comments: Math.round(eng * 0.07),
      shares: Math.round(eng * 0.03),
      views: Math.round(followers * viewFactor),
    };
  }

  function writeSnapshots(ch: ChannelRt, quirk?: Persona['quirk']) {
    const n = quirk === 'follower_jump' ? 7 : int(4, 8);
    const growth = ch.followers < 10_000 ? float(0.02, 0.045) : ch.followers < 100_000 ? float(0.012, 0.032) : float(0.004, 0.015);
    for (let k = n - 1; k >= 0; k--) {
      let followers: number;
      let scale: number; // engagement relative to today's averages
      if (k === 0) {
        followers = ch.followers;
        scale = 1;
      } else if (quirk === 'follower_jump') {
        // ~14k until three months ago, then +30k within one month; likes stay where they were.
        followers = k >= 3 ? Math.round(ch.followers * 0.3 * Math.pow(1.012, -(k - 3)) * float(0.995, 1.005)) : Math.round(ch.followers * Math.pow(1.004, -k));
        scale = float(0.96, 1.04);
      } else {
        followers = Math.round((ch.followers / Math.pow(1 + growth, k)) * float(0.996, 1.004));
        scale = quirk === 'fake_followers' ? float(0.95, 1.05) : (followers / ch.followers) * float(0.9, 1.1);
      }
      insSnapshot.run(
        ch.id,
        addMonths(today, -k),
        followers,
        Math.round(ch.avgLikes * scale),
        Math.round(ch.avgComments * scale),
        Math.round(ch.avgShares * scale),
        Math.round(ch.avgViews * (k === 0 ? 1 : scale * float(0.85, 1.15))),
      );
      counts.snapshots++;
    }
  }

  return { writeInfluencers };
}

// Pure helpers

export function ascii(s: string): string {
  return transliterate(s).toLowerCase();
}

/** Scales positive weights to integers summing to exactly 10 000 bp. */
function normalise(weights: Record<string, number>): Record<string, number> {
  const keys = Object.keys(weights);
  const total = keys.reduce((s, k) => s + weights[k], 0);
  const out: Record<string, number> = {};
  let sum = 0;
  for (const k of keys) {
    out[k] = Math.round((weights[k] / total) * 10_000);
    sum += out[k];
  }
  const largest = keys.reduce((a, b) => (out[a] >= out[b] ? a : b));
  out[largest] += 10_000 - sum;
  return out;
}

function channelUrl(platform: Platform, handle: string): string | null {
  switch (platform) {
    case 'instagram': return `https://www.instagram.com/${handle}/`;
    case 'tiktok': return `https://www.tiktok.com/@${handle}`;
    case 'youtube': return `https://www.youtube.com/@${handle}`;
    case 'twitch': return `https://www.twitch.tv/${handle}`;
    case 'pinterest': return `https://www.pinterest.de/${handle}/`;
    default: return null;
  }
}
