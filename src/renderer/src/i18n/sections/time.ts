import type { Section } from '../sections';

/** Validation texts of the app time zone setting. */
export const section: Section = {
  en: { errors: { validation: { rules: { unknownTimeZone: 'Unknown time zone (use a name such as Europe/Berlin).', impossibleDate: 'This date does not exist in the calendar.' } } } },
  de: { errors: { validation: { rules: { unknownTimeZone: 'Unbekannte Zeitzone (z. B. Europe/Berlin).', impossibleDate: 'Dieses Datum gibt es im Kalender nicht.' } } } },
};
