import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSparkles, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import { api, ApiError } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { useContractForm } from '../../../lib/contractForm';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import { useDirtyForm } from '../../../lib/unsaved';
import { AddPanel, ListBlock, useConfirm, type TabProps } from './shared';
import { removeAfterConfirm } from './remove';
import { DateField } from '../../../components/DateField';
import { NumberField } from '../../../components/NumberField';

/** The pattern and its placeholders in monospace; the label and a problem in the UI font. */
const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' }, description: { fontFamily: 'var(--mantine-font-family-monospace)' } };
const NEW_CODE = { code: '', discountDescription: '', validFrom: '', validTo: '' };
type CodeValues = typeof NEW_CODE;

/**
 * Voucher codes: suggest from a pattern, edit, add; the core refuses a code someone else holds and names them.
 * The generator (pattern, percent → codes.suggest) and the new code (→ codes.add) are two forms checked by their
 * methods' own schemas (useContractForm): a problem shows at its field in the user's language and nothing is sent.
 */
export function CodesTab({ detail, onChanged }: TabProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [taken, setTaken] = useState(false);
  const [confirmNode, ask] = useConfirm();

  const entry = useContractForm({
    initialValues: NEW_CODE,
    schema: contract['codes.add'].input,
    toInput: (v: CodeValues) => ({ collaborationId: detail.id, code: v.code.trim(), discountDescription: v.discountDescription.trim(), validFrom: v.validFrom || null, validTo: v.validTo || null }),
    fields: ['code', 'discountDescription', 'validFrom', 'validTo'],
    save: async (input) => {
      try {
        await api.call('codes.add', input);
      } catch (err) {
        // a code someone else holds (the message names them), or a spelling the core refuses: at the code
        if (err instanceof ApiError && (err.code === 'CONFLICT' || (err.code === 'INVALID_INPUT' && !err.field))) {
          entry.form.setFieldError('code', errorMessage(err));
          return false;
        }
        throw err;
      }
      showDone(t('codes.added', { code: input.code.toUpperCase() }));
      entry.load(NEW_CODE);
      setTaken(false);
      onChanged();
      return true;
    },
  });
  // a code typed or suggested but not added is unsaved input of the card (the drawer asks before closing)
  useDirtyForm(entry.form.isDirty(), entry.persist);

  const generator = useContractForm({
    initialValues: { pattern: '{HANDLE}{PERCENT}', percent: 15 as number | null },
    schema: contract['codes.suggest'].input,
    toInput: (v: { pattern: string; percent: number | null }) => ({ collaborationId: detail.id, pattern: v.pattern.trim() || '{HANDLE}{PERCENT}', percent: v.percent ?? undefined }),
    fields: ['pattern', 'percent'],
    save: async (input) => {
      const r = await api.call('codes.suggest', input);
      const discount = entry.form.getValues().discountDescription;
      entry.form.setValues({ code: r.code, ...(!discount && input.percent != null ? { discountDescription: t('codes.discountDefault', { percent: fmt.number(input.percent) }) } : {}) });
      entry.form.clearErrors();
      setTaken(r.taken);
      return true;
    },
  });
  const code = entry.form.values.code;

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
      <AddPanel title={t('codes.new')} addLabel={t('codes.add')} onAdd={() => void entry.persist()} disabled={code.trim().length < 1} loading={entry.busy}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('codes.pattern')} description={t('codes.patternHint')} {...generator.form.getInputProps('pattern')} style={{ flex: 1 }} styles={MONO} />
          <NumberField label={t('codes.percent')} max={100} compact={false} unit="%" w={90} {...generator.number('percent')} />
          <Button variant="light" leftSection={<IconSparkles size={16} />} onClick={() => void generator.persist()} loading={generator.busy}>
            {t('codes.suggest')}
          </Button>
        </Group>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('codes.code')}
            value={code}
            onChange={(e) => {
              entry.form.setFieldValue('code', e.currentTarget.value.toUpperCase());
              setTaken(false);
            }}
            error={entry.error('code') || (taken ? t('codes.takenHint') : undefined)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontWeight: 600, letterSpacing: '0.04em' } }}
          />
          <TextInput label={t('codes.discount')} placeholder={t('codes.discountPlaceholder')} {...entry.form.getInputProps('discountDescription')} />
          <DateField label={t('codes.validFrom')} value={entry.form.values.validFrom} onChange={(d) => entry.form.setFieldValue('validFrom', d ?? '')} error={entry.error('validFrom')} />
          <DateField label={t('codes.validTo')} value={entry.form.values.validTo} onChange={(d) => entry.form.setFieldValue('validTo', d ?? '')} error={entry.error('validTo')} />
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
