/** Display names of country and language codes in the UI language. */

/** 'DE' → 'Deutschland' / 'Germany' (falls back to the code). */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale === 'de' ? 'de-DE' : 'en-GB'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** 'de' → 'Deutsch' / 'German'. */
export function languageName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale === 'de' ? 'de-DE' : 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
