import type { Section } from '../sections';

/**
 * Messages of the shop-import core (src/main/redemptions, src/main/imports) and of the one code rule
 * (src/shared/codes.ts): DomainError keys under errors.domain.*, contract rules under errors.validation.rules.*.
 */
export const section: Section = {
  en: {
    errors: {
      domain: {
        codes: {
          invalid:
            '“{{code}}” cannot be a code: a code has {{min}} to {{max}} characters, no spaces and only printable characters (letters of any language, digits, and signs such as . & - _).',
        },
        imports: {
          binary: '{{file}} is not a CSV file (it contains binary data).',
          lostRowsUnconfirmed:
            'This file would lose {{rows}} rows that cannot be read. Look at the rejected rows in the dry run, and confirm the import of the rest if you want it anyway.',
          alreadyRunning: 'Another import is still running. Wait until it has finished, then start this one.',
        },
      },
      validation: {
        rules: {
          codeSpelling: 'A code has no spaces and only printable characters (letters of any language, digits, . & - _ …).',
        },
      },
    },
  },
  de: {
    errors: {
      domain: {
        codes: {
          invalid:
            '„{{code}}“ kann kein Code sein: Ein Code hat {{min}} bis {{max}} Zeichen, keine Leerzeichen und nur druckbare Zeichen (Buchstaben jeder Sprache, Ziffern und Zeichen wie . & - _).',
        },
        imports: {
          binary: '{{file}} ist keine CSV-Datei (sie enthält Binärdaten).',
          lostRowsUnconfirmed:
            'Diese Datei würde {{rows}} Zeilen verlieren, die nicht gelesen werden können. Sieh dir die abgelehnten Zeilen im Probelauf an und bestätige den Import des Rests, wenn du ihn trotzdem willst.',
          alreadyRunning: 'Ein anderer Import läuft noch. Warte, bis er fertig ist, und starte diesen dann.',
        },
      },
      validation: {
        rules: {
          codeSpelling: 'Ein Code enthält keine Leerzeichen und nur druckbare Zeichen (Buchstaben jeder Sprache, Ziffern, . & - _ …).',
        },
      },
    },
  },
};
