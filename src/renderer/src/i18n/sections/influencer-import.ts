import type { Section } from '../sections';

/**
 * Influencer import: undo (src/main/influencers/import-undo.ts) and the field-by-field merge of duplicates;
 * failures of background jobs by key (src/main/jobs/runner.ts, api/errors.ts jobError).
 */
export const section: Section = {
  en: {
    errors: {
      domain: {
        jobs: {
          failed: 'The background task failed. Nothing was changed.',
          crashed: 'The background task stopped unexpectedly. Nothing was changed.',
          exited: 'The background task ended with code {{code}}. Nothing was changed.',
          noResult: 'The background task ended without a result.',
          calledOff: 'The background task was called off before it changed anything.',
          internal: 'Something went wrong. The details were written to the log.',
        },
        imports: {
          notFinished: 'This import did not finish, so there is nothing to undo.',
          laterImport: 'A later import ({{batches}}) changed people of this one; undo that import first.',
        },
      },
    },
    influencerImport: {
      undone: 'Import undone',
      confirmText: 'People “{{file}}” added are removed again; people it merged into get back their previous values, channels and numbers.',
      confirmCounts: 'This import added {{created}} people and merged {{merged}}.',
      undoneText: '{{removed}} new people removed, {{restored}} merged people restored.',
      done: 'Import finished',
      diffTitle: 'What the merge changes',
      diffHint: 'Per field: keep what is stored or take the sheet’s value.',
      keep: 'Keep',
      take: 'Take',
      keepAll: 'Keep all',
      takeAll: 'Take all',
      showDiff: 'Compare fields ({{count}})',
      hideDiff: 'Hide comparison',
      noDiff: 'Nothing differs',
      choiceLabel: '{{field}}, row {{row}}',
      fields: {
        name: 'Name', email: 'E-mail', phone: 'Phone', street: 'Street', postalCode: 'Postal code', city: 'City', country: 'Country', language: 'Language',
        niches: 'Niches', tags: 'Tags', notes: 'Notes', followers: 'Followers', avgLikes: 'Avg. likes', avgComments: 'Avg. comments',
        avgShares: 'Avg. shares', avgViews: 'Avg. views', engagementRate: 'Engagement rate (sheet)', url: 'Profile link',
      },
    },
  },
  de: {
    errors: {
      domain: {
        jobs: {
          failed: 'Die Hintergrundaufgabe ist fehlgeschlagen. Es wurde nichts geändert.',
          crashed: 'Die Hintergrundaufgabe wurde unerwartet beendet. Es wurde nichts geändert.',
          exited: 'Die Hintergrundaufgabe endete mit Code {{code}}. Es wurde nichts geändert.',
          noResult: 'Die Hintergrundaufgabe endete ohne Ergebnis.',
          calledOff: 'Die Hintergrundaufgabe wurde abgebrochen, bevor sie etwas geändert hat.',
          internal: 'Etwas ist schiefgelaufen. Die Einzelheiten stehen im Protokoll.',
        },
        imports: {
          notFinished: 'Dieser Import wurde nicht abgeschlossen; es gibt nichts rückgängig zu machen.',
          laterImport: 'Ein späterer Import ({{batches}}) hat Personen dieses Imports geändert; bitte zuerst jenen rückgängig machen.',
        },
      },
    },
    influencerImport: {
      undone: 'Import rückgängig gemacht',
      confirmText: 'Personen, die „{{file}}“ hinzugefügt hat, werden wieder entfernt; zusammengeführte Personen bekommen ihre vorherigen Werte, Kanäle und Zahlen zurück.',
      confirmCounts: 'Dieser Import hat {{created}} Personen hinzugefügt und {{merged}} zusammengeführt.',
      undoneText: '{{removed}} neue Personen entfernt, {{restored}} zusammengeführte Personen wiederhergestellt.',
      done: 'Import abgeschlossen',
      diffTitle: 'Was das Zusammenführen ändert',
      diffHint: 'Je Feld: den gespeicherten Wert behalten oder den aus der Tabelle übernehmen.',
      keep: 'Behalten',
      take: 'Übernehmen',
      keepAll: 'Alle behalten',
      takeAll: 'Alle übernehmen',
      showDiff: 'Felder vergleichen ({{count}})',
      hideDiff: 'Vergleich ausblenden',
      noDiff: 'Keine Unterschiede',
      choiceLabel: '{{field}}, Zeile {{row}}',
      fields: {
        name: 'Name', email: 'E-Mail', phone: 'Telefon', street: 'Straße', postalCode: 'PLZ', city: 'Ort', country: 'Land', language: 'Sprache',
        niches: 'Nischen', tags: 'Tags', notes: 'Notizen', followers: 'Follower', avgLikes: 'Ø Likes', avgComments: 'Ø Kommentare',
        avgShares: 'Ø Shares', avgViews: 'Ø Aufrufe', engagementRate: 'Engagement-Rate (Tabelle)', url: 'Profil-Link',
      },
    },
  },
};
