/** Letters that Unicode decomposition does not reduce to ASCII, and the German spelling of umlauts. */
const TRANSLIT: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS',
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H',
};
const TRANSLIT_RE = new RegExp(`[${Object.keys(TRANSLIT).join('')}]`, 'g');

/**
 * ASCII spelling of a text: German umlauts become ae/oe/ue and ß ss (JÖRG → JOERG), letters in TRANSLIT
 * are spelled out (ł → l), every other accent is dropped (é → e, Ã → A). Other characters stay.
 * Used for voucher codes, UTM slugs, file names and the demo's handles.
 */
export function transliterate(text: string): string {
  return text
    .normalize('NFC')
    .replace(TRANSLIT_RE, (ch) => TRANSLIT[ch])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
