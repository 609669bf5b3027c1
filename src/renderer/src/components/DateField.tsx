import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/**
 * The app's one date field: Mantine DateInput showing the date in the UI language
 * (de '24.11.2026', en '24/11/2026' like en-GB) while taking and returning the storage
 * format 'YYYY-MM-DD' (or null when empty). Typing is allowed; see `parseDateText`.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function toIso(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** '24.11.2026' / '24/11/2026' / '24-11-2026' / '2026-11-24' → '2026-11-24'; anything else (incl. half-typed input) → null. */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(s);
  if (dmy) return toIso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'> {
  /** 'YYYY-MM-DD'; '' / null / undefined = empty. */
  value: string | null | undefined;
  /** Called with 'YYYY-MM-DD' or null when cleared. */
  onChange: (value: string | null) => void;
}

export function DateField({ value, onChange, clearable = true, popoverProps, clearButtonProps, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const de = i18n.language === 'de';
  return (
    <DateInput
      {...rest}
      value={value ? value : null}
      onChange={(d) => onChange(d ? d.slice(0, 10) : null)}
      valueFormat={de ? 'DD.MM.YYYY' : 'DD/MM/YYYY'}
      dateParser={parseDateText}
      placeholder={rest.placeholder ?? t('common.datePlaceholder')}
      locale={de ? 'de' : 'en-gb'}
      clearable={clearable}
      // Keyboard users clear by emptying the text; the mouse-only × stays out of the tab order.
      clearButtonProps={{ 'aria-label': t('common.clearDate'), tabIndex: -1, ...clearButtonProps }}
      popoverProps={{ withinPortal: true, ...popoverProps }}
    />
  );
}
