import { Select, type SelectProps } from '@mantine/core';
import { CURRENCIES } from '../lib/currencies';

type Rest = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'allowDeselect'>;

/** A select of fixed values (platforms, goals, kinds …), each named by `labelOf`; it always keeps a value. */
export function ChoiceSelect<V extends string>({ values, labelOf, value, onChange, ...rest }: { values: readonly V[]; labelOf(v: V): string; value: V; onChange(v: V): void } & Rest) {
  return <Select data={values.map((x) => ({ value: x, label: labelOf(x) }))} value={value} onChange={(x) => x && onChange(x as V)} allowDeselect={false} {...rest} />;
}

/** The currency select: the known currencies, with the current one first when it is not among them. */
export function CurrencySelect({ value, onChange, ...rest }: { value: string; onChange(v: string): void } & Rest) {
  return <Select data={CURRENCIES.includes(value) ? CURRENCIES : [value, ...CURRENCIES]} value={value} onChange={(x) => x && onChange(x)} allowDeselect={false} {...rest} />;
}
