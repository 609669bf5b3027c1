/** Demo seed, phase 4: the posts of the cards that went live, with captions and metrics. */
import type { DeliverableKind } from '../../shared/domain';
import { DAY_MS, HOUR_MS, isoInstant } from './seed-time';
import type { ChannelRt, CollabRt, Seed } from './seed-context';

export function contentSteps(seed: Seed) {
  const { f, int, float, chance, pick, day, counts, insPost } = seed;

  function writePosts(collab: CollabRt) {
    const plan = collab.campaign.plan;
    const ch = collab.channel;
    const fake = collab.inf.persona.quirk === 'fake_followers';
    collab.posts.forEach((post, i) => {
      const q = float(0.65, 1.45);
      const story = post.kind === 'story';
      const likes = Math.round(ch.avgLikes * q * (story ? 0.25 : 1));
      const comments = Math.round(ch.avgComments * q * (collab.type === 'giveaway' && i === 0 ? 6 : 1));
      const shares = Math.round(ch.avgShares * q);
      const saves = story ? 0 : ch.platform === 'instagram' || ch.platform === 'pinterest' || ch.platform === 'tiktok' ? Math.round(likes * float(0.05, 0.18)) : 0;
      let reach: number;
      let views = 0;
      let clicks: number;
      switch (post.kind) {
        case 'story':
          reach = Math.round(ch.followers * (fake ? float(0.005, 0.01) : float(0.06, 0.14)));
          views = reach;
          clicks = Math.round(reach * float(0.008, 0.03));
          break;
        case 'reel':
        case 'video':
        case 'short':
        case 'live':
          views = Math.round(ch.avgViews * q);
          reach = Math.round(views * float(0.7, 0.9));
          clicks = Math.round(views * (post.kind === 'video' && ch.platform === 'youtube' ? float(0.006, 0.015) : float(0.001, 0.004)));
          break;
        default:
          reach = Math.round(ch.followers * (fake ? float(0.01, 0.02) : float(0.2, 0.45)) * q);
          clicks = Math.round(reach * float(0.0005, 0.002));
      }
      const impressions = Math.round(reach * float(1.15, 1.7));
      const omitDisclosure = (plan.key === 'summer' && collab.position === 4 && i === 0) || (plan.key === 'protein' && collab.stage === 'content_live' && collab.position === 1 && i === 0);
      const caption = captionFor(collab, post.kind, omitDisclosure);
      const createdMs = Math.min(post.at + int(1, 3) * DAY_MS, day(0) - HOUR_MS);
      insPost.run(
        collab.id, ch.id, ch.platform, post.kind, postUrl(ch, post.kind), isoInstant(post.at), caption,
        /#(werbung|anzeige)\b|^(werbung|anzeige)\b/i.test(caption) ? 1 : 0,
        reach, impressions, views, likes, comments, shares, saves, clicks, isoInstant(createdMs), isoInstant(createdMs),
      );
      counts.posts++;
    });
  }

  function postUrl(ch: ChannelRt, kind: DeliverableKind): string | null {
    const slug = f.string.alphanumeric({ length: 11 });
    switch (ch.platform) {
      case 'instagram':
        return kind === 'story' ? `https://www.instagram.com/stories/${ch.handle}/${f.string.numeric(19)}/` : `https://www.instagram.com/${kind === 'reel' ? 'reel' : 'p'}/${slug}/`;
      case 'tiktok':
        return `https://www.tiktok.com/@${ch.handle}/video/${f.string.numeric(19)}`;
      case 'youtube':
        return kind === 'short' ? `https://www.youtube.com/shorts/${slug}` : `https://www.youtube.com/watch?v=${slug}`;
      case 'twitch':
        return `https://www.twitch.tv/videos/${f.string.numeric(10)}`;
      case 'pinterest':
        return `https://www.pinterest.de/pin/${f.string.numeric(18)}/`;
      default:
        return null;
    }
  }

  function captionFor(collab: CollabRt, kind: DeliverableKind, omitDisclosure: boolean): string {
    const plan = collab.campaign.plan;
    const code = collab.code ? collab.code.norm : null;
    const en = collab.inf.persona.language === 'en';
    const disc = omitDisclosure ? '' : plan.disclosure;
    const codeLine = code ? (en ? `Use code ${code} for ${plan.discountPct} % off.` : `Mit meinem Code ${code} spart ihr ${plan.discountPct} %.`) : '';
    let body: string;
    if (plan.key === 'summer') {
      body = en
        ? pick(['Summer runs in my new favourite set by @gruenfit – made from recycled PET bottles 🌿', 'Finally a running tee that is fair AND breathes. Thanks @gruenfit ☀️'])
        : pick([
            'Endlich Sommer – und mein neues Lieblingsoutfit von @gruenfit ist aus recycelten PET-Flaschen 🌿',
            'Leggings aus altem Fischernetz-Nylon? Klingt verrückt, trägt sich super. Mein Test der neuen Sommer-Kollektion von @gruenfit ☀️',
            'Morgenrunde am See in der neuen Kollektion von @gruenfit. Fair produziert, GOTS-zertifiziert, und sie kneift nirgends 🏃‍♀️',
            'Capsule-Wardrobe-Update: drei Teile aus der Sommer-Kollektion von @gruenfit, die ich wirklich jeden Tag trage.',
          ]);
    } else if (plan.key === 'protein') {
      body = en
        ? pick(['My post-workout shake just went 100 % plant-based 💪 The new Vegan Protein by @gruenfit (chocolate hazelnut!)', 'Pea + rice protein that actually tastes good? Tried the new @gruenfit Vegan Protein for four weeks.'])
        : pick([
            'Mein Post-Workout-Shake ist jetzt 100 % pflanzlich 💪 Das neue Vegan Protein von @gruenfit in Schoko-Haselnuss ist mein Favorit.',
            'Protein-Pancakes ohne Ei und Milch – Rezept in den Kommentaren! Mit dem neuen Vegan Protein von @gruenfit 🥞',
            'Vier Wochen getestet: Erbsen- und Reisprotein, ohne Süßstoff, klumpt nicht. Das Vegan Protein von @gruenfit hat mich überzeugt.',
            'Meal-Prep-Sonntag: Overnight Oats mit Vanille-Zimt-Protein von @gruenfit für die ganze Woche 🌱',
          ]);
    } else {
      body = 'Macht mit bei der #GrünFitWeihnachtsChallenge: 24 Tage, 24 kleine Workouts 🎄';
    }
    const tags = plan.key === 'summer' ? '#gruenfit #fairfashion #sommerkollektion' : '#gruenfit #veganprotein #plantbased';
    const storyPrefix = kind === 'story' ? (en ? '[Story] Swipe up: ' : '[Story] Link in der Story: ') : '';
    const upFront = disc !== '' && chance(0.4);
    // the label always up front, as the briefing asks (src/shared/disclosure.ts checks its position): as a word or a hashtag
    const parts = [upFront ? `${disc.replace('#', '').replace(/^./, (x) => x.toUpperCase())} |` : disc, storyPrefix + body, codeLine, tags];
    return parts.filter(Boolean).join(' ');
  }

  return { writePosts };
}
