/**
 * Built-in briefing templates: one full briefing per campaign goal and a few sections per collaboration type,
 * in German and English, written for micro-influencer collaborations of a small brand. Placeholders are filled
 * in when a template is applied: {brand}, {product}, {campaign}, {disclosure}.
 */
import { CAMPAIGN_GOALS, COLLAB_TYPES, type CampaignGoal, type CollabType, type Locale } from '../../shared/domain';
import type { BriefingTemplateDto, CampaignSectionKey, SectionTexts } from '../../shared/contract/briefings';

type Common = Record<'tone' | 'disclosure' | 'approval' | 'usageRights' | 'contact' | 'donts', string>;

const COMMON: Record<Locale, Common> = {
  de: {
    tone: [
      '- Persönlich, ehrlich und **in deinen eigenen Worten** – du kennst deine Community am besten.',
      '- Positiv, aber nicht übertrieben: echte Erfahrungen statt Werbesprache.',
      '- Locker und nahbar, gern mit Humor; Du-Ansprache wie sonst auf deinem Kanal.',
      '- Kein Skript zum Ablesen: Unsere Punkte sind Leitplanken, keine Vorgabe für jeden Satz.',
    ].join('\n'),
    disclosure: [
      'Der Beitrag ist Werbung und muss **von Anfang an klar erkennbar** gekennzeichnet sein – auch wenn du „nur" ein Produkt kostenlos erhalten hast (§ 5a UWG, § 22 MStV).',
      '',
      '- Schreibe **{disclosure}** an den **Anfang** der Caption – nicht zwischen andere Hashtags und nicht erst nach „mehr anzeigen".',
      '- Aktiviere zusätzlich die Funktion der Plattform („Bezahlte Partnerschaft", „Werbung", „Enthält bezahlte Werbung").',
      '- Storys und Reels: Kennzeichnung **im Bild**, auf jeder Story-Sequenz, gut lesbar.',
      '- Videos: zusätzlich am Anfang kurz sagen, dass es Werbung ist.',
      '- Nicht ausreichend: *#ad*, *#sponsored*, *#partner*, „in Kooperation mit", „Danke an …" oder eine Kennzeichnung nur in den Kommentaren.',
    ].join('\n'),
    approval: [
      '1. Schick uns deinen Entwurf (Caption und Bilder oder Video, als Link oder Datei) **spätestens 3 Werktage vor** dem geplanten Posting.',
      '2. Wir melden uns innerhalb von **2 Werktagen** – meist nur zu Fakten, Produktnamen und der Kennzeichnung, nicht zu deinem Stil.',
      '3. Höchstens **eine Korrekturschleife**; danach gilt der Beitrag als freigegeben.',
      '4. Veröffentliche erst nach unserer Freigabe (E-Mail oder DM genügt).',
      '5. Schick uns am Tag der Veröffentlichung den Link und **nach 7 Tagen** Screenshots deiner Statistiken (Reichweite, Impressionen, Interaktionen, Link-Klicks).',
    ].join('\n'),
    usageRights: [
      '- Wir dürfen deinen Beitrag auf unseren eigenen Kanälen (Social Media, Website, Newsletter) **teilen und reposten** – mit Nennung deines Namens, **12 Monate** ab Veröffentlichung.',
      '- Nutzung in **bezahlter Werbung** (Anzeigen, Whitelisting, Spark Ads) nur nach gesonderter Vereinbarung und Vergütung.',
      '- Keine Bearbeitung über Zuschnitt und Untertitel hinaus ohne deine Zustimmung.',
      '- Der Beitrag bleibt mindestens **6 Monate** online und wird in dieser Zeit nicht archiviert oder gelöscht.',
    ].join('\n'),
    contact: [
      '**{brand}** – Ansprechpartner/in: [Name]',
      '',
      'E-Mail: [Adresse] · Telefon/WhatsApp: [Nummer]',
      '',
      'Erreichbar Mo–Fr von 9 bis 17 Uhr. Bei Fragen zum Produkt oder zur Kennzeichnung melde dich lieber einmal mehr als zu wenig.',
    ].join('\n'),
    donts: [
      '- Keine Heils- oder Wirkversprechen („macht schlank", „heilt", „stärkt das Immunsystem") – bei Lebensmitteln und Kosmetik sind nur zugelassene Aussagen erlaubt.',
      '- Keine Vergleiche mit anderen Marken und keine Kritik an Mitbewerbern.',
      '- Keine Preise nennen, die sich ändern können – verweise auf den Shop.',
      '- Keine Musik ohne Lizenz für kommerzielle Nutzung (nutze die Musikbibliothek für Business-Inhalte).',
      '- Nichts veröffentlichen, was nicht freigegeben ist.',
      '- Keine gekauften Likes, Follower oder Engagement-Gruppen.',
    ].join('\n'),
  },
  en: {
    tone: [
      '- Personal, honest and **in your own words** – you know your community best.',
      '- Positive but not over the top: real experience instead of advertising speak.',
      '- Relaxed and approachable, humour welcome; talk to your followers the way you always do.',
      '- No script to read out: our points are guard rails, not lines to recite.',
    ].join('\n'),
    disclosure: [
      'This content is advertising and must be **clearly labelled from the very start** – also if you "only" received a free product (German law: § 5a UWG, § 22 MStV).',
      '',
      '- Put **{disclosure}** at the **start** of the caption – not hidden among other hashtags or below "more".',
      '- Also switch on the platform\'s label ("Paid partnership", "Branded content", "Includes paid promotion").',
      '- Stories and Reels: label it **on screen**, in every story frame, clearly legible.',
      '- Videos: say it out loud at the beginning, too.',
      '- German-language posts need **#werbung** or **#anzeige**; *#ad*, *#sponsored*, "thanks to …" or a label in the comments only are not enough there.',
    ].join('\n'),
    approval: [
      '1. Send us your draft (caption plus images or video, as a link or file) **at least 3 working days before** the planned post.',
      '2. We reply within **2 working days** – usually only about facts, product names and the disclosure, not your style.',
      '3. At most **one round of changes**; after that the post counts as approved.',
      '4. Publish only after our approval (an e-mail or DM is enough).',
      '5. Send us the link on the day it goes live and, **after 7 days**, screenshots of your insights (reach, impressions, interactions, link clicks).',
    ].join('\n'),
    usageRights: [
      '- We may **share and repost** your content on our own channels (social media, website, newsletter), crediting you, for **12 months** from publication.',
      '- Use in **paid advertising** (ads, whitelisting, Spark Ads) only by separate agreement and payment.',
      '- No edits beyond cropping and subtitles without your consent.',
      '- The post stays online for at least **6 months** and is not archived or deleted in that time.',
    ].join('\n'),
    contact: [
      '**{brand}** – your contact: [name]',
      '',
      'E-mail: [address] · Phone/WhatsApp: [number]',
      '',
      'Available Monday to Friday, 9 am to 5 pm (CET). If in doubt about the product or the disclosure, ask us – better once too often.',
    ].join('\n'),
    donts: [
      '- No health or efficacy claims ("makes you slim", "cures", "boosts your immune system") – for food and cosmetics only approved claims are allowed.',
      '- No comparisons with other brands and no criticism of competitors.',
      '- No prices that may change – point to the shop instead.',
      '- No music without a licence for commercial use (use the platform\'s business music library).',
      '- Do not publish anything that has not been approved.',
      '- No bought likes, followers or engagement pods.',
    ].join('\n'),
  },
};

type GoalParts = Record<'goals' | 'keyMessage' | 'dos' | 'hashtags' | 'deliverables' | 'kpis', string> & { usageRights?: string; name: string; description: string };

const GOALS: Record<Locale, Record<CampaignGoal, GoalParts>> = {
  de: {
    awareness: {
      name: 'Bekanntheit',
      description: 'Neue Menschen lernen die Marke kennen – Reichweite und ein sympathischer erster Eindruck.',
      goals: [
        'Wir möchten **{brand}** und **{product}** Menschen zeigen, die uns noch nicht kennen, aber zu uns passen.',
        '',
        'Es geht nicht um den schnellen Verkauf, sondern um einen ehrlichen, sympathischen ersten Eindruck: Wer sind wir, wofür stehen wir – und warum lohnt es sich, uns zu folgen?',
      ].join('\n'),
      keyMessage: [
        '**{product}** passt in deinen Alltag – und {brand} steht für Qualität, die man spürt.',
        '',
        'Wenn deine Follower nach deinem Beitrag nur eines behalten, dann das: *Diese Marke ist echt, und ich schaue sie mir mal an.*',
      ].join('\n'),
      dos: [
        '- Zeig {product} in deinem **echten Alltag** – beim Sport, unterwegs, zu Hause.',
        '- Erzähl kurz, was dir an {brand} gefällt und wie du uns kennengelernt hast.',
        '- Markiere unser Profil im Bild **und** in der Caption.',
        '- Schließe mit einem klaren Aufruf: „Schaut mal bei … vorbei".',
        '- Antworte in den ersten Stunden auf Kommentare – das hilft der Reichweite.',
      ].join('\n'),
      hashtags: [
        '- Pflicht, ganz vorne: **{disclosure}**',
        '- Markierung: @[unser Profil]',
        '- Kampagnen-Hashtag: #[Kampagnen-Hashtag]',
        '- Gern 2–4 eigene, thematisch passende Hashtags – nicht mehr.',
      ].join('\n'),
      deliverables: [
        '- 1 Reel (15–45 Sekunden) **oder** 1 Feed-Post (Karussell mit mindestens 3 Bildern)',
        '- 3 Storys mit Markierung, verteilt über 1–2 Tage',
        '',
        'Was genau du lieferst und bis wann, steht in deinem persönlichen Teil dieses Briefings.',
      ].join('\n'),
      kpis: [
        '- Reichweite und Impressionen',
        '- Neue Follower auf unserem Profil',
        '- Speicherungen und Shares',
        '',
        'Bitte schick uns 7 Tage nach Veröffentlichung Screenshots deiner Statistiken.',
      ].join('\n'),
    },
    launch: {
      name: 'Produkteinführung',
      description: 'Ein neues Produkt zum Start gleichzeitig bei vielen Creatorn zeigen – mit Sperrfrist.',
      goals: [
        '**{product}** ist neu – und du gehörst zu den Ersten, die es zeigen dürfen.',
        '',
        'Ziel der Kampagne „{campaign}": zum Start möglichst viele Menschen gleichzeitig erreichen, Neugier wecken und Interessierte direkt in den Shop führen.',
      ].join('\n'),
      keyMessage: [
        '**Neu von {brand}: {product}.**',
        '',
        '- Was ist neu oder anders?',
        '- Für wen ist es gemacht?',
        '- Ab wann und wo gibt es das?',
        '',
        'Diese drei Fragen sollte dein Beitrag beantworten – in deinen Worten.',
      ].join('\n'),
      dos: [
        '- **Sperrfrist beachten:** vor dem Launch-Tag nichts posten; Teaser nur nach Absprache und ohne Produktnamen.',
        '- Zeig das Auspacken und deinen ersten Eindruck – spontan wirkt besser als perfekt.',
        '- Nenne den Produktnamen korrekt: **{product}**.',
        '- Setze am Launch-Tag einen Link-Sticker bzw. den Link in die Bio.',
        '- Beantworte Fragen deiner Community; was du nicht weißt, fragst du uns.',
      ].join('\n'),
      hashtags: [
        '- Pflicht, ganz vorne: **{disclosure}**',
        '- Markierung: @[unser Profil]',
        '- Launch-Hashtag: #[Launch-Hashtag]',
      ].join('\n'),
      deliverables: [
        '- 1–2 Teaser-Storys **am Tag vor dem Launch** (ohne Produktnamen)',
        '- 1 Reel oder Feed-Post **am Launch-Tag**',
        '- 3 Storys mit Link-Sticker am Launch-Tag',
        '- 1 Erinnerungs-Story innerhalb der ersten Woche',
      ].join('\n'),
      kpis: [
        '- Reichweite am Launch-Tag',
        '- Link-Klicks und Besuche im Shop',
        '- Bestellungen über deinen Code in den ersten 14 Tagen',
      ].join('\n'),
    },
    ugc: {
      name: 'UGC (Inhalte für unsere Kanäle)',
      description: 'Authentische Fotos und Videos, die die Marke selbst nutzt – auch in Anzeigen.',
      goals: [
        'Wir brauchen **authentische Fotos und Videos** von {product}, die wir auf unseren eigenen Kanälen, im Shop und in Anzeigen verwenden.',
        '',
        'Ein Posting auf deinem eigenen Kanal ist **nicht** Teil dieser Zusammenarbeit, außer es ist in deinem persönlichen Teil vereinbart.',
      ].join('\n'),
      keyMessage: [
        '{product} im echten Leben: unkompliziert, hochwertig, sympathisch.',
        '',
        'Zeige **einen konkreten Moment**, in dem das Produkt hilft – statt alle Eigenschaften aufzuzählen.',
      ].join('\n'),
      dos: [
        '- **Hochformat 9:16**, gutes Tageslicht, ruhige Kamera.',
        '- Die ersten 2 Sekunden entscheiden: starker Einstieg (Hook).',
        '- Produkt und Logo gut sichtbar, aber nicht nur Packshots.',
        '- Liefere Rohmaterial **ohne Musik und ohne Text-Overlays** zusätzlich zur fertigen Version.',
        '- Dateien in voller Auflösung per Link (WeTransfer, Google Drive o. Ä.).',
      ].join('\n'),
      hashtags: [
        '- Für das Rohmaterial keine Hashtags nötig.',
        '- Falls du zusätzlich auf deinem Kanal postest: **{disclosure}** ganz vorne und @[unser Profil] markieren.',
      ].join('\n'),
      deliverables: [
        '- 3 Videos im Hochformat (15–30 Sekunden), davon 1 mit gesprochenem Testimonial',
        '- 5 Fotos (Produkt in Anwendung, mindestens 2 mit Person)',
        '- Rohmaterial ohne Musik und Overlays',
      ].join('\n'),
      kpis: [
        '- Qualität und Verwendbarkeit des Materials (Licht, Ton, Schärfe, Hook)',
        '- Leistung der Inhalte in unseren Anzeigen (Klickrate, Kosten pro Kauf)',
      ].join('\n'),
      usageRights: [
        '- Du räumst uns für **12 Monate** ab Lieferung das Recht ein, die Inhalte **organisch und in bezahlter Werbung** zu nutzen (Social Media, Website, Shop, Newsletter), in allen Ländern der EU und der Schweiz.',
        '- Wir dürfen die Inhalte zuschneiden, untertiteln und mit Text oder Musik versehen; den Sinn verändern wir nicht.',
        '- Eine Verlängerung besprechen wir rechtzeitig vor Ablauf – sie wird gesondert vergütet.',
        '- Wir nennen dich, wo das Format es zulässt.',
      ].join('\n'),
    },
    sales: {
      name: 'Abverkauf',
      description: 'Verkäufe über persönliche Rabattcodes und Tracking-Links.',
      goals: [
        'Ziel der Kampagne „{campaign}" ist **Abverkauf**: Deine Community kauft {product} mit deinem persönlichen Rabattcode oder über deinen Link.',
        '',
        'Jede Bestellung ordnen wir dir über Code und Link zu – so sehen wir beide, was deine Empfehlung bewirkt.',
      ].join('\n'),
      keyMessage: [
        '**{product} – jetzt mit deinem Code günstiger.**',
        '',
        'Erzähle, warum du es selbst nutzt, und mach es deiner Community leicht: Code, Link, Gültigkeit – mehr braucht es nicht.',
      ].join('\n'),
      dos: [
        '- Nenne deinen **Code gut lesbar** im Bild und in der Caption.',
        '- Setze den **Tracking-Link** in Storys (Link-Sticker) und in die Bio – nicht den normalen Shop-Link.',
        '- Sag dazu, **wie lange** der Code gilt.',
        '- Poste kurz vor Ablauf eine Erinnerungs-Story („nur noch 2 Tage").',
        '- Zeig das Produkt in Anwendung, nicht nur die Verpackung.',
      ].join('\n'),
      hashtags: [
        '- Pflicht, ganz vorne: **{disclosure}**',
        '- Markierung: @[unser Profil]',
        '- Keine weiteren Rabatt- oder Deal-Hashtags.',
      ].join('\n'),
      deliverables: [
        '- 1 Reel oder Feed-Post mit Code',
        '- 3 Storys mit Link-Sticker und Code',
        '- 1 Erinnerungs-Story vor Ablauf des Codes',
      ].join('\n'),
      kpis: [
        '- Bestellungen und Umsatz über deinen Code',
        '- Klicks auf deinen Tracking-Link',
        '- Konversionsrate (Bestellungen je Klick)',
      ].join('\n'),
    },
    community: {
      name: 'Community & Challenge',
      description: 'Eine Mitmach-Aktion, bei der die Community selbst Inhalte erstellt.',
      goals: [
        'Mit „{campaign}" wollen wir eine **Mitmach-Aktion** starten: Deine Community macht mit, postet selbst und wird Teil von {brand}.',
        '',
        'Erfolg heißt hier: viele Menschen, die mitmachen, kommentieren und ihre Beiträge mit dem Kampagnen-Hashtag teilen.',
      ].join('\n'),
      keyMessage: [
        '**Mach mit!** Einfach, machbar, gemeinsam – und mit {product} als Begleiter.',
        '',
        'Die Regeln müssen in einem Satz erklärbar sein.',
      ].join('\n'),
      dos: [
        '- Erkläre die Aktion **in einem Satz** und zeig, wie du selbst mitmachst.',
        '- Ruf ausdrücklich zum Mitmachen auf und nenne den Kampagnen-Hashtag.',
        '- Teile Beiträge deiner Community in deinen Storys.',
        '- Antworte auf Kommentare und Fragen – besonders in den ersten 24 Stunden.',
        '- Bei einem Gewinnspiel: Teilnahmebedingungen verlinken (Veranstalter ist {brand}, nicht die Plattform).',
      ].join('\n'),
      hashtags: [
        '- Pflicht, ganz vorne: **{disclosure}**',
        '- Kampagnen-Hashtag: #[Challenge-Hashtag] – in jedem Beitrag',
        '- Markierung: @[unser Profil]',
      ].join('\n'),
      deliverables: [
        '- 1 Reel zum Start der Aktion (Regeln + du machst mit)',
        '- Storys während der Aktion, mindestens 2× pro Woche',
        '- 1 Abschluss-Story mit Dank an die Community',
      ].join('\n'),
      kpis: [
        '- Anzahl Beiträge mit dem Kampagnen-Hashtag',
        '- Kommentare und Shares',
        '- Engagement-Rate deiner Beiträge',
      ].join('\n'),
    },
  },
  en: {
    awareness: {
      name: 'Awareness',
      description: 'New people get to know the brand – reach and a likeable first impression.',
      goals: [
        'We want to introduce **{brand}** and **{product}** to people who do not know us yet but would like what we do.',
        '',
        'This is not about the quick sale but about an honest, likeable first impression: who we are, what we stand for – and why it is worth following us.',
      ].join('\n'),
      keyMessage: [
        '**{product}** fits into your everyday life – and {brand} stands for quality you can feel.',
        '',
        'If your followers remember one thing after your post, it should be: *this brand is genuine, I will take a look.*',
      ].join('\n'),
      dos: [
        '- Show {product} in your **real everyday life** – working out, on the go, at home.',
        '- Tell briefly what you like about {brand} and how you came across us.',
        '- Tag our profile in the image **and** in the caption.',
        '- End with a clear call to action: "Check out …".',
        '- Reply to comments in the first hours – it helps the reach.',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Tag: @[our profile]',
        '- Campaign hashtag: #[campaign hashtag]',
        '- 2–4 of your own fitting hashtags are welcome – no more.',
      ].join('\n'),
      deliverables: [
        '- 1 Reel (15–45 seconds) **or** 1 feed post (carousel with at least 3 images)',
        '- 3 stories with a tag, spread over 1–2 days',
        '',
        'Exactly what you deliver and by when is in your personal part of this briefing.',
      ].join('\n'),
      kpis: [
        '- Reach and impressions',
        '- New followers on our profile',
        '- Saves and shares',
        '',
        'Please send us screenshots of your insights 7 days after publication.',
      ].join('\n'),
    },
    launch: {
      name: 'Product launch',
      description: 'Show a new product with many creators at once on launch day – with an embargo.',
      goals: [
        '**{product}** is new – and you are among the first to show it.',
        '',
        'The goal of "{campaign}": reach as many people as possible at the same time on launch day, spark curiosity and lead those interested straight to the shop.',
      ].join('\n'),
      keyMessage: [
        '**New from {brand}: {product}.**',
        '',
        '- What is new or different?',
        '- Who is it made for?',
        '- From when and where can you get it?',
        '',
        'Your post should answer these three questions – in your own words.',
      ].join('\n'),
      dos: [
        '- **Respect the embargo:** nothing before launch day; teasers only by agreement and without the product name.',
        '- Show the unboxing and your first impression – spontaneous beats perfect.',
        '- Use the correct product name: **{product}**.',
        '- On launch day add a link sticker or put the link in your bio.',
        '- Answer your community\'s questions; what you do not know, ask us.',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Tag: @[our profile]',
        '- Launch hashtag: #[launch hashtag]',
      ].join('\n'),
      deliverables: [
        '- 1–2 teaser stories **the day before launch** (without the product name)',
        '- 1 Reel or feed post **on launch day**',
        '- 3 stories with a link sticker on launch day',
        '- 1 reminder story within the first week',
      ].join('\n'),
      kpis: [
        '- Reach on launch day',
        '- Link clicks and shop visits',
        '- Orders with your code in the first 14 days',
      ].join('\n'),
    },
    ugc: {
      name: 'UGC (content for our channels)',
      description: 'Authentic photos and videos the brand uses itself – also in ads.',
      goals: [
        'We need **authentic photos and videos** of {product} that we use on our own channels, in the shop and in ads.',
        '',
        'Posting on your own channel is **not** part of this collaboration unless agreed in your personal part.',
      ].join('\n'),
      keyMessage: [
        '{product} in real life: easy, high quality, likeable.',
        '',
        'Show **one concrete moment** in which the product helps – rather than listing every feature.',
      ].join('\n'),
      dos: [
        '- **Portrait 9:16**, good daylight, steady camera.',
        '- The first 2 seconds decide: start with a strong hook.',
        '- Product and logo clearly visible, but not only pack shots.',
        '- Deliver raw footage **without music and text overlays** as well as the finished version.',
        '- Files in full resolution via a link (WeTransfer, Google Drive or similar).',
      ].join('\n'),
      hashtags: [
        '- No hashtags needed for the raw material.',
        '- If you also post on your channel: **{disclosure}** at the very start and tag @[our profile].',
      ].join('\n'),
      deliverables: [
        '- 3 portrait videos (15–30 seconds), 1 of them a spoken testimonial',
        '- 5 photos (product in use, at least 2 with a person)',
        '- Raw footage without music and overlays',
      ].join('\n'),
      kpis: [
        '- Quality and usability of the material (light, sound, focus, hook)',
        '- Performance of the content in our ads (click rate, cost per purchase)',
      ].join('\n'),
      usageRights: [
        '- You grant us the right to use the content **organically and in paid advertising** (social media, website, shop, newsletter) for **12 months** from delivery, in all EU countries and Switzerland.',
        '- We may crop and subtitle the content and add text or music; we do not change its meaning.',
        '- We discuss an extension in good time before it expires – it is paid separately.',
        '- We credit you wherever the format allows.',
      ].join('\n'),
    },
    sales: {
      name: 'Sales',
      description: 'Sales through personal voucher codes and tracking links.',
      goals: [
        'The goal of "{campaign}" is **sales**: your community buys {product} with your personal voucher code or through your link.',
        '',
        'We attribute every order to you through the code and the link – so we both see what your recommendation achieves.',
      ].join('\n'),
      keyMessage: [
        '**{product} – now cheaper with your code.**',
        '',
        'Tell why you use it yourself and make it easy for your community: code, link, validity – that is all it takes.',
      ].join('\n'),
      dos: [
        '- Show your **code clearly legible** in the image and in the caption.',
        '- Use your **tracking link** in stories (link sticker) and in your bio – not the plain shop link.',
        '- Mention **how long** the code is valid.',
        '- Post a reminder story shortly before it expires ("only 2 days left").',
        '- Show the product in use, not only the packaging.',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Tag: @[our profile]',
        '- No further discount or deal hashtags.',
      ].join('\n'),
      deliverables: [
        '- 1 Reel or feed post with your code',
        '- 3 stories with link sticker and code',
        '- 1 reminder story before the code expires',
      ].join('\n'),
      kpis: [
        '- Orders and revenue with your code',
        '- Clicks on your tracking link',
        '- Conversion rate (orders per click)',
      ].join('\n'),
    },
    community: {
      name: 'Community & challenge',
      description: 'A join-in campaign in which the community creates content itself.',
      goals: [
        'With "{campaign}" we start a **join-in campaign**: your community takes part, posts for themselves and becomes part of {brand}.',
        '',
        'Success here means many people joining, commenting and sharing their posts with the campaign hashtag.',
      ].join('\n'),
      keyMessage: [
        '**Join in!** Easy, doable, together – with {product} along the way.',
        '',
        'The rules must fit into one sentence.',
      ].join('\n'),
      dos: [
        '- Explain the campaign **in one sentence** and show how you take part yourself.',
        '- Explicitly invite people to join and name the campaign hashtag.',
        '- Share your community\'s posts in your stories.',
        '- Reply to comments and questions – especially in the first 24 hours.',
        '- For a giveaway: link the terms (the organiser is {brand}, not the platform).',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Campaign hashtag: #[challenge hashtag] – in every post',
        '- Tag: @[our profile]',
      ].join('\n'),
      deliverables: [
        '- 1 Reel at the start (the rules + you taking part)',
        '- Stories during the campaign, at least twice a week',
        '- 1 closing story thanking the community',
      ].join('\n'),
      kpis: [
        '- Number of posts with the campaign hashtag',
        '- Comments and shares',
        '- Engagement rate of your posts',
      ].join('\n'),
    },
  },
};

type TypeParts = { name: string; description: string; sections: SectionTexts };

const TYPES: Record<Locale, Record<CollabType, TypeParts>> = {
  de: {
    product_test: {
      name: 'Produkttest',
      description: 'Ehrlicher Test über einige Wochen; Vergütung vor allem in Produkten.',
      sections: {
        dos: [
          '- Teste {product} **mindestens 2 Wochen**, bevor du deinen Beitrag veröffentlichst.',
          '- Teile deine **ehrliche Meinung** – auch, was dir weniger gefällt. Kritik besprich gern vorher mit uns, damit wir Fragen klären können.',
          '- Zeig Vorher/Nachher oder deinen Alltag mit dem Produkt, statt nur die Verpackung.',
        ].join('\n'),
        deliverables: ['- 1 Feed-Post oder Reel mit deinem Fazit', '- 2–3 Storys während der Testphase'].join('\n'),
        compensation: 'Du erhältst die Testprodukte kostenlos und darfst sie behalten. Auch ein kostenloses Produkt ist eine Gegenleistung – der Beitrag muss deshalb als Werbung gekennzeichnet werden.',
      },
    },
    challenge: {
      name: 'Challenge',
      description: 'Mitmach-Challenge über mehrere Tage mit Kampagnen-Hashtag.',
      sections: {
        dos: [
          '- Mach die Challenge **selbst sichtbar mit** – jeden Tag ein kurzes Update.',
          '- Erkläre die Regeln in einem Satz und nenne den Hashtag in jedem Beitrag.',
          '- Teile Beiträge deiner Community und feuere sie an.',
        ].join('\n'),
        deliverables: ['- 1 Reel zum Start', '- tägliche Story während der Challenge', '- 1 Abschluss-Beitrag mit Ergebnis'].join('\n'),
      },
    },
    takeover: {
      name: 'Takeover',
      description: 'Du übernimmst für einen Tag unseren Kanal.',
      sections: {
        deliverables: ['- 1 Tag Story-Takeover auf unserem Kanal (8–15 Storys)', '- 1 Ankündigungs-Story auf deinem Kanal am Vortag'].join('\n'),
        approval: [
          '1. Wir stimmen Ablauf und Themen **eine Woche vorher** mit dir ab.',
          '2. Du erhältst Zugang als Mitwirkende/r; Passwörter teilen wir nicht.',
          '3. Keine Antworten auf Kundenanfragen (Bestellungen, Reklamationen) – die leitest du an uns weiter.',
          '4. Was auf unserem Kanal erscheint, ist von uns freigegeben, sobald du es postest – bitte bleib beim abgesprochenen Ablauf.',
        ].join('\n'),
      },
    },
    giveaway: {
      name: 'Gewinnspiel',
      description: 'Gewinnspiel auf deinem Kanal; Preise stellt die Marke.',
      sections: {
        deliverables: ['- 1 Gewinnspiel-Beitrag (Feed-Post oder Reel)', '- 2 Storys, die auf das Gewinnspiel hinweisen', '- 1 Story mit der Bekanntgabe der Gewinner/innen'].join('\n'),
        extraNotes: [
          '**Gewinnspielregeln**',
          '',
          '- Veranstalter ist **{brand}**; die Teilnahmebedingungen verlinken wir dir.',
          '- Im Beitrag stehen: Teilnahmeschluss (Datum und Uhrzeit), Preis, Teilnahmebedingungen (Link), Hinweis, dass die Plattform nicht beteiligt ist.',
          '- Keine Teilnahme nur gegen Folgen mehrerer Accounts („Loop"); Markieren von Freunden ist erlaubt.',
          '- Du lost fair aus und gibst uns die Gewinner/innen weiter; Namen und Adressen speichern wir nur für den Versand.',
        ].join('\n'),
      },
    },
    co_creation: {
      name: 'Co-Creation',
      description: 'Gemeinsame Entwicklung eines Produkts oder einer Edition.',
      sections: {
        deliverables: ['- 2 Workshops (online) zur gemeinsamen Entwicklung', '- Begleitende Inhalte zum Entstehungsprozess (Storys)', '- 1 Launch-Reel zur gemeinsamen Edition'].join('\n'),
        usageRights: [
          '- Name und Bild dürfen wir für die gemeinsame Edition auf Verpackung, im Shop und in Werbung nutzen – für die Verkaufsdauer der Edition.',
          '- Bis zum Launch gilt **Vertraulichkeit** über Produkt, Termine und Zahlen.',
          '- Details (Umsatzbeteiligung, Laufzeit) regelt der gesonderte Vertrag.',
        ].join('\n'),
      },
    },
    sponsored_post: {
      name: 'Gesponserter Beitrag',
      description: 'Klassischer bezahlter Beitrag mit fester Vergütung.',
      sections: {
        deliverables: ['- 1 Reel oder Feed-Post', '- 3 Storys mit Link-Sticker'].join('\n'),
        compensation: 'Die Vergütung wird nach Veröffentlichung aller Inhalte fällig. Bitte schick uns deine Rechnung mit Steuernummer oder USt-IdNr.; Zahlung innerhalb von **14 Tagen**.',
      },
    },
    affiliate: {
      name: 'Affiliate',
      description: 'Provision auf Umsätze über deinen Code oder Link.',
      sections: {
        compensation: [
          'Du erhältst eine **Provision** auf den Umsatz (ohne Versand, nach Abzug von Retouren), der über deinen Code oder deinen Tracking-Link entsteht.',
          '',
          '- Abrechnung **monatlich** mit einer Übersicht der Bestellungen',
          '- Auszahlung ab 25 € Guthaben, gegen Rechnung oder Gutschrift',
        ].join('\n'),
        dos: ['- Nenne Code und Link regelmäßig, nicht nur einmal.', '- Verwende ausschließlich deinen eigenen Code und Link.', '- Keine Codes auf Gutschein-Portalen veröffentlichen.'].join('\n'),
      },
    },
  },
  en: {
    product_test: {
      name: 'Product test',
      description: 'An honest test over some weeks; paid mainly in products.',
      sections: {
        dos: [
          '- Test {product} for **at least 2 weeks** before you publish.',
          '- Share your **honest opinion** – including what you like less. Feel free to talk criticism through with us first so we can answer questions.',
          '- Show before/after or your everyday life with the product, not only the packaging.',
        ].join('\n'),
        deliverables: ['- 1 feed post or Reel with your verdict', '- 2–3 stories during the test'].join('\n'),
        compensation: 'You receive the test products free of charge and may keep them. A free product is a consideration, too – so the post must be labelled as advertising.',
      },
    },
    challenge: {
      name: 'Challenge',
      description: 'A join-in challenge over several days with a campaign hashtag.',
      sections: {
        dos: [
          '- Take part **visibly yourself** – a short update every day.',
          '- Explain the rules in one sentence and name the hashtag in every post.',
          '- Share your community\'s posts and cheer them on.',
        ].join('\n'),
        deliverables: ['- 1 Reel at the start', '- a daily story during the challenge', '- 1 closing post with the result'].join('\n'),
      },
    },
    takeover: {
      name: 'Takeover',
      description: 'You take over our channel for a day.',
      sections: {
        deliverables: ['- 1 day story takeover on our channel (8–15 stories)', '- 1 announcement story on your channel the day before'].join('\n'),
        approval: [
          '1. We agree on the schedule and topics with you **one week before**.',
          '2. You get collaborator access; we do not share passwords.',
          '3. Do not answer customer requests (orders, complaints) – forward them to us.',
          '4. What you post on our channel along the agreed plan counts as approved – please stick to it.',
        ].join('\n'),
      },
    },
    giveaway: {
      name: 'Giveaway',
      description: 'A giveaway on your channel; the brand provides the prizes.',
      sections: {
        deliverables: ['- 1 giveaway post (feed post or Reel)', '- 2 stories pointing to the giveaway', '- 1 story announcing the winners'].join('\n'),
        extraNotes: [
          '**Giveaway rules**',
          '',
          '- The organiser is **{brand}**; we send you the link to the terms.',
          '- The post states: closing date and time, the prize, the terms (link), and that the platform is not involved.',
          '- No "loop" giveaways that require following several accounts; tagging friends is fine.',
          '- You draw the winners fairly and pass them on to us; we keep names and addresses only for shipping.',
        ].join('\n'),
      },
    },
    co_creation: {
      name: 'Co-creation',
      description: 'Developing a product or edition together.',
      sections: {
        deliverables: ['- 2 workshops (online) to develop it together', '- Accompanying content about the making-of (stories)', '- 1 launch Reel for the joint edition'].join('\n'),
        usageRights: [
          '- We may use your name and image for the joint edition on packaging, in the shop and in advertising – for as long as the edition is on sale.',
          '- Until launch, product, dates and figures are **confidential**.',
          '- Details (revenue share, term) are set out in the separate contract.',
        ].join('\n'),
      },
    },
    sponsored_post: {
      name: 'Sponsored post',
      description: 'A classic paid post with a fixed fee.',
      sections: {
        deliverables: ['- 1 Reel or feed post', '- 3 stories with a link sticker'].join('\n'),
        compensation: 'The fee is due once all content is live. Please send your invoice with your tax number or VAT ID; we pay within **14 days**.',
      },
    },
    affiliate: {
      name: 'Affiliate',
      description: 'Commission on sales through your code or link.',
      sections: {
        compensation: [
          'You receive a **commission** on the revenue (excluding shipping, after returns) made through your code or tracking link.',
          '',
          '- Settled **monthly** with an overview of the orders',
          '- Paid out from a balance of €25, against an invoice or credit note',
        ].join('\n'),
        dos: ['- Mention code and link regularly, not just once.', '- Use only your own code and link.', '- Do not publish codes on voucher sites.'].join('\n'),
      },
    },
  },
};

const ORDER: CampaignSectionKey[] = ['goals', 'keyMessage', 'tone', 'dos', 'donts', 'hashtags', 'disclosure', 'deliverables', 'approval', 'usageRights', 'kpis', 'contact'];

function goalSections(lang: Locale, goal: CampaignGoal): SectionTexts {
  const g = GOALS[lang][goal];
  const c = COMMON[lang];
  const all: Record<CampaignSectionKey, string> = {
    goals: g.goals,
    keyMessage: g.keyMessage,
    tone: c.tone,
    dos: g.dos,
    donts: c.donts,
    hashtags: g.hashtags,
    disclosure: c.disclosure,
    deliverables: g.deliverables,
    approval: c.approval,
    usageRights: g.usageRights ?? c.usageRights,
    kpis: g.kpis,
    contact: c.contact,
  };
  const out: SectionTexts = {};
  for (const k of ORDER) out[k] = all[k];
  return out;
}

/** Every built-in template (goal ones first, then collaboration types), both languages. */
export function builtinTemplates(): BriefingTemplateDto[] {
  const out: BriefingTemplateDto[] = [];
  for (const lang of ['de', 'en'] as const) {
    for (const goal of CAMPAIGN_GOALS) {
      const g = GOALS[lang][goal];
      out.push({ id: `builtin:goal:${goal}:${lang}`, name: g.name, description: g.description, language: lang, goal, collabType: null, builtin: true, sections: goalSections(lang, goal) });
    }
    for (const type of COLLAB_TYPES) {
      const t = TYPES[lang][type];
      out.push({ id: `builtin:type:${type}:${lang}`, name: t.name, description: t.description, language: lang, goal: null, collabType: type, builtin: true, sections: { ...t.sections } });
    }
  }
  return out;
}

export interface TemplateValues {
  brand: string;
  product: string;
  campaign: string;
  disclosure: string;
}

/** Fills {brand}, {product}, {campaign}, {disclosure}; an unknown value leaves a readable stand-in. */
export function fillPlaceholders(text: string, values: TemplateValues, lang: Locale): string {
  const fallback: TemplateValues =
    lang === 'de'
      ? { brand: 'unsere Marke', product: 'unser Produkt', campaign: 'unsere Kampagne', disclosure: '#werbung' }
      : { brand: 'our brand', product: 'our product', campaign: 'our campaign', disclosure: '#ad' };
  return text.replace(/\{(brand|product|campaign|disclosure)\}/g, (_m, key: keyof TemplateValues) => values[key]?.trim() || fallback[key]);
}
