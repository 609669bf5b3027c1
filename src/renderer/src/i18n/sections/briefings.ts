import type { Section } from '../sections';

/** Messages of the briefings domain (src/main/briefings) and of PDF printing (shell/pdf.ts, host/pdf-chromium.ts). */
export const section: Section = {
  en: {
    errors: {
      domain: {
        briefings: {
          templateNotFound: 'This template no longer exists.',
          empty: 'The briefing is empty; write at least one section first.',
          shortlistEmpty: 'Nobody is on the shortlist of this campaign.',
          noCards: 'This campaign has no collaborations to brief yet.',
          needsRenderer: 'PDFs need the desktop app or Chromium on this machine (install chromium or set CHROMIUM_PATH). Use “Print” and your browser’s “Save as PDF” instead.',
          needsChromium: 'PDFs in browser mode need Chromium on this machine ({{reason}}). Install chromium or set CHROMIUM_PATH, or use “Print” and your browser’s “Save as PDF”.',
          printClosed: 'The print window closed before the page was ready.',
          printFailed: 'The print page failed: {{reason}}',
          printTimeout: 'The print page did not get ready in time; try again.',
          pdfFailed: 'The PDF could not be created: {{reason}}',
        },
      },
    },
  },
  de: {
    errors: {
      domain: {
        briefings: {
          templateNotFound: 'Diese Vorlage gibt es nicht mehr.',
          empty: 'Das Briefing ist leer; schreibe zuerst mindestens einen Abschnitt.',
          shortlistEmpty: 'Auf der Shortlist dieser Kampagne steht noch niemand.',
          noCards: 'Diese Kampagne hat noch keine Kooperationen, die ein Briefing bekommen könnten.',
          needsRenderer:
            'PDFs brauchen die Desktop-App oder Chromium auf diesem Rechner (chromium installieren oder CHROMIUM_PATH setzen). Nutze sonst „Drucken“ und „Als PDF speichern“ deines Browsers.',
          needsChromium:
            'PDFs brauchen im Browsermodus Chromium auf diesem Rechner ({{reason}}). Installiere chromium oder setze CHROMIUM_PATH, oder nutze „Drucken“ und „Als PDF speichern“ deines Browsers.',
          printClosed: 'Das Druckfenster wurde geschlossen, bevor die Seite fertig war.',
          printFailed: 'Die Druckseite ist fehlgeschlagen: {{reason}}',
          printTimeout: 'Die Druckseite wurde nicht rechtzeitig fertig; versuche es noch einmal.',
          pdfFailed: 'Das PDF konnte nicht erstellt werden: {{reason}}',
        },
      },
    },
  },
};
