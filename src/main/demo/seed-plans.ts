import { APPAREL, NUTRITION, XMAS } from './seed-data';
import { DAY_MS, dateMs } from './seed-time';
import type { CampaignPlan } from './seed-context';

/** The three demo campaigns laid out around the reference date (finished, active, planned). */
export function campaignPlans(today: string): CampaignPlan[] {
  const t = dateMs(today);
  const year = (rel: number) => new Date(t + rel * DAY_MS).getUTCFullYear();
  const dach = ['DE', 'AT', 'CH'];
  return [
    {
      key: 'summer',
      name: `Sommer-Kollektion ${year(-176)}`,
      slug: `sommer-kollektion-${year(-176)}`,
      path: `/kollektion/sommer-${year(-176)}`,
      goal: 'launch',
      product: 'GrünFit Summer Active – Sportbekleidung aus recycelten Materialien',
      startDay: -176,
      endDay: -85,
      budgetMinor: 1_800_000,
      disclosure: '#anzeige',
      targetKpis: { reach: 800_000, engagementRateBp: 350, conversions: 1_500, revenueMinor: 9_000_000 },
      audience: { countries: dach, ageBands: ['18-24', '25-34'], gender: 'any', niches: ['fashion', 'fitness', 'sustainability'] },
      notes: 'Launch der ersten Bekleidungslinie. Schwerpunkt Produkttests und Reels, Codes mit 15 % bis Ende September gültig.',
      niches: ['fashion', 'fitness', 'sustainability', 'travel'],
      slots: [['completed', 10], ['declined', 2]],
      pinned: [['laura', 'completed'], ['emma', 'completed']],
      types: ['product_test', 'product_test', 'sponsored_post', 'sponsored_post', 'giveaway', 'co_creation', 'takeover'],
      catalog: APPAREL,
      discountPct: 15,
      orderCounts: [640, 430, 290, 215, 150, 95, 55, 20, 0],
    },
    {
      key: 'protein',
      name: 'Vegan Protein Launch',
      slug: 'vegan-protein-launch',
      path: '/vegan-protein',
      goal: 'sales',
      product: 'GrünFit Vegan Protein (Erbse & Reis), 3 Sorten',
      startDay: -42,
      endDay: 28,
      budgetMinor: 1_200_000,
      disclosure: '#werbung',
      targetKpis: { conversions: 1_200, revenueMinor: 6_000_000, roasBp: 30_000 },
      audience: { countries: dach, ageBands: ['18-24', '25-34', '35-44'], gender: 'any', niches: ['fitness', 'vegan', 'food'] },
      notes: 'Abverkauf der neuen Proteinlinie. 20 % Rabatt über persönliche Codes, Provision für Affiliates. Keine Heilversprechen (Health-Claims-Verordnung)!',
      niches: ['fitness', 'vegan', 'food'],
      slots: [['shortlist', 1], ['contacted', 2], ['negotiating', 1], ['briefed', 2], ['sample_shipped', 3], ['content_live', 3], ['completed', 1], ['declined', 1]],
      pinned: [['tom', 'declined'], ['lea', 'content_live'], ['felix', 'content_live']],
      types: ['affiliate', 'affiliate', 'sponsored_post', 'product_test', 'giveaway', 'co_creation'],
      catalog: NUTRITION,
      discountPct: 20,
      orderCounts: [540, 300, 170, 110],
    },
    {
      key: 'xmas',
      name: 'Weihnachts-Challenge',
      slug: 'weihnachts-challenge',
      path: '/weihnachts-challenge',
      goal: 'community',
      product: 'Fitness-Adventskalender & Vegan Protein Zimtstern',
      startDay: 21,
      endDay: 47,
      budgetMinor: 600_000,
      disclosure: '#werbung',
      targetKpis: { reach: 400_000, engagementRateBp: 500 },
      audience: { countries: dach, ageBands: ['18-24', '25-34'], gender: 'any', niches: ['fitness', 'gaming', 'food'] },
      notes: '24-Tage-Challenge im Advent: tägliche Mini-Workouts, Community postet mit #GrünFitWeihnachtsChallenge. Gewinnspiel am Ende.',
      niches: ['fitness', 'gaming', 'food', 'vegan'],
      slots: [['shortlist', 4], ['contacted', 4], ['negotiating', 2], ['declined', 1]],
      pinned: [['matthias', 'shortlist'], ['noah', 'contacted'], ['max', 'negotiating']],
      types: ['challenge', 'challenge', 'challenge', 'giveaway'],
      catalog: XMAS,
      discountPct: 15,
      orderCounts: [],
    },
  ];
}
