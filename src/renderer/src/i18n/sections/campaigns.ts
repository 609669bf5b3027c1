import type { Section } from '../sections';

/** Messages of the campaigns domain (src/main/campaigns). */
export const section: Section = {
  en: {
    errors: {
      domain: {
        campaigns: {
          notFound: 'This campaign no longer exists (it may have been deleted).',
          endBeforeStart: 'The end date is before the start date.',
        },
      },
    },
  },
  de: {
    errors: {
      domain: {
        campaigns: {
          notFound: 'Diese Kampagne gibt es nicht mehr (vielleicht wurde sie gelöscht).',
          endBeforeStart: 'Das Enddatum liegt vor dem Startdatum.',
        },
      },
    },
  },
};
