// @vitest-environment jsdom
import './setup';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import { DateField, parseDateText } from '../../../src/renderer/src/components/DateField';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';

function Harness({ initial, onChange }: { initial: string | null; onChange: (v: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Start date"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

function renderField(lang: 'de' | 'en', initial: string | null, onChange = vi.fn()) {
  initI18n(lang);
  render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider>
        <DatesProvider settings={{ locale: lang === 'de' ? 'de' : 'en-gb', firstDayOfWeek: 1 }}>
          <Harness initial={initial} onChange={onChange} />
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { input: screen.getByLabelText('Start date') as HTMLInputElement, onChange };
}

describe('DateField', () => {
  it('shows German dates as DD.MM.YYYY and parses typed German dates', async () => {
    const { input, onChange } = renderField('de', '2026-11-24');
    expect(input.value).toBe('24.11.2026');
    act(() => {
      fireEvent.focus(input);
      fireEvent.change(input, { target: { value: '01.03.2027' } });
    });
    expect(onChange).toHaveBeenLastCalledWith('2027-03-01');
    act(() => {
      fireEvent.blur(input);
    });
    expect(input.value).toBe('01.03.2027');
  });

  it('shows English dates as DD/MM/YYYY and parses typed English dates', () => {
    const { input, onChange } = renderField('en', '2026-11-24');
    expect(input.value).toBe('24/11/2026');
    act(() => {
      fireEvent.change(input, { target: { value: '01/03/2027' } });
    });
    expect(onChange).toHaveBeenLastCalledWith('2027-03-01');
  });

  it('clears to null when emptied', () => {
    const { input, onChange } = renderField('en', '2026-11-24');
    act(() => {
      fireEvent.change(input, { target: { value: '' } });
    });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('parses the accepted text forms and rejects half-typed or impossible dates', () => {
    expect(parseDateText('24.11.2026')).toBe('2026-11-24');
    expect(parseDateText('1.3.2027')).toBe('2027-03-01');
    expect(parseDateText('24/11/2026')).toBe('2026-11-24');
    expect(parseDateText('2026-11-24')).toBe('2026-11-24');
    expect(parseDateText('24.11.20')).toBeNull();
    expect(parseDateText('31.02.2027')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });
});
