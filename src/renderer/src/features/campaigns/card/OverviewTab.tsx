import { ActionIcon, Button, Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type CollaborationDetail } from '../../../../../shared/contract';
import { COLLAB_TYPES, DELIVERABLE_KINDS, PAYMENT_STATUSES, type DeliverableKind, type PaymentStatus } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { daysFromToday } from '../../../lib/format';
import { appToday } from '../../../lib/today';
import { MoneyField, NumberField } from '../../../components/NumberField';
import { useContractForm } from '../../../lib/contractForm';
import { showDone } from '../../../lib/notify';
import { offerDeadlineUndo } from '../../../lib/deadlineUndo';
import { SectionTitle } from './shared';
import { useDirtyForm } from '../../../lib/unsaved';
import { DateField } from '../../../components/DateField';
import { ChoiceSelect, CurrencySelect } from '../../../components/ChoiceSelect';

type Num = number | null;
interface Deliverable {
  id?: number;
  kind: DeliverableKind;
  count: Num;
  dueDate: string;
  doneAt: string | null;
}

function fromDetail(d: CollaborationDetail) {
  return {
    type: d.type,
    fee: d.feeMinor as Num,
    productValue: d.productValueMinor as Num,
    commission: d.commissionBp as Num,
    currency: d.currency,
    paymentStatus: d.paymentStatus,
    invoicedOn: d.invoicedOn ?? '',
    paidOn: d.paidOn ?? '',
    invoiceNumber: d.invoiceNumber ?? '',
    vatRate: d.vatRateBp as Num,
    ksk: d.ksk,
    paymentDueOn: d.paymentDueOn ?? '',
    startDate: d.startDate ?? '',
    notes: d.notes,
    deliverables: d.deliverables.map((x): Deliverable => ({ id: x.id, kind: x.kind, count: x.count, dueDate: x.dueDate ?? '', doneAt: x.doneAt })),
  };
}
type Values = ReturnType<typeof fromDetail>;

/** The error keys the tab shows (the choices without one are left to the core's notification). */
const FIELDS = ['fee', 'productValue', 'commission', 'invoicedOn', 'paidOn', 'invoiceNumber', 'vatRate', 'paymentDueOn', 'startDate', 'notes', 'deliverables'];

/** The values as `collaborations.update`'s input. */
function toInput(id: number, v: Values) {
  return {
    id,
    type: v.type,
    feeMinor: v.fee ?? 0,
    productValueMinor: v.productValue ?? 0,
    commissionBp: v.commission ?? 0,
    currency: v.currency,
    paymentStatus: v.paymentStatus,
    invoicedOn: v.invoicedOn || null,
    paidOn: v.paidOn || null,
    invoiceNumber: v.invoiceNumber.trim() || null,
    vatRateBp: v.vatRate,
    ksk: v.ksk,
    paymentDueOn: v.paymentDueOn || null,
    startDate: v.startDate || null,
    notes: v.notes,
    deliverables: v.deliverables.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      kind: d.kind,
      count: d.count ?? 1,
      dueDate: d.dueDate || null,
      doneAt: d.doneAt || null,
    })),
  };
}

/** Compensation, payment, deliverables and notes of a card; saved together. */
export function OverviewTab({ detail, onSaved }: { detail: CollaborationDetail; onSaved(): void }) {
  const { t } = useTranslation();
  const initial = useMemo(() => fromDetail(detail), [detail]);
  const { form, busy, persist, load, error, number } = useContractForm({
    initialValues: initial,
    schema: contract['collaborations.update'].input,
    toInput: (values: Values) => toInput(detail.id, values),
    fields: FIELDS,
    // the form's keys are shorter than the input's for the numbers
    aliases: { feeMinor: 'fee', productValueMinor: 'productValue', commissionBp: 'commission', vatRateBp: 'vatRate' },
    save: async (input) => {
      const r = await api.call('collaborations.update', input);
      if (r.moved.length) offerDeadlineUndo(r.moved, onSaved);
      else showDone(t('card.saved'));
      onSaved();
      return true;
    },
  });
  const v = form.values;
  // a saved or refreshed card is the new "unchanged"
  useEffect(() => load(initial), [initial]);
  const dirty = form.isDirty();

  const set = <K extends keyof Values>(k: K, value: Values[K]) => form.setFieldValue(k, value as never);
  const setDel = (i: number, patch: Partial<Deliverable>) => set('deliverables', v.deliverables.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const setPayment = (s: PaymentStatus) => {
    const today = appToday();
    form.setValues((o) => ({
      paymentStatus: s,
      invoicedOn: (s === 'invoiced' || s === 'paid') && !o.invoicedOn ? today : o.invoicedOn,
      paidOn: s === 'paid' && !o.paidOn ? today : o.paidOn,
    }));
  };

  useDirtyForm(dirty, persist);

  return (
    <Stack gap="md">
      <SimpleGrid cols={2}>
        <ChoiceSelect label={t('card.type')} values={COLLAB_TYPES} labelOf={(x) => t(`collabTypes.${x}`)} value={v.type} onChange={(x) => set('type', x)} comboboxProps={{ withinPortal: true }} />
        <DateField label={t('card.startDate')} value={v.startDate} onChange={(d) => set('startDate', d ?? '')} error={error('startDate')} />
      </SimpleGrid>

      <div>
        <SectionTitle>{t('card.compensation')}</SectionTitle>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <MoneyField label={t('card.fee')} currency={v.currency} {...number('fee')} />
          <MoneyField label={t('card.productValue')} currency={v.currency} {...number('productValue')} />
          <NumberField label={t('card.commission')} kind="percent" max={10_000} unit="%" {...number('commission')} />
          <CurrencySelect label={t('campaigns.create.currency')} value={v.currency} onChange={(x) => set('currency', x)} comboboxProps={{ withinPortal: true }} />
        </SimpleGrid>
      </div>

      <div>
        <SectionTitle>{t('card.payment')}</SectionTitle>
        <Stack gap="xs">
          <SegmentedControl
            value={v.paymentStatus}
            onChange={(x) => setPayment(x as PaymentStatus)}
            data={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`card.paymentStatus.${s}`) }))}
            aria-label={t('card.payment')}
            fullWidth
          />
          <SimpleGrid cols={2}>
            <DateField label={t('card.invoicedOn')} value={v.invoicedOn} onChange={(d) => set('invoicedOn', d ?? '')} disabled={v.paymentStatus === 'proposed' || v.paymentStatus === 'agreed'} error={error('invoicedOn')} />
            <DateField label={t('card.paidOn')} value={v.paidOn} onChange={(d) => set('paidOn', d ?? '')} disabled={v.paymentStatus !== 'paid'} error={error('paidOn')} />
            <TextInput
              label={t('card.invoiceNumber')}
              value={v.invoiceNumber}
              onChange={(e) => set('invoiceNumber', e.currentTarget.value)}
              disabled={v.paymentStatus === 'agreed'}
              error={error('invoiceNumber')}
            />
            <DateField
              label={t('card.paymentDueOn')}
              value={v.paymentDueOn}
              onChange={(d) => set('paymentDueOn', d ?? '')}
              disabled={v.paymentStatus === 'agreed'}
              error={error('paymentDueOn')}
            />
            <NumberField
              label={t('card.vatRate')}
              description={t('card.vatRateHint')}
              kind="percent"
              max={10_000}
              unit="%"
              {...number('vatRate')}
            />
            <Checkbox mt={30} label={t('card.ksk')} description={t('card.kskHint')} checked={v.ksk} onChange={(e) => set('ksk', e.currentTarget.checked)} />
          </SimpleGrid>
        </Stack>
      </div>

      <div>
        <SectionTitle
          right={
            <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => set('deliverables', [...v.deliverables, { kind: 'post', count: 1, dueDate: '', doneAt: null }])}>
              {t('card.addDeliverable')}
            </Button>
          }
        >
          {t('card.deliverables')}
        </SectionTitle>
        {v.deliverables.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('card.noDeliverables')}
          </Text>
        ) : (
          <Stack gap={6}>
            {v.deliverables.map((d, i) => {
              const overdue = !d.doneAt && d.dueDate && daysFromToday(d.dueDate) < 0;
              return (
                <Paper key={d.id ?? `new-${i}`} withBorder radius="sm" p={6} className="deliverable-row" data-done={d.doneAt ? true : undefined}>
                  <Group gap={6} wrap="nowrap" align="center">
                    <Checkbox
                      aria-label={t('card.deliverableDone')}
                      checked={!!d.doneAt}
                      onChange={(e) => setDel(i, { doneAt: e.currentTarget.checked ? appToday() : null })}
                    />
                    <Select
                      aria-label={t('card.deliverableKind')}
                      data={DELIVERABLE_KINDS.map((k) => ({ value: k, label: t(`card.kinds.${k}`) }))}
                      value={d.kind}
                      onChange={(x) => x && setDel(i, { kind: x as DeliverableKind })}
                      allowDeselect={false}
                      size="xs"
                      w={110}
                      comboboxProps={{ withinPortal: true }}
                    />
                    <NumberField aria-label={t('card.deliverableCount')} size="xs" w={64} min={1} max={100} compact={false} value={d.count} onChange={(x) => setDel(i, { count: x })} />
                    <DateField
                      aria-label={t('card.deliverableDue')}
                      size="xs"
                      style={{ flex: 1 }}
                      value={d.dueDate}
                      onChange={(x) => setDel(i, { dueDate: x ?? '' })}
                      styles={overdue ? { input: { color: 'var(--mantine-color-red-7)', fontWeight: 600 } } : undefined}
                    />
                    <ActionIcon variant="subtle" color="gray" aria-label={t('card.removeDeliverable')} onClick={() => set('deliverables', v.deliverables.filter((_, j) => j !== i))}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        )}
        {error('deliverables') && (
          <Text size="xs" c="red" mt={4}>
            {error('deliverables')}
          </Text>
        )}
      </div>

      <Textarea label={t('card.notes')} autosize minRows={3} maxRows={10} value={v.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={error('notes')} />

      <Group justify="flex-end" gap="sm" className="drawer-save-bar">
        {dirty && (
          <Button variant="default" onClick={() => load(initial)}>
            {t('card.discard')}
          </Button>
        )}
        <Button onClick={() => void persist()} loading={busy} disabled={!dirty}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
