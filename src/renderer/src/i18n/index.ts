import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/domain';
import { de } from './de';
import { en } from './en';
import { mergeTrees, sections, type Tree } from './sections';

/** The base resources with every feature section (i18n/sections/*.ts) merged in. */
export const translations = {
  de: mergeTrees(de as unknown as Tree, ...sections.map((s) => s.de)),
  en: mergeTrees(en as unknown as Tree, ...sections.map((s) => s.en)),
};

export const resources = { de: { translation: translations.de }, en: { translation: translations.en } } as const;

/** The OS/browser language mapped onto the app's locales: German for any 'de*', else English. */
export function systemLocale(nav: { language?: string; languages?: readonly string[] } | undefined = globalThis.navigator): Locale {
  const lang = (nav?.language || nav?.languages?.[0] || 'en').toLowerCase();
  return lang.startsWith('de') ? 'de' : 'en';
}

/** Resolves the saved setting (null = follow the OS). */
export function effectiveLocale(saved: Locale | null | undefined): Locale {
  return saved ?? systemLocale();
}

function applyHtmlLang(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

let instance: I18n | null = null;

export function initI18n(lng: Locale = systemLocale()): I18n {
  if (instance) {
    if (instance.language !== lng) void instance.changeLanguage(lng);
    return instance;
  }
  const i = i18next.createInstance();
  i.use(initReactI18next);
  void i.init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['de', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  i.on('languageChanged', applyHtmlLang);
  applyHtmlLang(lng);
  instance = i;
  return i;
}

export function getI18n(): I18n {
  return instance ?? initI18n();
}

export async function setLocale(lng: Locale): Promise<void> {
  const i = getI18n();
  if (i.language !== lng) await i.changeLanguage(lng);
}

export function currentLocale(): Locale {
  return (getI18n().language === 'de' ? 'de' : 'en') as Locale;
}
