import type { Section } from '../sections';

/** Messages of the influencers domain (src/main/influencers): directory, channels, privacy, spreadsheets. */
export const section: Section = {
  en: {
    errors: {
      domain: {
        influencers: {
          notFound: 'This influencer no longer exists (they may have been deleted).',
          channelNotFound: 'This channel no longer exists.',
          snapshotNotFound: 'This follower entry no longer exists.',
          filterNotFound: 'This saved filter no longer exists.',
          handleTwice: 'The $t(platforms.{{platform}}) handle {{handle}} is listed twice.',
          handleTaken: 'The $t(platforms.{{platform}}) handle {{handle}} already belongs to {{name}}.',
          confirmName: 'Type the name “{{name}}” to confirm.',
          fileTooLarge: 'The file is larger than {{mb}} MB.',
          importNotFound: 'This import no longer exists.',
          importUndone: 'This import was already undone.',
          sheet: {
            empty: 'The file {{fileName}} is empty.',
            no_data: 'The file {{fileName}} contains no data.',
            not_a_spreadsheet: '{{fileName}} is not a CSV or XLSX file.',
            xls_unsupported: '{{fileName}} is an old Excel file (.xls); save it as .xlsx or .csv.',
          },
        },
      },
    },
  },
  de: {
    errors: {
      domain: {
        influencers: {
          notFound: 'Diese Person gibt es nicht mehr (vielleicht wurde sie gelöscht).',
          channelNotFound: 'Diesen Kanal gibt es nicht mehr.',
          snapshotNotFound: 'Diesen Follower-Eintrag gibt es nicht mehr.',
          filterNotFound: 'Diesen gespeicherten Filter gibt es nicht mehr.',
          handleTwice: 'Das $t(platforms.{{platform}})-Handle {{handle}} steht zweimal in der Liste.',
          handleTaken: 'Das $t(platforms.{{platform}})-Handle {{handle}} gehört schon zu {{name}}.',
          confirmName: 'Tippe zur Bestätigung den Namen „{{name}}“ ein.',
          fileTooLarge: 'Die Datei ist größer als {{mb}} MB.',
          importNotFound: 'Diesen Import gibt es nicht mehr.',
          importUndone: 'Dieser Import wurde schon rückgängig gemacht.',
          sheet: {
            empty: 'Die Datei {{fileName}} ist leer.',
            no_data: 'Die Datei {{fileName}} enthält keine Daten.',
            not_a_spreadsheet: '{{fileName}} ist keine CSV- oder XLSX-Datei.',
            xls_unsupported: '{{fileName}} ist eine alte Excel-Datei (.xls); speichere sie als .xlsx oder .csv.',
          },
        },
      },
    },
  },
};
