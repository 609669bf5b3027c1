import type { Section } from '../sections';

/** The global search (features/search, Ctrl/Cmd+K). */
export const section: Section = {
  en: {
    search: {
      title: 'Search',
      open: 'Search (Ctrl+K)',
      ctrl: 'Ctrl',
      placeholderShort: 'Search…',
      placeholder: 'People, campaigns, codes, order numbers, briefing text…',
      hint: 'Type a name, a code, an order number or a word from a briefing. ↑ ↓ to move, Enter to open.',
      nothing: 'Nothing found for “{{q}}”.',
      results: 'Results',
      kinds: { person: 'Person', campaign: 'Campaign', code: 'Code', order: 'Order', briefing: 'Briefing' },
    },
  },
  de: {
    search: {
      title: 'Suche',
      open: 'Suchen (Strg+K)',
      ctrl: 'Strg',
      placeholderShort: 'Suchen…',
      placeholder: 'Personen, Kampagnen, Codes, Bestellnummern, Briefing-Text…',
      hint: 'Einen Namen, einen Code, eine Bestellnummer oder ein Wort aus einem Briefing eingeben. ↑ ↓ zum Wählen, Enter zum Öffnen.',
      nothing: 'Nichts gefunden für „{{q}}“.',
      results: 'Ergebnisse',
      kinds: { person: 'Person', campaign: 'Kampagne', code: 'Code', order: 'Bestellung', briefing: 'Briefing' },
    },
  },
};
