import type { Section } from '../sections';

/** Storage errors (src/main/db/storage-errors.ts) by code. */
export const section: Section = {
  en: {
    errors: {
      domain: {
        storage: {
          STORAGE_BUSY: 'The workspace is busy with a long job. Try again in a moment; nothing was changed.',
          STORAGE_FULL: 'The disk is full. Free some space and try again; nothing was changed.',
          STORAGE_READONLY: 'The data folder cannot be written to (read-only or no permission). Check the folder; nothing was changed.',
          STORAGE_CORRUPT: 'The workspace file is damaged. Restore the newest backup in Settings → Backups.',
          STORAGE_IO: 'The workspace file could not be read or written (disk error). Check the disk and try again.',
        },
      },
    },
  },
  de: {
    errors: {
      domain: {
        storage: {
          STORAGE_BUSY: 'Der Arbeitsbereich ist gerade mit einer langen Aufgabe beschäftigt. Versuche es gleich noch einmal; es wurde nichts geändert.',
          STORAGE_FULL: 'Der Datenträger ist voll. Schaffe etwas Platz und versuche es erneut; es wurde nichts geändert.',
          STORAGE_READONLY:
            'In den Datenordner kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung). Prüfe den Ordner; es wurde nichts geändert.',
          STORAGE_CORRUPT: 'Die Arbeitsbereich-Datei ist beschädigt. Stelle in Einstellungen → Sicherungen die neueste Sicherung wieder her.',
          STORAGE_IO: 'Die Arbeitsbereich-Datei konnte nicht gelesen oder geschrieben werden (Datenträgerfehler). Prüfe den Datenträger und versuche es erneut.',
        },
      },
    },
  },
};
