import type { Section } from '../sections';

/** Where an engagement rate comes from (components/ErValue.tsx). */
export const section: Section = {
  en: {
    erSource: {
      sheet: 'sheet',
      sheetHint: 'Taken from an imported spreadsheet as it was given; no average likes are known to compute it from.',
      computedHint: 'Computed from average likes, comments and shares per follower.',
    },
  },
  de: {
    erSource: {
      sheet: 'Tabelle',
      sheetHint: 'Aus einer importierten Tabelle übernommen, wie sie dort stand; es sind keine Ø Likes bekannt, aus denen sie berechnet werden könnte.',
      computedHint: 'Berechnet aus Ø Likes, Kommentaren und Shares je Follower.',
    },
  },
};
