// @vitest-environment jsdom
import './setup';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { MoneyField, NumberField, hasUnreadableNumber, type NumberKind } from '../../../src/renderer/src/components/NumberField';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';

function Harness({ kind, initial, onChange }: { kind: NumberKind; initial: number | null; onChange: (v: number | null) => void }) {
  const [value, setValue] = useState(initial);
  const set = (v: number | null) => {
    setValue(v);
    onChange(v);
  };
  return (
    <>
      {kind === 'money' ? (
        <MoneyField label="Amount" currency="EUR" value={value} onChange={set} />
      ) : (
        <NumberField label="Amount" kind={kind} value={value} onChange={set} unit={kind === 'percent' ? '%' : undefined} />
      )}
      <button type="button">elsewhere</button>
    </>
  );
}

function renderField(lang: 'de' | 'en', kind: NumberKind, initial: number | null = null) {
  initI18n(lang);
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider>
        <Harness kind={kind} initial={initial} onChange={onChange} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return { input: screen.getByLabelText('Amount') as HTMLInputElement, onChange, user: userEvent.setup() };
}

describe('NumberField / MoneyField typed key by key', () => {
  it('German money: 5.000 is five thousand euros, 1.234,56 keeps its cents', async () => {
    const { input, onChange, user } = renderField('de', 'money');
    await user.type(input, '5.000');
    expect(onChange).toHaveBeenLastCalledWith(500000);
    await user.click(screen.getByText('elsewhere'));
    expect(input.value).toBe('5.000,00');
    await user.clear(input);
    await user.type(input, '1.234,56');
    expect(onChange).toHaveBeenLastCalledWith(123456);
    await user.tab();
    expect(input.value).toBe('1.234,56');
  });

  it('English money: 1,234.56 and 5,000', async () => {
    const { input, onChange, user } = renderField('en', 'money');
    await user.type(input, '1,234.56');
    expect(onChange).toHaveBeenLastCalledWith(123456);
    await user.clear(input);
    await user.type(input, '5,000');
    expect(onChange).toHaveBeenLastCalledWith(500000);
    await user.tab();
    expect(input.value).toBe('5,000.00');
  });

  it('German followers: 12.500 and 12,5k', async () => {
    const { input, onChange, user } = renderField('de', 'count');
    await user.type(input, '12.500');
    expect(onChange).toHaveBeenLastCalledWith(12500);
    await user.clear(input);
    await user.type(input, '12,5k');
    expect(onChange).toHaveBeenLastCalledWith(12500);
    await user.tab();
    expect(input.value).toBe('12.500');
  });

  it('English: an ambiguous 1.234 is flagged and kept as typed, not rewritten', async () => {
    const { input, onChange, user } = renderField('en', 'count', 10);
    await user.clear(input);
    await user.type(input, '1.234');
    expect(onChange.mock.lastCall?.[0]).toBeNaN();
    expect(hasUnreadableNumber({ followers: onChange.mock.lastCall?.[0] })).toBe(true);
    await user.tab();
    expect(input.value).toBe('1.234');
    expect(screen.getByText(/ambiguous/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('German: followers 12,5 are refused with a German message, not stored as 12', async () => {
    const { input, onChange, user } = renderField('de', 'count');
    await user.type(input, '12,5');
    expect(onChange.mock.lastCall?.[0]).toBeNaN();
    await user.tab();
    expect(screen.getByText('Hier nur ganze Zahlen.')).toBeTruthy();
  });

  it('percent in both languages', async () => {
    const de = renderField('de', 'percent');
    await de.user.type(de.input, '4,5');
    expect(de.onChange).toHaveBeenLastCalledWith(450);
  });

  it('pasting a German amount with currency', async () => {
    const { input, onChange, user } = renderField('de', 'money');
    await user.click(input);
    await user.paste('1.234,56 €');
    expect(onChange).toHaveBeenLastCalledWith(123456);
  });

  it('shows a stored value formatted in the UI language', () => {
    const { input } = renderField('de', 'count', 138850);
    expect(input.value).toBe('138.850');
  });
});
