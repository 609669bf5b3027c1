import type { Section } from '../sections';

/**
 * Texts of the shop import wizard's accounting (where every row went), the lost-rows confirmation, the
 * same-file-again notice and the shop field.
 */
export const section: Section = {
  en: {
    imports: {
      accounting: {
        title: 'Every row accounted for',
        help: 'Each row of the file is either an order that is stored, a rejected row (listed below with its line) or a row that is ignored on purpose.',
        equation: '{{read}} rows read = {{stored}} orders stored + {{rejected}} rows rejected + {{ignored}} rows ignored',
        read: 'Rows read',
        stored: 'Orders stored',
        rejected: 'Rows rejected',
        ignored: 'Rows ignored',
        whyTitle: 'Why rows are ignored',
        why: {
          no_code_one: '{{rows}} order without a voucher code',
          no_code_other: '{{rows}} orders without a voucher code',
          shop_label_one: '{{rows}} order with only a shop label (e.g. AUTOMATIC DISCOUNTS)',
          shop_label_other: '{{rows}} orders with only a shop label (e.g. AUTOMATIC DISCOUNTS)',
          continuation_one: '{{rows}} further line of an order already counted (items, shipping)',
          continuation_other: '{{rows}} further lines of orders already counted (items, shipping)',
          duplicate_one: '{{rows}} order that appears again later in the file',
          duplicate_other: '{{rows}} orders that appear again later in the file',
          repeated_header_one: '{{rows}} header line in the middle (two exports joined)',
          repeated_header_other: '{{rows}} header lines in the middle (exports joined)',
          blank_one: '{{rows}} empty line',
          blank_other: '{{rows}} empty lines',
        },
      },
      lost: {
        title_one: '{{rows}} row would be lost',
        title_other: '{{rows}} rows would be lost',
        text: 'These rows cannot be read: the rejected rows in the report above show their line numbers. Fix them in the file and choose it again, or import the rest without them.',
        confirm_one: 'Import {{orders}} order without the {{rows}} lost rows',
        confirm_other: 'Import {{orders}} orders without the {{rows}} lost rows',
      },
      again: {
        title: 'This file was imported before',
        text: 'imported on {{date}} — import again?',
        detail: '{{file}} as shop “{{shop}}”. Orders stored already are recognised and not stored twice.',
        detailNoShop: '{{file}}. Orders stored already are recognised and not stored twice.',
        go: 'Import again',
        stop: 'Do not import',
        open: 'Open that import',
      },
      shopField: {
        known_one: 'Known shop: {{orders}} order stored',
        known_other: 'Known shop: {{orders}} orders stored',
        same: 'Same shop as “{{name}}” (case and spaces do not matter).',
        new: 'New shop: orders are recognised per shop, so use the same name every time.',
        orders_one: '{{orders}} order',
        orders_other: '{{orders}} orders',
      },
    },
  },
  de: {
    imports: {
      accounting: {
        title: 'Jede Zeile nachgewiesen',
        help: 'Jede Zeile der Datei ist entweder eine Bestellung, die gespeichert wird, eine abgelehnte Zeile (unten mit ihrer Zeilennummer) oder eine Zeile, die bewusst übergangen wird.',
        equation: '{{read}} Zeilen gelesen = {{stored}} Bestellungen gespeichert + {{rejected}} Zeilen abgelehnt + {{ignored}} Zeilen übergangen',
        read: 'Zeilen gelesen',
        stored: 'Bestellungen gespeichert',
        rejected: 'Zeilen abgelehnt',
        ignored: 'Zeilen übergangen',
        whyTitle: 'Warum Zeilen übergangen werden',
        why: {
          no_code_one: '{{rows}} Bestellung ohne Gutscheincode',
          no_code_other: '{{rows}} Bestellungen ohne Gutscheincode',
          shop_label_one: '{{rows}} Bestellung nur mit einer Shop-Bezeichnung (z. B. AUTOMATIC DISCOUNTS)',
          shop_label_other: '{{rows}} Bestellungen nur mit einer Shop-Bezeichnung (z. B. AUTOMATIC DISCOUNTS)',
          continuation_one: '{{rows}} weitere Zeile einer schon gezählten Bestellung (Artikel, Versand)',
          continuation_other: '{{rows}} weitere Zeilen schon gezählter Bestellungen (Artikel, Versand)',
          duplicate_one: '{{rows}} Bestellung, die später in der Datei noch einmal vorkommt',
          duplicate_other: '{{rows}} Bestellungen, die später in der Datei noch einmal vorkommen',
          repeated_header_one: '{{rows}} Kopfzeile mitten in der Datei (zwei Exporte aneinandergehängt)',
          repeated_header_other: '{{rows}} Kopfzeilen mitten in der Datei (Exporte aneinandergehängt)',
          blank_one: '{{rows}} leere Zeile',
          blank_other: '{{rows}} leere Zeilen',
        },
      },
      lost: {
        title_one: '{{rows}} Zeile ginge verloren',
        title_other: '{{rows}} Zeilen gingen verloren',
        text: 'Diese Zeilen sind nicht lesbar: Die abgelehnten Zeilen im Bericht oben zeigen ihre Zeilennummern. Korrigiere sie in der Datei und wähle sie erneut – oder importiere den Rest ohne sie.',
        confirm_one: '{{orders}} Bestellung ohne die {{rows}} verlorenen Zeilen importieren',
        confirm_other: '{{orders}} Bestellungen ohne die {{rows}} verlorenen Zeilen importieren',
      },
      again: {
        title: 'Diese Datei wurde schon importiert',
        text: 'importiert am {{date}} – erneut importieren?',
        detail: '{{file}} als Shop „{{shop}}“. Schon gespeicherte Bestellungen werden erkannt und nicht doppelt gespeichert.',
        detailNoShop: '{{file}}. Schon gespeicherte Bestellungen werden erkannt und nicht doppelt gespeichert.',
        go: 'Erneut importieren',
        stop: 'Nicht importieren',
        open: 'Diesen Import öffnen',
      },
      shopField: {
        known_one: 'Bekannter Shop: {{orders}} Bestellung gespeichert',
        known_other: 'Bekannter Shop: {{orders}} Bestellungen gespeichert',
        same: 'Derselbe Shop wie „{{name}}“ (Groß-/Kleinschreibung und Leerzeichen zählen nicht).',
        new: 'Neuer Shop: Bestellungen werden pro Shop erkannt – verwende jedes Mal denselben Namen.',
        orders_one: '{{orders}} Bestellung',
        orders_other: '{{orders}} Bestellungen',
      },
    },
  },
};
