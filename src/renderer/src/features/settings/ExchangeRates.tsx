import { ActionIcon, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { useContractForm } from '../../lib/contractForm';
import { formRules } from '../../lib/formRules';
import { useApiQuery } from '../../lib/query';
import { useFormat } from '../../lib/useFormat';
import { DataTable } from '../../components/DataTable';

const COMMON = ['USD', 'GBP', 'CHF', 'PLN', 'SEK', 'DKK', 'NOK', 'CZK', 'EUR', 'JPY', 'CAD', 'AUD'];

type RateInput = { currency: string; month: string; rate: string };

/** Rates per currency and month into the workspace currency; amounts without a rate stay apart in the KPIs. */
export function ExchangeRates({ workspaceCurrency }: { workspaceCurrency: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const rates = useApiQuery('exchangeRates.list', {}, { scopes: ['settings'] }).data ?? [];
  const de = i18n.language === 'de';
  // the form's own words first (choose a currency / a month, a positive rate, not the workspace currency), then
  // exchangeRates.set's schema; German users type 0,92 — a thousands separator makes no sense in a rate, so one
  // separator is the decimal one
  const schema = formRules<RateInput>(contract['exchangeRates.set'].input, (input, add) => {
    if (!input.currency) add('currency', t('kpiui.settings.rates.needCurrency'));
    else if (input.currency === workspaceCurrency) add('currency', t('kpiui.settings.rates.sameCurrency', { currency: input.currency }));
    if (!input.month) add('month', t('kpiui.settings.rates.needMonth'));
    if (!/^\d{1,9}(\.\d{1,6})?$/.test(input.rate) || Number(input.rate) <= 0) add('rate', t('kpiui.settings.rates.badRate'));
  });
  const { form, busy, submit, error } = useContractForm({
    initialValues: { currency: 'USD' as string | null, month: null as string | null, rate: '' },
    schema,
    toInput: (v): RateInput => ({ currency: v.currency ?? '', month: (v.month ?? '').slice(0, 7), rate: v.rate.trim().replace(/\s/g, '').replace(',', '.') }),
    fields: ['currency', 'month', 'rate'],
    save: async (input) => {
      await api.call('exchangeRates.set', input);
      form.setFieldValue('rate', '');
      return true;
    },
  });
  const { currency } = form.values;

  const remove = async (c: string, m: string) => {
    try {
      await api.call('exchangeRates.remove', { currency: c, month: m });
    } catch (err) {
      notifyError(err);
    }
  };
  const monthLabel = (m: string) => new Intl.DateTimeFormat(de ? 'de-DE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
  const showRate = (r: string) => fmt.number(Number(r), 6);

  return (
    <div>
      <Text size="sm" fw={500}>
        {t('kpiui.settings.rates.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('kpiui.settings.rates.hint', { currency: workspaceCurrency })}
      </Text>
      {rates.length > 0 ? (
        <DataTable className="kpi-table" verticalSpacing={4} mb="sm" aria-label={t('kpiui.settings.rates.title')} data-testid="rates"
          head={
            <>
              <Table.Th>{t('kpiui.settings.rates.currency')}</Table.Th>
              <Table.Th>{t('kpiui.settings.rates.month')}</Table.Th>
              <Table.Th className="num">{t('kpiui.settings.rates.rate')}</Table.Th>
              <Table.Th w={40} />
            </>
          }
        >
          {rates.map((r) => (
            <Table.Tr key={`${r.currency}-${r.month}`}>
              <Table.Td>{r.currency}</Table.Td>
              <Table.Td>{monthLabel(r.month)}</Table.Td>
              <Table.Td className="num">
                1 {r.currency} = {showRate(r.rate)} {workspaceCurrency}
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red" size="sm" onClick={() => void remove(r.currency, r.month)} aria-label={t('kpiui.settings.rates.remove', { currency: r.currency, month: monthLabel(r.month) })}>
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      ) : (
        <Text size="sm" c="dimmed" mb="xs">
          {t('kpiui.settings.rates.none')}
        </Text>
      )}
      <form onSubmit={submit()} noValidate aria-label={t('kpiui.settings.rates.add')}>
        <Group align="flex-start" gap="xs" wrap="wrap">
          <Select label={t('kpiui.settings.rates.currency')} data={COMMON.filter((c) => c !== workspaceCurrency)} value={currency} onChange={(v) => form.setFieldValue('currency', v)} searchable allowDeselect={false} w={110} error={error('currency')} />
          <MonthPickerInput
            label={t('kpiui.settings.rates.month')}
            value={form.values.month}
            onChange={(v) => form.setFieldValue('month', v ? String(v).slice(0, 10) : null)}
            valueFormat="MM/YYYY"
            locale={de ? 'de' : 'en-gb'}
            w={130}
            error={error('month')}
            placeholder={t('kpiui.settings.rates.monthPlaceholder')}
          />
          <TextInput
            label={t('kpiui.settings.rates.rateLabel', { currency: currency ?? '', target: workspaceCurrency })}
            value={form.values.rate}
            onChange={(e) => form.setFieldValue('rate', e.currentTarget.value)}
            inputMode="decimal"
            placeholder={de ? '0,92' : '0.92'}
            w={190}
            error={error('rate')}
          />
          <Button type="submit" variant="light" mt={25} loading={busy}>
            {t('kpiui.settings.rates.add')}
          </Button>
        </Group>
      </form>
    </div>
  );
}
