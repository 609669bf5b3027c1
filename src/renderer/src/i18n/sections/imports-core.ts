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
          empty: '{{file}} is empty.',
          noRows: '{{file}} contains no rows.',
          noOrders: '{{file}} has a header but no orders.',
          headerUnreadable: 'The header row (line {{line}}) cannot be read. Check that the file is a CSV export with a header in the first line.',
          noCode: {
            shopify: 'No voucher-code column. $t(imports.problemText.no_code_column_shopify)',
            shopify_discounts: 'Not an orders export. $t(imports.problemText.no_code_column_shopify_discounts)',
            woocommerce: 'No coupon column. $t(imports.problemText.no_code_column_woocommerce)',
            shopware6: 'No promotion-code column. $t(imports.problemText.no_code_column_shopware6)',
            generic: 'No voucher-code column. $t(imports.problemText.no_code_column_generic)',
          },
          format: {
            columnMissing: 'The file has no “{{column}}” column, so it is not a {{format}} export of that kind. Choose “My own mapping” in the check step.',
            mapFirst: 'Choose the column for “$t(imports.fields.{{field}})” in the mapping first.',
            mappedMissing: 'The column “{{column}}” chosen in the mapping is not in this file. Choose another one.',
          },
          assignFailed: 'The code {{code}} could not be assigned.',
          notFound: 'Import #{{id}} was not found (it may have been deleted).',
          undoUnsupported: 'Only shop order imports can be undone here.',
          alreadyUndone: 'This import was already undone.',
          undoUnfinished: 'This import did not finish, so there is nothing to undo.',
          laterImportFirst: 'A later import ({{batches}}) changed orders of this one. Undo that import first.',
          jobUnknown: 'This import job is unknown (or finished long ago). Start the check again.',
          uploadUnknown: 'This upload is unknown. Choose the file again.',
          uploadExpired: 'This upload is unknown or expired. Choose the file again.',
          uploadFinished: 'This upload is already finished.',
          chunkOrder: 'The upload got out of step (expected byte {{expected}}, got {{got}}). Choose the file again.',
          chunkEmpty: 'A part of the upload was empty. Choose the file again.',
          chunkTooLarge: 'A part of the upload was larger than {{max}} bytes. Choose the file again.',
          chunkPastSize: 'The upload is larger than announced ({{size}} bytes). Choose the file again.',
          uploadIncomplete: 'The upload is incomplete: {{received}} of {{expected}} bytes arrived. Choose the file again.',
          uploadNotFinished: 'The upload of this file is not finished yet. Wait for it, or choose the file again.',
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
          empty: '{{file}} ist leer.',
          noRows: '{{file}} enthält keine Zeilen.',
          noOrders: '{{file}} hat eine Kopfzeile, aber keine Bestellungen.',
          headerUnreadable: 'Die Kopfzeile (Zeile {{line}}) ist nicht lesbar. Prüfe, ob die Datei ein CSV-Export mit Kopfzeile in der ersten Zeile ist.',
          noCode: {
            shopify: 'Keine Spalte mit Gutscheincodes. $t(imports.problemText.no_code_column_shopify)',
            shopify_discounts: 'Kein Bestell-Export. $t(imports.problemText.no_code_column_shopify_discounts)',
            woocommerce: 'Keine Gutscheinspalte. $t(imports.problemText.no_code_column_woocommerce)',
            shopware6: 'Keine Spalte mit Aktionscodes. $t(imports.problemText.no_code_column_shopware6)',
            generic: 'Keine Spalte mit Gutscheincodes. $t(imports.problemText.no_code_column_generic)',
          },
          format: {
            columnMissing: 'Die Datei hat keine Spalte „{{column}}“, ist also kein {{format}}-Export dieser Art. Wähle im Schritt „Prüfen“ „Eigene Zuordnung“.',
            mapFirst: 'Wähle zuerst in der Zuordnung die Spalte für „$t(imports.fields.{{field}})“.',
            mappedMissing: 'Die in der Zuordnung gewählte Spalte „{{column}}“ gibt es in dieser Datei nicht. Wähle eine andere.',
          },
          assignFailed: 'Der Code {{code}} konnte nicht zugeordnet werden.',
          notFound: 'Import #{{id}} wurde nicht gefunden (vielleicht wurde er gelöscht).',
          undoUnsupported: 'Nur Importe von Shop-Bestellungen lassen sich hier rückgängig machen.',
          alreadyUndone: 'Dieser Import wurde schon rückgängig gemacht.',
          undoUnfinished: 'Dieser Import wurde nicht abgeschlossen, es gibt also nichts rückgängig zu machen.',
          laterImportFirst: 'Ein späterer Import ({{batches}}) hat Bestellungen dieses Imports geändert. Mach zuerst diesen rückgängig.',
          jobUnknown: 'Dieser Importauftrag ist unbekannt (oder längst beendet). Starte die Prüfung erneut.',
          uploadUnknown: 'Dieser Upload ist unbekannt. Wähle die Datei erneut.',
          uploadExpired: 'Dieser Upload ist unbekannt oder abgelaufen. Wähle die Datei erneut.',
          uploadFinished: 'Dieser Upload ist schon abgeschlossen.',
          chunkOrder: 'Der Upload ist aus dem Takt geraten (erwartet Byte {{expected}}, erhalten {{got}}). Wähle die Datei erneut.',
          chunkEmpty: 'Ein Teil des Uploads war leer. Wähle die Datei erneut.',
          chunkTooLarge: 'Ein Teil des Uploads war größer als {{max}} Bytes. Wähle die Datei erneut.',
          chunkPastSize: 'Der Upload ist größer als angekündigt ({{size}} Bytes). Wähle die Datei erneut.',
          uploadIncomplete: 'Der Upload ist unvollständig: {{received}} von {{expected}} Bytes sind angekommen. Wähle die Datei erneut.',
          uploadNotFinished: 'Der Upload dieser Datei ist noch nicht fertig. Warte darauf oder wähle die Datei erneut.',
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
