/** The built-in briefing templates' texts in German (data: a goal's full briefing, a type's sections, the common parts). */
import type { TemplateTexts } from './types';

export const de: TemplateTexts = {
  common: {
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
  goals: {
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
  types: {
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
};
