import type { Section } from '../sections';

/** Texts of the import wizards' shared parts (components/wizard) and the shop import's accounting. */
export const section: Section = {
  en: {
    wizard: {
      sample: 'First values',
      noSample: 'empty',
    },
  },
  de: {
    wizard: {
      sample: 'Erste Werte',
      noSample: 'leer',
    },
  },
};
