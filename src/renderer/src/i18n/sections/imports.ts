import type { Section } from '../sections';

/** Texts of the import wizards' shared parts (components/wizard) and the shop import's accounting. */
export const section: Section = {
  en: {
    imports: {
      unknown: {
        search: 'Search codes',
        searchPlaceholder: 'e.g. EMMA',
        first: 'First order',
        last: 'Last order',
        ignoreBelowLabel: 'Fewer orders than',
        ignoreBelow_one: 'Ignore {{codes}} code',
        ignoreBelow_other: 'Ignore {{codes}} codes',
        ignoredCount_one: '{{codes}} ignored',
        ignoredCount_other: '{{codes}} ignored',
        unignoreAll: 'Show ignored codes again',
        view: 'Which codes',
        views: { all: 'All', open: 'Still open', ignored: 'Ignored' },
        bulkTarget: 'Collaboration for all codes shown',
        assignShown_one: 'Assign {{codes}} code shown',
        assignShown_other: 'Assign {{codes}} codes shown',
        ignoreColumn: 'Ignore',
        ignore: 'Ignore {{code}}',
        unignore: 'Show {{code}} again',
        noMatch: 'No code matches.',
      },
    },
    wizard: {
      sample: 'First values',
      noSample: 'empty',
    },
  },
  de: {
    imports: {
      unknown: {
        search: 'Codes suchen',
        searchPlaceholder: 'z. B. EMMA',
        first: 'Erste Bestellung',
        last: 'Letzte Bestellung',
        ignoreBelowLabel: 'Weniger Bestellungen als',
        ignoreBelow_one: '{{codes}} Code ignorieren',
        ignoreBelow_other: '{{codes}} Codes ignorieren',
        ignoredCount_one: '{{codes}} ignoriert',
        ignoredCount_other: '{{codes}} ignoriert',
        unignoreAll: 'Ignorierte Codes wieder zeigen',
        view: 'Welche Codes',
        views: { all: 'Alle', open: 'Noch offen', ignored: 'Ignoriert' },
        bulkTarget: 'Kooperation für alle gezeigten Codes',
        assignShown_one: '{{codes}} gezeigten Code zuordnen',
        assignShown_other: '{{codes}} gezeigte Codes zuordnen',
        ignoreColumn: 'Ignorieren',
        ignore: '{{code}} ignorieren',
        unignore: '{{code}} wieder zeigen',
        noMatch: 'Kein Code passt.',
      },
    },
    wizard: {
      sample: 'Erste Werte',
      noSample: 'leer',
    },
  },
};
