import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readTypedNumber, type TypedReading } from '../../../shared/numbers-typed';
import type { NumberLocale } from '../../../shared/numbers';

/**
 * The app's one number input (counts, percentages, decimals) and, through `MoneyField`, its one money input.
 *
 * - Typed and pasted text is read in the UI language with the spreadsheet import's parser
 *   (`shared/numbers-typed.ts`): German `5.000` / `1.234,56`, English `5,000` / `1,234.56`; compact `12,5k`,
 *   `1,2 Mio.` where allowed; `%` and currency marks are ignored.
 * - The value is the stored integer: value × 10^decimals (followers as they are, cents for money,
 *   basis points for a percentage with `decimals = 2`). Empty text is `null`.
 * - Text that cannot be read exactly — not a number, too many decimals, out of range, or ambiguous
 *   (`1.234` in English could be 1234 in German) — is never rewritten: the field keeps the text, says what is
 *   wrong and reports `NaN`, which forms refuse to save (`hasUnreadableNumber`).
 * - Shown formatted when not being edited.
 */

export type NumberKind = 'count' | 'percent' | 'decimal' | 'money';

export interface NumberFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue' | 'min' | 'max'> {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  kind?: NumberKind;
  /** Decimals stored (default: count 0, others 2). */
  decimals?: number;
  /** Accept `12,5k` / `1,2 Mio.` (default: counts only). */
  compact?: boolean;
  /** Bounds in stored units. */
  min?: number;
  max?: number;
  allowNegative?: boolean;
  /** Shown after the number (`%`, `×`, a currency). */
  unit?: string;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: NumberLocale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** The text a stored value is shown as (money with all its decimals, others with as many as needed). */
export function formatStored(value: number | null | undefined, locale: NumberLocale, decimals: number, fixed = false): string {
  if (value == null || !Number.isFinite(value)) return '';
  return nf(locale, fixed ? decimals : 0, decimals).format(value / 10 ** decimals);
}

/** True when any number in a form's values could not be read (the field shows why). */
export function hasUnreadableNumber(values: unknown): boolean {
  if (typeof values === 'number') return Number.isNaN(values);
  if (Array.isArray(values)) return values.some(hasUnreadableNumber);
  if (values && typeof values === 'object') return Object.values(values).some(hasUnreadableNumber);
  return false;
}

/** Focuses the first field whose text could not be read, inside `root` (or the document). */
export function focusUnreadableNumber(root: ParentNode = document): void {
  root.querySelector<HTMLInputElement>('input[data-unreadable="true"]')?.focus();
}

function useLocale(): NumberLocale {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}

export function NumberField({
  value,
  onChange,
  kind = 'count',
  decimals = kind === 'count' ? 0 : 2,
  compact = kind === 'count',
  min = 0,
  max,
  allowNegative = false,
  unit,
  error,
  onBlur,
  onFocus,
  rightSection,
  ...rest
}: NumberFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fixed = kind === 'money';
  const show = (v: number | null | undefined) => formatStored(v, locale, decimals, fixed);
  const [text, setText] = useState(() => show(value));
  const [touched, setTouched] = useState(false);
  const focused = useRef(false);
  const emitted = useRef<number | null | undefined>(value);

  // A value set from outside (reset, load, undo) or a language switch shows formatted.
  useEffect(() => {
    if (focused.current || (value != null && Number.isNaN(value))) return;
    emitted.current = value;
    setText(show(value));
  }, [value, locale, decimals]);

  const reading: TypedReading = readTypedNumber(text, locale, { decimals, compact, allowNegative: allowNegative || min < 0 });
  const fmt = (v: number | null) => (v == null ? '' : show(v));
  let problem: string | null = null;
  if (reading.state === 'ambiguous') {
    problem = t('numberField.ambiguous', { text: text.trim(), a: fmt(reading.value) || '–', b: fmt(reading.other) || '–' });
  } else if (reading.state === 'invalid') {
    problem = reading.problem === 'decimals' && decimals === 0 ? t('numberField.whole') : t(`numberField.${reading.problem}`, { decimals });
  } else if (reading.state === 'ok' && reading.value < min) {
    problem = t('numberField.min', { min: show(min) });
  } else if (reading.state === 'ok' && max != null && reading.value > max) {
    problem = t('numberField.max', { max: show(max) });
  }
  const next = problem ? NaN : reading.state === 'ok' ? reading.value : null;

  const change = (s: string) => {
    setText(s);
    const r = readTypedNumber(s, locale, { decimals, compact, allowNegative: allowNegative || min < 0 });
    let v: number | null = NaN;
    if (r.state === 'empty') v = null;
    else if (r.state === 'ok' && r.value >= min && (max == null || r.value <= max)) v = r.value;
    if (!Object.is(v, emitted.current)) {
      emitted.current = v;
      onChange(v);
    }
  };

  const shownError = (touched || reading.state === 'ambiguous') && problem ? problem : error;
  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      data-unreadable={Number.isNaN(next) ? 'true' : undefined}
      onChange={(e) => change(e.currentTarget.value)}
      onFocus={(e) => {
        focused.current = true;
        onFocus?.(e);
      }}
      onBlur={(e) => {
        focused.current = false;
        setTouched(true);
        if (reading.state === 'ok' && !problem) setText(show(reading.value));
        onBlur?.(e);
      }}
      error={shownError}
      rightSection={rightSection ?? (unit ? <Text size="sm" c="dimmed">{unit}</Text> : undefined)}
      rightSectionPointerEvents="none"
    />
  );
}

/** Money in minor units of `currency` (cents), shown `1.234,56` with the currency beside it. */
export function MoneyField({ currency, ...props }: Omit<NumberFieldProps, 'kind' | 'unit' | 'decimals'> & { currency: string }) {
  const digits = currencyDigits(currency);
  return <NumberField {...props} kind="money" decimals={digits} compact={false} unit={currency} rightSectionWidth={52} />;
}

function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
