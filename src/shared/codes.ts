/**
 * Voucher codes as the shop spells them — ONE rule for the card (codes.add) and the import wizard (assign),
 * and ONE matching key for every comparison (voucher_codes.code_norm, redemptions.code_norm).
 *
 * - A code is any run of printable characters without white space: letters of any script (JÖRGFIT), digits,
 *   punctuation such as `.`, `&`, `-`, `_`, `%` (EMMA.20, B&B10). Control, format and unassigned characters and
 *   any space are refused.
 * - Codes match case-insensitively with Unicode case folding: the key is the NFC form upper-cased by the
 *   Unicode case mapping, with `ß`/`ẞ` folded to `SS` (so JÖRGFIT = jörgfit = JO\u0308RGFIT, STRASSE = straße)
 *   and final sigma folded with sigma. It stays upper-case so keys stored before this rule keep matching.
 * - The generator (collaborations/codes.ts codePart) keeps transliterating to A–Z 0–9 - _; typing or importing
 *   an existing code never changes its spelling.
 */
export const CODE_MIN = 3;
export const CODE_MAX = 40;
/** Codes read from a shop export may be longer (app-generated discount titles); still no spaces. */
export const IMPORTED_CODE_MAX = 80;

const PRINTABLE_NO_SPACE = /^[^\s\p{C}\p{Z}]+$/u;

/** True for a code as the shop may spell it: printable, no white space, not empty. */
export function isCodeSpelling(code: string): boolean {
  return PRINTABLE_NO_SPACE.test(code);
}

/** The matching key of a code (see above). */
export function codeKey(code: string): string {
  return code.trim().normalize('NFC').toUpperCase().replace(/ẞ/g, 'SS').normalize('NFC');
}

/** Why a typed code is not acceptable, as a message key with parameters (null when it is fine). */
export function codeProblem(code: string, max = CODE_MAX): { key: 'codes.tooShort' | 'codes.tooLong' | 'codes.spelling'; params: Record<string, number | string> } | null {
  const c = code.trim();
  if ([...c].length < CODE_MIN) return { key: 'codes.tooShort', params: { min: CODE_MIN } };
  if ([...c].length > max) return { key: 'codes.tooLong', params: { max } };
  if (!isCodeSpelling(c)) return { key: 'codes.spelling', params: { code: c.slice(0, 60) } };
  return null;
}

/** Shop identity: the same shop whatever the case and surrounding or repeated spaces (`IDEM` = ` idem `). */
export function shopKey(shop: string): string {
  return shop.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
