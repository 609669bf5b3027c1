/**
 * Static material for the demo workspace (src/main/demo/seed.ts): the invented brand "GrünFit",
 * its product catalogue, and the hand-written influencer personas. Everything random lives in seed.ts.
 */
import type { Niche, Platform } from '../../shared/domain';

export const BRAND = {
  name: 'GrünFit',
  instagram: '@gruenfit',
  shop: 'gruenfit-shop.de',
  baseUrl: 'https://www.gruenfit-shop.de',
};

export interface Product {
  sku: string;
  name: string;
  priceMinor: number;
}

/** Apparel of the summer collection (recycled materials). */
export const APPAREL: Product[] = [
  { sku: 'GF-TEE-REC', name: 'Recycled Running Tee', priceMinor: 3995 },
  { sku: 'GF-TANK-HNF', name: 'Hanf Tanktop', priceMinor: 2995 },
  { sku: 'GF-SHORTS-7', name: 'Trail Shorts 7"', priceMinor: 4995 },
  { sku: 'GF-LEGGINGS', name: 'Ocean Leggings (recyceltes Nylon)', priceMinor: 6995 },
  { sku: 'GF-BRA-ECO', name: 'Eco Sport-BH', priceMinor: 4495 },
  { sku: 'GF-CAP-ORG', name: 'Bio-Baumwoll-Cap', priceMinor: 2495 },
  { sku: 'GF-SOCKS-3', name: 'Laufsocken 3er-Pack', priceMinor: 1895 },
];

/** Nutrition (the vegan protein launch and the everyday range). */
export const NUTRITION: Product[] = [
  { sku: 'GF-VP-SCHOKO', name: 'Vegan Protein Schoko-Haselnuss 1 kg', priceMinor: 3490 },
  { sku: 'GF-VP-VANILLE', name: 'Vegan Protein Vanille-Zimt 1 kg', priceMinor: 3490 },
  { sku: 'GF-VP-NEUTRAL', name: 'Vegan Protein Neutral 1 kg', priceMinor: 2990 },
  { sku: 'GF-VP-PROBE', name: 'Vegan Protein Probierset 5 × 30 g', priceMinor: 1290 },
  { sku: 'GF-RIEGEL-12', name: 'Hafer-Protein-Riegel 12er', priceMinor: 2390 },
  { sku: 'GF-SHAKER', name: 'Edelstahl-Shaker 700 ml', priceMinor: 1990 },
  { sku: 'GF-ELEKTRO', name: 'Elektrolyt-Pulver Zitrone', priceMinor: 1790 },
];

export const XMAS: Product[] = [
  { sku: 'GF-ADVENT', name: 'Fitness-Adventskalender 2026', priceMinor: 4990 },
  { sku: 'GF-VP-ZIMT', name: 'Vegan Protein Zimtstern (Limited) 1 kg', priceMinor: 3690 },
  { sku: 'GF-HOODIE', name: 'Winter-Hoodie Bio-Baumwolle', priceMinor: 7990 },
];

export interface City {
  city: string;
  postalCode: string;
  country: string;
}

export const CITIES: Record<string, City> = {
  koeln: { city: 'Köln', postalCode: '50667', country: 'DE' },
  hamburg: { city: 'Hamburg', postalCode: '22765', country: 'DE' },
  muenchen: { city: 'München', postalCode: '80469', country: 'DE' },
  leipzig: { city: 'Leipzig', postalCode: '04275', country: 'DE' },
  stuttgart: { city: 'Stuttgart', postalCode: '70178', country: 'DE' },
  berlin: { city: 'Berlin', postalCode: '10245', country: 'DE' },
  bremen: { city: 'Bremen', postalCode: '28203', country: 'DE' },
  freiburg: { city: 'Freiburg im Breisgau', postalCode: '79102', country: 'DE' },
  karlsruhe: { city: 'Karlsruhe', postalCode: '76133', country: 'DE' },
  dresden: { city: 'Dresden', postalCode: '01099', country: 'DE' },
  nuernberg: { city: 'Nürnberg', postalCode: '90429', country: 'DE' },
  rostock: { city: 'Rostock', postalCode: '18055', country: 'DE' },
  hannover: { city: 'Hannover', postalCode: '30161', country: 'DE' },
  duesseldorf: { city: 'Düsseldorf', postalCode: '40215', country: 'DE' },
  frankfurt: { city: 'Frankfurt am Main', postalCode: '60316', country: 'DE' },
  mannheim: { city: 'Mannheim', postalCode: '68159', country: 'DE' },
  muenster: { city: 'Münster', postalCode: '48143', country: 'DE' },
  kiel: { city: 'Kiel', postalCode: '24103', country: 'DE' },
  regensburg: { city: 'Regensburg', postalCode: '93047', country: 'DE' },
  bochum: { city: 'Bochum', postalCode: '44787', country: 'DE' },
  potsdam: { city: 'Potsdam', postalCode: '14467', country: 'DE' },
  erfurt: { city: 'Erfurt', postalCode: '99084', country: 'DE' },
  flensburg: { city: 'Flensburg', postalCode: '24937', country: 'DE' },
  bonn: { city: 'Bonn', postalCode: '53111', country: 'DE' },
  augsburg: { city: 'Augsburg', postalCode: '86150', country: 'DE' },
  wien7: { city: 'Wien', postalCode: '1070', country: 'AT' },
  wien16: { city: 'Wien', postalCode: '1160', country: 'AT' },
  graz: { city: 'Graz', postalCode: '8010', country: 'AT' },
  salzburg: { city: 'Salzburg', postalCode: '5020', country: 'AT' },
  linz: { city: 'Linz', postalCode: '4020', country: 'AT' },
  innsbruck: { city: 'Innsbruck', postalCode: '6020', country: 'AT' },
  zuerich: { city: 'Zürich', postalCode: '8004', country: 'CH' },
  basel: { city: 'Basel', postalCode: '4056', country: 'CH' },
  bern: { city: 'Bern', postalCode: '3011', country: 'CH' },
  luzern: { city: 'Luzern', postalCode: '6003', country: 'CH' },
  utrecht: { city: 'Utrecht', postalCode: '3511 LN', country: 'NL' },
  amsterdam: { city: 'Amsterdam', postalCode: '1015 CJ', country: 'NL' },
  wroclaw: { city: 'Wrocław', postalCode: '50-079', country: 'PL' },
  dublin: { city: 'Dublin', postalCode: 'D08 T9P8', country: 'IE' },
  strasbourg: { city: 'Strasbourg', postalCode: '67000', country: 'FR' },
};

/** What makes a persona interesting for the checks built on top of the demo. */
export type Quirk = 'fake_followers' | 'follower_jump';

export interface SecondaryChannel {
  platform: Platform;
  handle: string;
  /** Followers as a share of the primary channel's. */
  share: number;
}

export interface Persona {
  key: string;
  first: string;
  last: string;
  cityKey: keyof typeof CITIES;
  /** Street for addresses outside DACH (faker writes German streets). */
  street?: string;
  language: 'de' | 'en';
  niches: Niche[];
  platform: Platform;
  handle: string;
  followers: number;
  secondary: SecondaryChannel[];
  quirk?: Quirk;
  tags: string[];
  notes: string;
  /** An agency answers instead of the person. */
  agency?: string;
}

/** Forty people; followers are the primary channel's, on the reference date. */
export const PERSONAS: Persona[] = [
  { key: 'joerg', first: 'Jörg', last: 'Müller', cityKey: 'koeln', language: 'de', niches: ['food', 'vegan'], platform: 'instagram', handle: 'joerg.kocht', followers: 24_300,
    secondary: [{ platform: 'youtube', handle: 'joergkocht', share: 0.32 }], tags: ['zuverlässig', 'Rezepte'], notes: 'Kocht pflanzlich für Familien, sehr treue Community in NRW. Antwortet schnell per Mail.' },
  { key: 'lena', first: 'Lena', last: 'Schäfer', cityKey: 'hamburg', language: 'de', niches: ['fitness'], platform: 'instagram', handle: 'lena.laeuft', followers: 38_600,
    secondary: [{ platform: 'tiktok', handle: 'lena.laeuft', share: 0.55 }], tags: ['Laufen', 'Rabattcode-stark'], notes: 'Marathonläuferin, postet Trainingspläne. Hat im Sommer sehr gut verkauft.' },
  { key: 'sophie', first: 'Sophie', last: 'Weiß', cityKey: 'wien7', language: 'de', niches: ['fashion', 'sustainability'], platform: 'instagram', handle: 'sophie.fairfashion', followers: 52_100,
    secondary: [{ platform: 'pinterest', handle: 'sophiefairfashion', share: 0.2 }], tags: ['Fair Fashion', 'Ästhetik'], notes: 'Fair-Fashion-Bloggerin aus Wien, achtet genau auf Materialangaben (GOTS, GRS).' },
  { key: 'max', first: 'Maximilian', last: 'Groß', cityKey: 'muenchen', language: 'de', niches: ['gaming'], platform: 'twitch', handle: 'maxgross_plays', followers: 18_400,
    secondary: [{ platform: 'youtube', handle: 'maxgrossplays', share: 0.6 }], tags: ['Streams', 'Abends'], notes: 'Streamt dreimal pro Woche, Community-Events im Discord. Für Challenges gut geeignet.' },
  { key: 'anna', first: 'Anna', last: 'Köhler', cityKey: 'leipzig', language: 'de', niches: ['vegan', 'food'], platform: 'instagram', handle: 'annas.gruene.kueche', followers: 11_200,
    secondary: [], tags: ['Rezepte', 'Meal-Prep'], notes: 'Veganes Meal-Prep, Studentin. Bevorzugt Produkttests mit Rezeptentwicklung.' },
  { key: 'lukas', first: 'Lukas', last: 'Brünner', cityKey: 'zuerich', language: 'de', niches: ['fitness', 'travel'], platform: 'instagram', handle: 'lukas.bergauf', followers: 67_400,
    secondary: [{ platform: 'youtube', handle: 'lukasbergauf', share: 0.18 }], tags: ['Berge', 'Trailrunning'], notes: 'Trailrunning in den Alpen. Rechnet in CHF, akzeptiert EUR-Rechnung.' },
  { key: 'hannah', first: 'Hannah', last: 'Vögele', cityKey: 'stuttgart', language: 'de', niches: ['sustainability'], platform: 'instagram', handle: 'hannah.zerowaste', followers: 8_400,
    secondary: [], tags: ['Zero Waste'], notes: 'Zero-Waste-Haushalt. Möchte keine Plastikverpackung im Paket.' },
  { key: 'felix', first: 'Felix', last: 'Krämer', cityKey: 'berlin', language: 'de', niches: ['fitness'], platform: 'youtube', handle: 'felixkraftwerk', followers: 241_000,
    secondary: [{ platform: 'instagram', handle: 'felix.kraftwerk', share: 0.45 }, { platform: 'tiktok', handle: 'felix.kraftwerk', share: 0.7 }],
    tags: ['Agentur', 'Reichweite'], notes: 'Kraftsport-YouTuber, läuft über Agentur. Teuer, aber sehr professionelle Umsetzung.', agency: 'booking@kraftwerk-talents.de' },
  { key: 'marie', first: 'Marie', last: 'Schröder', cityKey: 'bremen', language: 'de', niches: ['beauty', 'vegan'], platform: 'instagram', handle: 'marie.natuerlich', followers: 15_300,
    secondary: [], tags: ['Naturkosmetik'], notes: 'Vegane Beauty, sehr ehrliche Reviews.' },
  { key: 'jonas', first: 'Jonas', last: 'Hübner', cityKey: 'graz', language: 'de', niches: ['gaming'], platform: 'tiktok', handle: 'jonas.zockt', followers: 44_800,
    secondary: [{ platform: 'twitch', handle: 'jonas_zockt', share: 0.12 }], tags: ['Gen Z'], notes: 'Kurze Gaming-Clips, junge Zielgruppe (viele unter 18 – für Supplements vorsichtig sein!).' },
  { key: 'clara', first: 'Clara', last: 'Jäger', cityKey: 'freiburg', language: 'de', niches: ['sustainability', 'fashion'], platform: 'instagram', handle: 'clara.secondhand', followers: 9_100,
    secondary: [], tags: ['Secondhand', 'Fair Fashion'], notes: 'Secondhand & Upcycling. Nur Kooperationen mit nachhaltigen Marken.' },
  { key: 'tobias', first: 'Tobias', last: 'Wöhrle', cityKey: 'karlsruhe', language: 'de', niches: ['food'], platform: 'instagram', handle: 'tobi.grillt', followers: 31_200,
    secondary: [{ platform: 'youtube', handle: 'tobigrillt', share: 0.25 }], tags: ['BBQ'], notes: 'Grill-Content, überraschend viel Interesse an pflanzlichen Alternativen.' },
  { key: 'lea', first: 'Lea', last: 'Fuchs', cityKey: 'salzburg', language: 'de', niches: ['fitness', 'vegan'], platform: 'tiktok', handle: 'lea.moves', followers: 72_300,
    secondary: [{ platform: 'instagram', handle: 'lea.moves', share: 0.4 }], tags: ['Home Workout', 'Rabattcode-stark'], notes: 'Home-Workouts, vegan seit 2019. Top-Performerin beim Protein-Launch.' },
  { key: 'niklas', first: 'Niklas', last: 'Möller', cityKey: 'dresden', language: 'de', niches: ['gaming', 'tech'], platform: 'youtube', handle: 'niklasretro', followers: 26_500,
    secondary: [], tags: ['Retro'], notes: 'Retro-Gaming und Hardware. Eher männliche Zielgruppe 25–34.' },
  { key: 'emma', first: 'Emma', last: 'Götz', cityKey: 'nuernberg', language: 'de', niches: ['fashion'], platform: 'instagram', handle: 'emma.styleguide', followers: 412_000,
    secondary: [{ platform: 'tiktok', handle: 'emma.styleguide', share: 0.5 }, { platform: 'pinterest', handle: 'emmastyleguide', share: 0.08 }],
    tags: ['Agentur', 'Reichweite'], notes: 'Große Fashion-Accounts, Management über Agentur. Nur für Awareness sinnvoll.', agency: 'talent@styleunit-management.de' },
  { key: 'paul', first: 'Paul', last: 'Lüdtke', cityKey: 'rostock', language: 'de', niches: ['travel', 'sustainability'], platform: 'instagram', handle: 'paul.unterwegs', followers: 19_400,
    secondary: [], tags: ['Vanlife'], notes: 'Mit dem Van an der Ostsee unterwegs. Paketannahme nur über Packstation.' },
  { key: 'mia', first: 'Mia', last: 'Strauß', cityKey: 'basel', language: 'de', niches: ['beauty'], platform: 'instagram', handle: 'mia.skin', followers: 5_200,
    secondary: [], tags: ['Skincare'], notes: 'Skincare-Routinen, sehr hohe Interaktion in den Kommentaren.' },
  { key: 'julian', first: 'Julian', last: 'Röder', cityKey: 'hannover', language: 'de', niches: ['fitness'], platform: 'instagram', handle: 'julian.calisthenics', followers: 13_100,
    secondary: [{ platform: 'youtube', handle: 'juliancalisthenics', share: 0.3 }], tags: ['Calisthenics'], notes: 'Calisthenics-Trainer, bietet auch Takeover an.' },
  { key: 'laura', first: 'Laura', last: 'Kühn', cityKey: 'duesseldorf', language: 'de', niches: ['fashion', 'beauty'], platform: 'instagram', handle: 'laura.kuehn', followers: 92_400,
    secondary: [], quirk: 'fake_followers', tags: ['prüfen'], notes: 'Viele Follower, aber kaum Kommentare – im Sommer kein einziger Verkauf über den Code.' },
  { key: 'ben', first: 'Ben', last: 'Schütz', cityKey: 'frankfurt', language: 'de', niches: ['food', 'fitness'], platform: 'tiktok', handle: 'ben.mealprep', followers: 58_700,
    secondary: [{ platform: 'instagram', handle: 'ben.mealprep', share: 0.35 }], tags: ['Meal-Prep'], notes: 'Meal-Prep für Berufstätige, viele Rezepte mit Proteinpulver.' },
  { key: 'johanna', first: 'Johanna', last: 'Dürr', cityKey: 'mannheim', language: 'de', niches: ['vegan'], platform: 'instagram', handle: 'johanna.pflanzlich', followers: 780,
    secondary: [], tags: ['Nano', 'Herzblut'], notes: 'Kleiner Account, aber jede Story wird kommentiert. Freut sich über Produkttests.' },
  { key: 'elias', first: 'Elias', last: 'Höfer', cityKey: 'linz', language: 'de', niches: ['sustainability'], platform: 'youtube', handle: 'eliasrepariert', followers: 7_800,
    secondary: [], tags: ['Reparieren'], notes: 'Repair-Café-Videos. Sehr sachlich, lange Videos.' },
  { key: 'sarah', first: 'Sarah', last: 'Böhm', cityKey: 'muenster', language: 'de', niches: ['fitness', 'parenting'], platform: 'instagram', handle: 'sarah.mamafit', followers: 27_300,
    secondary: [], tags: ['Mamas', 'Rückbildung'], notes: 'Fitness nach der Schwangerschaft. Community fast nur Frauen 25–40.' },
  { key: 'dawid', first: 'Dawid', last: 'Nowak', cityKey: 'wroclaw', street: 'ul. Świdnicka 34/5', language: 'en', niches: ['fitness'], platform: 'instagram', handle: 'dawid.lifts', followers: 33_600,
    secondary: [], tags: ['English'], notes: 'Postet auf Englisch, ca. 30 % Publikum in Deutschland.' },
  { key: 'kathi', first: 'Katharina', last: 'Wälti', cityKey: 'bern', language: 'de', niches: ['food', 'vegan'], platform: 'instagram', handle: 'kathi.backt', followers: 21_400,
    secondary: [{ platform: 'pinterest', handle: 'kathibackt', share: 0.9 }], tags: ['Backen'], notes: 'Vegane Backrezepte, Pinterest bringt viel Traffic.' },
  { key: 'moritz', first: 'Moritz', last: 'Jürgens', cityKey: 'kiel', language: 'de', niches: ['gaming'], platform: 'twitch', handle: 'moritz_speedruns', followers: 6_500,
    secondary: [], tags: ['Speedrun'], notes: 'Speedrunner, Marathon-Streams für den guten Zweck.' },
  { key: 'charlotte', first: 'Charlotte', last: 'Pöhlmann', cityKey: 'regensburg', language: 'de', niches: ['fashion', 'sustainability'], platform: 'instagram', handle: 'charlotte.slowfashion', followers: 16_800,
    secondary: [{ platform: 'pinterest', handle: 'charlotteslowfashion', share: 0.6 }], tags: ['Slow Fashion'], notes: 'Capsule Wardrobe. Fotografiert selbst, sehr hochwertige Bilder.' },
  { key: 'finn', first: 'Finn', last: 'Bräuer', cityKey: 'bochum', language: 'de', niches: ['fitness'], platform: 'instagram', handle: 'finn.runs', followers: 940,
    secondary: [], tags: ['Nano', 'Laufen'], notes: 'Läuft für einen Lauftreff im Ruhrgebiet, Community sehr lokal.' },
  { key: 'isabel', first: 'Isabel', last: 'van Dijk', cityKey: 'utrecht', street: 'Oudegracht 211', language: 'en', niches: ['sustainability', 'travel'], platform: 'instagram', handle: 'isabel.greentravels', followers: 41_300,
    secondary: [], tags: ['English', 'Slow Travel'], notes: 'Nachhaltiges Reisen mit Bahn und Rad, englischsprachig.' },
  { key: 'noah', first: 'Noah', last: 'Schmid', cityKey: 'luzern', language: 'de', niches: ['gaming'], platform: 'tiktok', handle: 'noah.plays', followers: 46_200,
    secondary: [], quirk: 'follower_jump', tags: ['prüfen'], notes: 'Innerhalb eines Monats von ~14k auf über 40k Follower gesprungen, Likes unverändert.' },
  { key: 'amelie', first: 'Amelie', last: 'Krüger', cityKey: 'potsdam', language: 'de', niches: ['vegan', 'food'], platform: 'instagram', handle: 'amelie.isst.bunt', followers: 910,
    secondary: [], tags: ['Nano'], notes: 'Bunte Bowls, fängt gerade erst an. Sehr motiviert.' },
  { key: 'leon', first: 'Leon', last: 'Günther', cityKey: 'erfurt', language: 'de', niches: ['fitness'], platform: 'tiktok', handle: 'leon.gymtok', followers: 88_900,
    secondary: [{ platform: 'instagram', handle: 'leon.gymtok', share: 0.2 }], tags: ['Gym', 'Gen Z'], notes: 'GymTok, humorvoll. Rabattcodes funktionieren bei ihm überdurchschnittlich.' },
  { key: 'greta', first: 'Greta', last: 'Hölzl', cityKey: 'innsbruck', language: 'de', niches: ['travel', 'fitness'], platform: 'instagram', handle: 'greta.gipfelglueck', followers: 48_200,
    secondary: [], tags: ['Berge', 'Ski'], notes: 'Skitouren und Wandern in Tirol.' },
  { key: 'tom', first: 'Tom', last: 'Fletcher', cityKey: 'dublin', street: '14 Camden Street Upper', language: 'en', niches: ['fitness'], platform: 'youtube', handle: 'tomfletcherfit', followers: 1_350_000,
    secondary: [{ platform: 'instagram', handle: 'tomfletcherfit', share: 0.62 }], tags: ['Agentur', 'Mega'], notes: 'Internationaler Fitness-YouTuber. Management verlangt fünfstellige Beträge.', agency: 'partnerships@fletcher-media.ie' },
  { key: 'chloe', first: 'Chloé', last: 'Martin', cityKey: 'strasbourg', street: '12 Rue des Frères', language: 'en', niches: ['fashion', 'beauty'], platform: 'instagram', handle: 'chloe.mrtn', followers: 22_600,
    secondary: [], tags: ['English', 'Grenzregion'], notes: 'Lebt in Straßburg, Publikum halb DE, halb FR.' },
  { key: 'ole', first: 'Ole', last: 'Jansen', cityKey: 'flensburg', language: 'de', niches: ['sustainability', 'food'], platform: 'instagram', handle: 'ole.gaertnert', followers: 620,
    secondary: [], tags: ['Nano', 'Garten'], notes: 'Gemüsegarten und Selbstversorgung.' },
  { key: 'frieda', first: 'Frieda', last: 'Weber', cityKey: 'bonn', language: 'de', niches: ['beauty', 'sustainability'], platform: 'instagram', handle: 'frieda.naturkosmetik', followers: 12_400,
    secondary: [], tags: ['Naturkosmetik', 'DIY'], notes: 'DIY-Naturkosmetik. Hat nach dem Produkttest nach einer Affiliate-Kooperation gefragt.' },
  { key: 'matthias', first: 'Matthias', last: 'Pröll', cityKey: 'wien16', language: 'de', niches: ['gaming', 'fitness'], platform: 'instagram', handle: 'matze.zockt.fit', followers: 135_200,
    secondary: [{ platform: 'youtube', handle: 'matzezocktfit', share: 0.05 }], quirk: 'fake_followers', tags: ['prüfen'], notes: 'Hat sich selbst beworben. Sehr viele Follower für so wenige Likes.' },
  { key: 'emily', first: 'Emily', last: 'Clarke', cityKey: 'amsterdam', street: 'Haarlemmerstraat 88', language: 'en', niches: ['vegan', 'travel'], platform: 'instagram', handle: 'emilyeatsplants', followers: 64_300,
    secondary: [{ platform: 'tiktok', handle: 'emilyeatsplants', share: 0.8 }], tags: ['English'], notes: 'Plant-based Food & Travel, englischsprachig, großer DACH-Anteil.' },
  { key: 'anja', first: 'Anja', last: 'Schönberger', cityKey: 'augsburg', language: 'de', niches: ['food'], platform: 'pinterest', handle: 'anjaschnellekueche', followers: 29_400,
    secondary: [{ platform: 'instagram', handle: 'anja.schnelle.kueche', share: 0.4 }], tags: ['Pinterest', 'Schnelle Küche'], notes: 'Schnelle Alltagsrezepte, Pinterest ist ihr Hauptkanal.' },
];
