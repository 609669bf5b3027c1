import type { Section } from '../sections';

/** The shared number/money field, the unsaved-changes question, the trash and undo (issue 13, renderer). */
export const section: Section = {
  en: {
    numberField: {
      ambiguous: '“{{text}}” is ambiguous: {{a}} or {{b}}? Type it without the separator or with its decimals.',
      notNumber: 'Not a number. Type e.g. 5,000 or 1,234.56.',
      decimals: 'Too many decimals: at most {{decimals}}.',
      whole: 'Only whole numbers here.',
      negative: 'Must not be negative.',
      tooLarge: 'This number is too large.',
      min: 'At least {{min}}.',
      max: 'At most {{max}}.',
    },
    unsaved: {
      title: 'Unsaved changes',
      text: 'You have changed something here that is not saved yet.',
      textNoSave: 'You have changed something here that is not saved yet. Save it from its form, or discard it.',
      keep: 'Keep editing',
      discard: 'Discard changes',
      save: 'Save',
    },
  },
  de: {
    numberField: {
      ambiguous: '„{{text}}“ ist mehrdeutig: {{a}} oder {{b}}? Bitte ohne Trennzeichen oder mit Nachkommastellen eingeben.',
      notNumber: 'Keine Zahl. Bitte z. B. 5.000 oder 1.234,56 eingeben.',
      decimals: 'Zu viele Nachkommastellen: höchstens {{decimals}}.',
      whole: 'Hier nur ganze Zahlen.',
      negative: 'Darf nicht negativ sein.',
      tooLarge: 'Diese Zahl ist zu groß.',
      min: 'Mindestens {{min}}.',
      max: 'Höchstens {{max}}.',
    },
    unsaved: {
      title: 'Ungespeicherte Änderungen',
      text: 'Du hast hier etwas geändert, das noch nicht gespeichert ist.',
      textNoSave: 'Du hast hier etwas geändert, das noch nicht gespeichert ist. Speichere es in seinem Formular oder verwirf es.',
      keep: 'Weiter bearbeiten',
      discard: 'Verwerfen',
      save: 'Speichern',
    },
  },
};
