import type { Section } from '../sections';

/** Verdicts of the ad-disclosure check (src/shared/disclosure.ts), the manual override and its setting. */
export const section: Section = {
  en: {
    disclosure: {
      ok: '“{{label}}” is word {{position}}: recognisable from the start.',
      buried: '“{{label}}” is only word {{position}}; it must be among the first {{max}} words or hashtags. Put {{expected}} at the start.',
      weak: '“{{label}}” is not a sufficient ad label. Put {{expected}} at the start.',
      negated: '“{{phrase}}” says it is not paid advertising, so it does not count. Put {{expected}} at the start.',
      missing: 'No ad label found. Put {{expected}} at the start.',
      empty: 'No caption to check: make sure {{expected}} is shown in the picture or video and confirm it by hand.',
      badge: { buried: 'Label buried', weak: 'Weak label', negated: 'Label negated', missing: 'Disclosure missing', empty: 'Check by hand' },
      overrideNote: 'Why you decide by hand',
      overrideNotePlaceholder: 'e.g. label shown on screen in every story frame, checked 12.03.',
      overridden: 'Set by hand: {{note}}',
      settings: {
        title: 'Checks and reminders',
        position: 'Ad label within the first … words',
        positionHint: 'The label (#werbung, #anzeige or the campaign’s own) must be among these first words or hashtags of a caption.',
        noPost: '“No post yet” after … days',
        noPostHint: 'A delivered sample without a post after this many days appears in Today and in the seeding funnel.',
        noAnswer: 'Follow up outreach after … days',
        noAnswerHint: 'A contacted person without an answer after this many days appears in Today.',
        save: 'Save checks',
        saved: 'Checks and reminders saved',
      },
    },
    errors: {
      validation: { rules: { disclosureNoteRequired: 'Say why you decide the disclosure by hand.' } },
    },
  },
  de: {
    disclosure: {
      ok: '„{{label}}“ ist Wort {{position}}: von Anfang an erkennbar.',
      buried: '„{{label}}“ ist erst Wort {{position}}; es muss unter den ersten {{max}} Wörtern oder Hashtags stehen. Setze {{expected}} an den Anfang.',
      weak: '„{{label}}“ reicht als Werbekennzeichnung nicht aus. Setze {{expected}} an den Anfang.',
      negated: '„{{phrase}}“ sagt, dass es keine bezahlte Werbung ist – das zählt nicht. Setze {{expected}} an den Anfang.',
      missing: 'Keine Werbekennzeichnung gefunden. Setze {{expected}} an den Anfang.',
      empty: 'Keine Caption zum Prüfen: Achte darauf, dass {{expected}} im Bild oder Video steht, und bestätige es von Hand.',
      badge: { buried: 'Kennzeichnung versteckt', weak: 'Kennzeichnung zu schwach', negated: 'Kennzeichnung verneint', missing: 'Kennzeichnung fehlt', empty: 'Von Hand prüfen' },
      overrideNote: 'Warum du von Hand entscheidest',
      overrideNotePlaceholder: 'z. B. Kennzeichnung im Bild auf jeder Story-Sequenz, geprüft am 12.03.',
      overridden: 'Von Hand gesetzt: {{note}}',
      settings: {
        title: 'Prüfungen und Erinnerungen',
        position: 'Werbekennzeichnung innerhalb der ersten … Wörter',
        positionHint: 'Die Kennzeichnung (#werbung, #anzeige oder die der Kampagne) muss unter diesen ersten Wörtern oder Hashtags der Caption stehen.',
        noPost: '„Noch kein Beitrag“ nach … Tagen',
        noPostHint: 'Ein zugestelltes Muster ohne Beitrag nach so vielen Tagen erscheint unter Heute und im Seeding-Trichter.',
        noAnswer: 'Outreach nachfassen nach … Tagen',
        noAnswerHint: 'Eine kontaktierte Person ohne Antwort nach so vielen Tagen erscheint unter Heute.',
        save: 'Prüfungen speichern',
        saved: 'Prüfungen und Erinnerungen gespeichert',
      },
    },
    errors: {
      validation: { rules: { disclosureNoteRequired: 'Sag, warum du die Werbekennzeichnung von Hand festlegst.' } },
    },
  },
};
