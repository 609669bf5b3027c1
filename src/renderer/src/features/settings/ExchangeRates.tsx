import { ActionIcon, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { handleFormError, notifyError } from '../../api/errors';
import { useApiQuery } from '../../lib/query';
import { useFormat } from '../../lib/useFormat';
import { DataTable } from '../../components/DataTable';

const COMMON = ['USD', 'GBP', 'CHF', 'PLN', 'SEK', 'DKK', 'NOK', 'CZK', 'EUR', 'JPY', 'CAD', 'AUD'];

/** Rates per currency and month into the workspace currency; amounts without a rate stay apart in the KPIs. */
export function ExchangeRates({ workspaceCurrency }: { workspaceCurrency: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const rates = useApiQuery('exchangeRates.list', {}, { scopes: ['settings'] }).data ?? [];
  const [currency, setCurrency] = useState<string | null>('USD');
  const [month, setMonth] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const de = i18n.language === 'de';

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!currency) errs.currency = t('kpiui.settings.rates.needCurrency');
    if (!month) errs.month = t('kpiui.settings.rates.needMonth');
    const text = rate.trim().replace(/\s/g, '');
    // German users type 0,92; a thousands separator makes no sense in a rate, so one separator is the decimal one
    if (!/^\d{1,9}([.,]\d{1,6})?$/.test(text) || Number(text.replace(',', '.')) <= 0) errs.rate = t('kpiui.settings.rates.badRate');
    if (currency === workspaceCurrency) errs.currency = t('kpiui.settings.rates.sameCurrency', { currency });
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setSaving(true);
    try {
      await api.call('exchangeRates.set', { currency: currency!, month: month!.slice(0, 7), rate: text.replace(',', '.') });
      setRate('');
    } catch (err) {
      setErrors(handleFormError(err, ['currency', 'month', 'rate']));
    } finally {
      setSaving(false);
    }
  };
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
      <form onSubmit={add} noValidate aria-label={t('kpiui.settings.rates.add')}>
        <Group align="flex-start" gap="xs" wrap="wrap">
          <Select label={t('kpiui.settings.rates.currency')} data={COMMON.filter((c) => c !== workspaceCurrency)} value={currency} onChange={setCurrency} searchable allowDeselect={false} w={110} error={errors.currency} />
          <MonthPickerInput
            label={t('kpiui.settings.rates.month')}
            value={month}
            onChange={(v) => setMonth(v ? String(v).slice(0, 10) : null)}
            valueFormat="MM/YYYY"
            locale={de ? 'de' : 'en-gb'}
            w={130}
            error={errors.month}
            placeholder={t('kpiui.settings.rates.monthPlaceholder')}
          />
          <TextInput
            label={t('kpiui.settings.rates.rateLabel', { currency: currency ?? '', target: workspaceCurrency })}
            value={rate}
            onChange={(e) => setRate(e.currentTarget.value)}
            inputMode="decimal"
            placeholder={de ? '0,92' : '0.92'}
            w={190}
            error={errors.rate}
          />
          <Button type="submit" variant="light" mt={25} loading={saving}>
            {t('kpiui.settings.rates.add')}
          </Button>
        </Group>
      </form>
    </div>
  );
}
