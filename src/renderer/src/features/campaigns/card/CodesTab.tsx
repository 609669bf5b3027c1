import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSparkles, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { errorMessage, notifyError } from '../../../api/errors';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import { AddPanel, ListBlock, useConfirm, type TabProps } from './shared';
import { removeAfterConfirm } from './remove';
import { DateField } from '../../../components/DateField';
import { NumberField } from '../../../components/NumberField';

/** Voucher codes: suggest from a pattern, edit, add; the core refuses a code someone else holds and names them. */
export function CodesTab({ detail, onChanged }: TabProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [pattern, setPattern] = useState('{HANDLE}{PERCENT}');
  const [percent, setPercent] = useState<number | null>(15);
  const [code, setCode] = useState('');
  const [discount, setDiscount] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [error, setError] = useState<Record<string, string>>({});
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmNode, ask] = useConfirm();

  const suggest = async () => {
    setBusy(true);
    setError({});
    try {
      const p = percent != null && !Number.isNaN(percent) ? percent : undefined;
      const r = await api.call('codes.suggest', { collaborationId: detail.id, pattern: pattern.trim() || '{HANDLE}{PERCENT}', percent: p });
      setCode(r.code);
      setTaken(r.taken);
      if (!discount && p != null) setDiscount(t('codes.discountDefault', { percent: fmt.number(p) }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    setBusy(true);
    setError({});
    try {
      await api.call('codes.add', { collaborationId: detail.id, code: code.trim(), discountDescription: discount.trim(), validFrom: validFrom || null, validTo: validTo || null });
      showDone(t('codes.added', { code: code.trim().toUpperCase() }));
      setCode('');
      setTaken(false);
      setDiscount('');
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'CONFLICT' || (err.code === 'INVALID_INPUT' && (!err.field || err.field === 'code')))) setError({ code: errorMessage(err) });
      else if (err instanceof ApiError && err.code === 'INVALID_INPUT' && err.field) setError({ [err.field]: errorMessage(err) });
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = (id: number, c: string) =>
    removeAfterConfirm(ask, {
      title: t('codes.removeTitle'),
      message: t('codes.removeText', { code: c }),
      confirm: t('common.delete'),
      remove: () => api.call('codes.remove', { id }),
      done: t('codes.removed', { code: c }),
      onChanged,
    });

  return (
    <Stack gap="md">
      {confirmNode}
      <AddPanel title={t('codes.new')} addLabel={t('codes.add')} onAdd={add} disabled={code.trim().length < 1} loading={busy && !!code}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('codes.pattern')} description={t('codes.patternHint')} value={pattern} onChange={(e) => setPattern(e.currentTarget.value)} style={{ flex: 1 }} ff="monospace" />
          <NumberField label={t('codes.percent')} max={100} compact={false} unit="%" w={90} value={percent} onChange={setPercent} />
          <Button variant="light" leftSection={<IconSparkles size={16} />} onClick={suggest} loading={busy && !code}>
            {t('codes.suggest')}
          </Button>
        </Group>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('codes.code')}
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value.toUpperCase());
              setError({});
              setTaken(false);
            }}
            error={error.code || (taken ? t('codes.takenHint') : undefined)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontWeight: 600, letterSpacing: '0.04em' } }}
          />
          <TextInput label={t('codes.discount')} placeholder={t('codes.discountPlaceholder')} value={discount} onChange={(e) => setDiscount(e.currentTarget.value)} error={error.discountDescription} />
          <DateField label={t('codes.validFrom')} value={validFrom} onChange={(d) => setValidFrom(d ?? '')} error={error.validFrom} />
          <DateField label={t('codes.validTo')} value={validTo} onChange={(d) => setValidTo(d ?? '')} error={error.validTo} />
        </SimpleGrid>
      </AddPanel>

      <ListBlock title={t('codes.list', { count: detail.codes.length })} empty={detail.codes.length === 0} none={t('codes.none')}>
        {detail.codes.map((c) => (
          <Paper key={c.id} withBorder radius="sm" p="xs" data-testid="voucher-code">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text ff="monospace" fw={700}>
                    {c.code}
                  </Text>
                  {c.discountDescription && (
                    <Badge variant="light" color="grape" tt="none" fw={500}>
                      {c.discountDescription}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {c.validFrom || c.validTo ? t('codes.valid', { range: fmt.dateRange(c.validFrom, c.validTo) }) : t('codes.validAlways')} ·{' '}
                  {t('codes.orders', { count: c.orders })} · {fmt.money(c.revenueMinor, detail.currency)}
                </Text>
              </Stack>
              <ActionIcon variant="subtle" color="red" aria-label={t('codes.remove', { code: c.code })} onClick={() => remove(c.id, c.code)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
      </ListBlock>
    </Stack>
  );
}
