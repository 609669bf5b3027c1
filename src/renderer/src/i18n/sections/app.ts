import type { Section } from '../sections';

/** Messages of the app-wide parts of the core (jobs, host, shell). */
export const section: Section = {
  en: {
    errors: {
      domain: {
        app: {
          unknownJob: 'This kind of background job ({{kind}}) is not known to this version.',
          openNeedsDesktop: 'Opening files needs the desktop app; download the file instead.',
        },
      },
    },
  },
  de: {
    errors: {
      domain: {
        app: {
          unknownJob: 'Diese Art von Hintergrundaufgabe ({{kind}}) kennt diese Version nicht.',
          openNeedsDesktop: 'Dateien öffnen geht nur in der Desktop-App; lade die Datei stattdessen herunter.',
        },
      },
    },
  },
};
