/** The currencies offered in the campaign and settings forms (a value outside the list stays selectable). */
export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP', 'SEK', 'DKK', 'PLN', 'CZK'];
