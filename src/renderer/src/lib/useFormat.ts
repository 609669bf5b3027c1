import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain';
import { formatterFor, type Formatter } from './format';

/** Formatters bound to the current UI language; re-renders when the language changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'de' ? 'de' : 'en';
  return useMemo(() => formatterFor(locale), [locale]);
}
