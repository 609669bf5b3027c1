import { Autocomplete, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KnownShop } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { knownShopFor, normaliseShop } from './wizardRules';

/**
 * The shop of an import: chosen from the shops imported before (redemptions.shops) or typed as a new one. Orders
 * are keyed by the shop's identity (case and spaces folded), so a typed name that is a known shop in another
 * spelling becomes that shop's name on leaving the field, and the hint says which shop the orders go to.
 */
export function ShopField({
  value,
  onChange,
  onBlur,
  error,
  shops,
}: {
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  error?: string;
  shops: readonly KnownShop[];
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const known = knownShopFor(value, shops);
  const byName = new Map(shops.map((s) => [s.name, s]));
  let hint = t('imports.wizard.shopHint');
  if (known && known.name !== value.trim()) hint = t('imports.shopField.same', { name: known.name });
  else if (known) hint = t('imports.shopField.known', { count: known.orders, orders: fmt.number(known.orders) });
  else if (value.trim() && shops.length) hint = t('imports.shopField.new');
  return (
    <Autocomplete
      label={t('imports.wizard.shop')}
      description={hint}
      required
      value={value}
      maxLength={120}
      data={shops.map((s) => s.name)}
      // every known shop stays offered while the field holds one of them, so another can be picked
      filter={({ options, search }) => {
        const q = search.trim().toLocaleLowerCase();
        if (!q || byName.has(search)) return options;
        return options.filter((o) => 'value' in o && o.value.toLocaleLowerCase().includes(q));
      }}
      renderOption={({ option }) => {
        const s = byName.get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="md">
            <Text size="sm">{option.value}</Text>
            {s && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('imports.shopField.orders', { count: s.orders, orders: fmt.number(s.orders) })}
              </Text>
            )}
          </Group>
        );
      }}
      onChange={onChange}
      onBlur={() => {
        const clean = normaliseShop(value, shops);
        if (clean !== value) onChange(clean);
        onBlur();
      }}
      error={error}
      data-testid="shop-field"
    />
  );
}
