/**
 * The KPI rules and report column names in German and English: the renderer merges them as `kpis.*`
 * (src/renderer/src/i18n/sections/kpis.ts) for the "how is this computed" popovers and the PDF appendix; the core
 * uses the column names for XLSX/CSV headers. Variables: {{windowDays}}, {{erBasis}}, {{attribution}}, {{emvCpm}}.
 * The rules themselves are implemented in src/main/insights (rules.ts describes them for engineers).
 */
import type { KpiRuleKey } from './contract/insights';

type RuleTexts = Record<KpiRuleKey, { title: string; body: string }>;
type Texts = {
  rules: RuleTexts;
  columns: Record<string, string>;
  erBasis: Record<'followers' | 'reach' | 'views', string>;
  attribution: Record<'equalSplit' | 'firstCode', string>;
  tables: Record<string, string>;
};

const en: Texts = {
  rules: {
    attribution: {
      title: 'Attribution',
      body: 'Every order counts once. If an order carries codes of several creators, it is shared: {{attribution}}. Codes nobody holds take no share.',
    },
    window: {
      title: 'Campaign window',
      body: 'An order counts for its campaign from the start date until {{windowDays}} days after the end date (days in the app time zone). Orders before or after are possible code leaks: they are left out and listed until you include them one by one.',
    },
    money: {
      title: 'Currencies',
      body: 'Every amount keeps its currency. Figures are shown in the campaign’s currency (campaigns) or the workspace currency (overview), converted with the rate you entered in Settings for the amount’s currency and month (or the latest earlier month). Amounts without a rate are shown apart and never added.',
    },
    status: {
      title: 'Which orders are sales',
      body: 'Paid, partially paid, partially refunded and authorized orders are sales. Pending, refunded, cancelled and voided orders count neither as revenue nor as conversions.',
    },
    cancelled: {
      title: 'Cancelled orders',
      body: 'An order with a “Cancelled at” date counts as cancelled even if the shop still says “authorized”: the authorization is released and no money arrives. Only “refunded” and “voided” take precedence, because they describe the money itself.',
    },
    refunds: { title: 'Refunds', body: 'Revenue is net: order total minus the amount refunded.' },
    cost: {
      title: 'Cost',
      body: 'Cost = fees + product value + shipping + commission. A fee counts once its payment status is agreed, invoiced or paid; while it is “not agreed” (a new card’s status) it is no cost — the board column does not matter; cards in “Declined” are not part of the campaign. Commission is the card’s commission rate on the attributed net revenue.',
    },
    productValue: {
      title: 'Product value',
      body: 'Samples shipped or delivered count with their value and shipping; a returned sample counts its shipping only. A card without a shipped sample counts the product value entered on the card instead, so the same goods never count twice.',
    },
    engagementRate: {
      title: 'Engagement rate ({{erBasis}})',
      body: 'Engagements (likes + comments + shares + saves) divided by {{erBasis}} of the posts. The basis is chosen in Settings; with followers, each post counts the followers of the channel it went out on.',
    },
    clicks: {
      title: 'Clicks',
      body: 'Per creator, the larger of the tracking-link clicks and the link clicks entered on the posts. Both count the same people following the same link, so adding them would count a click twice.',
    },
    stories: {
      title: 'Stories',
      body: 'A story counts like a post: its link clicks (link sticker) are its clicks, its reach goes into reach, its views into views. Entered per frame, the views, taps, link clicks, replies and sticker taps of the frames add up; the reach is the largest frame reach, because the same people watch several frames. Taps forward and back, replies and sticker taps are shown with the story and are no KPI of their own.',
    },
    ctr: { title: 'Click-through rate', body: 'CTR = clicks ÷ impressions.' },
    conversionRate: { title: 'Conversion rate', body: 'Conversion rate = orders ÷ clicks.' },
    aov: { title: 'Average order value', body: 'AOV = revenue ÷ orders.' },
    cpm: { title: 'CPM', body: 'CPM = cost ÷ impressions × 1,000.' },
    cpe: { title: 'CPE', body: 'CPE = cost ÷ engagements.' },
    cpc: { title: 'CPC', body: 'CPC = cost ÷ clicks.' },
    cpa: { title: 'CPA', body: 'CPA = cost ÷ orders.' },
    roas: { title: 'ROAS', body: 'ROAS = revenue ÷ cost.' },
    roi: { title: 'ROI', body: 'ROI = (revenue − cost) ÷ cost.' },
    emv: {
      title: 'Earned media value',
      body: 'EMV = impressions ÷ 1,000 × your CPM ({{emvCpm}}, set in Settings). It estimates what the same impressions would have cost as ads; it is not revenue.',
    },
    targets: { title: 'Targets', body: 'Progress = actual value ÷ the campaign’s target.' },
    dateRange: {
      title: 'Date range',
      body: 'With a date range, orders count by their day and posts by their posting day (both in the app time zone); fees and product value count for campaigns running in the range, samples by their shipping day.',
    },
    timeZone: { title: 'Days and weeks', body: 'Days and ISO weeks are calendar days in the app time zone (Settings).' },
    onTime: {
      title: 'Posts on time',
      body: 'Posts are matched with the card’s deliverables of the same kind in date order. A post on or before the due date is on time, after it late; a deliverable past due without a post is missing.',
    },
    divisionByZero: { title: 'No figure', body: '“—” means the figure cannot be computed because its divisor is zero (e.g. CPA without orders).' },
  },
  columns: {
    campaign: 'Campaign',
    influencer: 'Influencer',
    posts: 'Posts',
    reach: 'Reach',
    impressions: 'Impressions',
    engagements: 'Engagements',
    engagementRate: 'Engagement rate',
    clicks: 'Clicks',
    ctr: 'CTR',
    orders: 'Orders',
    conversionRate: 'Conversion rate',
    revenue: 'Revenue',
    aov: 'AOV',
    cost: 'Cost',
    fees: 'Fees',
    productValue: 'Product value',
    shipping: 'Shipping',
    commission: 'Commission',
    cpm: 'CPM',
    cpe: 'CPE',
    cpc: 'CPC',
    cpa: 'CPA',
    roas: 'ROAS',
    roi: 'ROI',
    emv: 'EMV',
    leaks: 'Possible leaks',
    period: 'Period',
    currency: 'Currency',
    withoutRate: 'Without a rate',
    part: 'Part',
    amount: 'Amount',
    order: 'Order',
    code: 'Code',
    date: 'Date',
    reason: 'Reason',
    included: 'Included',
  },
  erBasis: { followers: 'followers', reach: 'reach', views: 'views' },
  attribution: { equalSplit: 'equal shares for every code', firstCode: 'the first code gets the whole order' },
  tables: { collaborations: 'Creators', campaigns: 'Campaigns', cost: 'Cost breakdown', series: 'Over time', leaks: 'Possible leaks' },
};

const de: Texts = {
  rules: {
    attribution: {
      title: 'Zuordnung',
      body: 'Jede Bestellung zählt einmal. Trägt eine Bestellung Codes mehrerer Creator, wird sie geteilt: {{attribution}}. Codes, die niemand hat, erhalten keinen Anteil.',
    },
    window: {
      title: 'Kampagnenzeitraum',
      body: 'Eine Bestellung zählt für ihre Kampagne vom Startdatum bis {{windowDays}} Tage nach dem Enddatum (Tage in der Zeitzone der App). Frühere oder spätere Bestellungen sind mögliche Code-Leaks: Sie bleiben außen vor und werden aufgelistet, bis du sie einzeln einbeziehst.',
    },
    money: {
      title: 'Währungen',
      body: 'Jeder Betrag behält seine Währung. Zahlen erscheinen in der Währung der Kampagne (Kampagnen) bzw. des Arbeitsbereichs (Übersicht), umgerechnet mit dem Kurs, den du in den Einstellungen für Währung und Monat des Betrags eingetragen hast (sonst dem letzten früheren Monat). Beträge ohne Kurs werden getrennt gezeigt und nie addiert.',
    },
    status: {
      title: 'Welche Bestellungen zählen',
      body: 'Bezahlte, teilweise bezahlte, teilweise erstattete und autorisierte Bestellungen sind Verkäufe. Offene, erstattete, stornierte und annullierte Bestellungen zählen weder als Umsatz noch als Conversion.',
    },
    cancelled: {
      title: 'Stornierte Bestellungen',
      body: 'Eine Bestellung mit „Cancelled at“-Datum gilt als storniert, auch wenn der Shop noch „authorized“ meldet: Die Autorisierung wird freigegeben, es fließt kein Geld. Nur „refunded“ und „voided“ gehen vor, weil sie das Geld selbst beschreiben.',
    },
    refunds: { title: 'Erstattungen', body: 'Umsatz ist netto: Bestellsumme minus erstatteter Betrag.' },
    cost: {
      title: 'Kosten',
      body: 'Kosten = Honorare + Warenwert + Versand + Provision. Ein Honorar zählt, sobald sein Zahlungsstatus vereinbart, in Rechnung gestellt oder bezahlt ist; solange er „nicht vereinbart“ ist (Status einer neuen Karte), ist es keine Kosten – die Board-Spalte spielt keine Rolle; Karten unter „Abgesagt“ gehören nicht zur Kampagne. Provision ist der Provisionssatz der Karte auf den zugeordneten Nettoumsatz.',
    },
    productValue: {
      title: 'Warenwert',
      body: 'Versandte oder zugestellte Muster zählen mit Warenwert und Versand; ein zurückgeschicktes Muster nur mit dem Versand. Eine Karte ohne versandtes Muster zählt stattdessen den auf der Karte eingetragenen Warenwert – so zählt dieselbe Ware nie doppelt.',
    },
    engagementRate: {
      title: 'Engagement-Rate ({{erBasis}})',
      body: 'Interaktionen (Likes + Kommentare + Shares + Saves) geteilt durch {{erBasis}} der Posts. Die Basis wählst du in den Einstellungen; bei Follower:innen zählt jeder Post die Follower:innen des Kanals, auf dem er erschien.',
    },
    clicks: {
      title: 'Klicks',
      body: 'Je Creator der größere Wert aus Klicks auf die Tracking-Links und den bei den Posts eingetragenen Link-Klicks. Beide zählen dieselben Menschen auf demselben Link – addiert würde ein Klick doppelt zählen.',
    },
    stories: {
      title: 'Stories',
      body: 'Eine Story zählt wie ein Post: ihre Link-Klicks (Link-Sticker) sind ihre Klicks, ihre Reichweite geht in die Reichweite, ihre Aufrufe in die Aufrufe. Pro Frame eingetragen, werden Aufrufe, Taps, Link-Klicks, Antworten und Sticker-Taps der Frames addiert; die Reichweite ist die größte Frame-Reichweite, weil dieselben Menschen mehrere Frames sehen. Taps vor und zurück, Antworten und Sticker-Taps stehen bei der Story und sind keine eigene Kennzahl.',
    },
    ctr: { title: 'Klickrate', body: 'CTR = Klicks ÷ Impressionen.' },
    conversionRate: { title: 'Conversion-Rate', body: 'Conversion-Rate = Bestellungen ÷ Klicks.' },
    aov: { title: 'Durchschnittlicher Bestellwert', body: 'AOV = Umsatz ÷ Bestellungen.' },
    cpm: { title: 'CPM', body: 'CPM = Kosten ÷ Impressionen × 1.000.' },
    cpe: { title: 'CPE', body: 'CPE = Kosten ÷ Interaktionen.' },
    cpc: { title: 'CPC', body: 'CPC = Kosten ÷ Klicks.' },
    cpa: { title: 'CPA', body: 'CPA = Kosten ÷ Bestellungen.' },
    roas: { title: 'ROAS', body: 'ROAS = Umsatz ÷ Kosten.' },
    roi: { title: 'ROI', body: 'ROI = (Umsatz − Kosten) ÷ Kosten.' },
    emv: {
      title: 'Earned Media Value',
      body: 'EMV = Impressionen ÷ 1.000 × dein CPM ({{emvCpm}}, in den Einstellungen). Er schätzt, was dieselben Impressionen als Anzeige gekostet hätten; er ist kein Umsatz.',
    },
    targets: { title: 'Ziele', body: 'Fortschritt = erreichter Wert ÷ Ziel der Kampagne.' },
    dateRange: {
      title: 'Zeitraum',
      body: 'Mit einem Zeitraum zählen Bestellungen nach ihrem Tag und Posts nach ihrem Veröffentlichungstag (beides in der Zeitzone der App); Honorare und Warenwert für Kampagnen, die im Zeitraum laufen, Muster nach ihrem Versandtag.',
    },
    timeZone: { title: 'Tage und Wochen', body: 'Tage und ISO-Wochen sind Kalendertage in der Zeitzone der App (Einstellungen).' },
    onTime: {
      title: 'Pünktliche Posts',
      body: 'Posts werden den Deliverables derselben Art auf der Karte in Datumsreihenfolge zugeordnet. Ein Post am oder vor dem Fälligkeitstag ist pünktlich, danach verspätet; ein überfälliges Deliverable ohne Post fehlt.',
    },
    divisionByZero: { title: 'Kein Wert', body: '„—“ heißt: Der Wert lässt sich nicht berechnen, weil der Teiler null ist (z. B. CPA ohne Bestellungen).' },
  },
  columns: {
    campaign: 'Kampagne',
    influencer: 'Influencer:in',
    posts: 'Posts',
    reach: 'Reichweite',
    impressions: 'Impressionen',
    engagements: 'Interaktionen',
    engagementRate: 'Engagement-Rate',
    clicks: 'Klicks',
    ctr: 'CTR',
    orders: 'Bestellungen',
    conversionRate: 'Conversion-Rate',
    revenue: 'Umsatz',
    aov: 'AOV',
    cost: 'Kosten',
    fees: 'Honorare',
    productValue: 'Warenwert',
    shipping: 'Versand',
    commission: 'Provision',
    cpm: 'CPM',
    cpe: 'CPE',
    cpc: 'CPC',
    cpa: 'CPA',
    roas: 'ROAS',
    roi: 'ROI',
    emv: 'EMV',
    leaks: 'Mögliche Leaks',
    period: 'Zeitraum',
    currency: 'Währung',
    withoutRate: 'Ohne Kurs',
    part: 'Posten',
    amount: 'Betrag',
    order: 'Bestellung',
    code: 'Code',
    date: 'Datum',
    reason: 'Grund',
    included: 'Einbezogen',
  },
  erBasis: { followers: 'Follower:innen', reach: 'Reichweite', views: 'Aufrufe' },
  attribution: { equalSplit: 'gleiche Anteile für jeden Code', firstCode: 'der erste Code erhält die ganze Bestellung' },
  tables: { collaborations: 'Creator', campaigns: 'Kampagnen', cost: 'Kostenaufstellung', series: 'Verlauf', leaks: 'Mögliche Leaks' },
};

export const KPI_TEXTS = { en, de };
