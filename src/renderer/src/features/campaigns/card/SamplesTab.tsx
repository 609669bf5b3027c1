import { ActionIcon, Anchor, Autocomplete, Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, type MantineColor } from '@mantine/core';
import { IconExternalLink, IconPackage, IconPlus, IconTrash, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract, type CollaborationDetail, type SampleDto } from '../../../../../shared/contract';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { appToday } from '../../../lib/today';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import { CARRIERS, trackingUrl } from './content';
import { MoneyField, NumberField } from '../../../components/NumberField';
import { useContractForm } from '../../../lib/contractForm';
import { DraftForm, DraftList, RowActions, useDraft } from './shared';
import { useDirtyForm } from '../../../lib/unsaved';
import { DateField } from '../../../components/DateField';

export const STATUS_COLORS: Record<ShipmentStatus, MantineColor> = { planned: 'gray', shipped: 'blue', delivered: 'teal', returned: 'orange' };

type ItemDraft = {
  name: string;
  sku?: string;
  quantity: number | null;
  valueMinor: number | null;
};
type Draft = {
  id?: number;
  items: ItemDraft[];
  shippingCostMinor: number | null;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  shippedOn: string;
  deliveredOn: string;
  returnedOn: string;
  notes: string;
};

/** The error keys the form shows (the draft's keys are the input's). */
const FIELDS = ['items', 'items.#.name', 'items.#.quantity', 'items.#.valueMinor', 'shippingCostMinor', 'carrier', 'trackingNumber', 'shippedOn', 'deliveredOn', 'returnedOn', 'notes'];

function itemsLabel(s: Pick<SampleDto, 'items'>): string {
  return s.items.map((i) => (i.quantity > 1 ? `${i.quantity}× ${i.name}` : i.name)).join(', ');
}

/** Product samples sent to this collaboration: list, add/edit form, remove. */
export function SamplesTab({ detail, samples, onChanged }: { detail: CollaborationDetail; samples: SampleDto[] | null; onChanged(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { draft, setDraft, form, remove: removeEntry, confirmNode } = useDraft<Draft>(onChanged);
  const currency = detail.currency;

  const blank = (): Draft => ({ items: [{ name: '', quantity: 1, valueMinor: null }], shippingCostMinor: null, carrier: '', trackingNumber: '', status: 'planned', shippedOn: '', deliveredOn: '', returnedOn: '', notes: '' });
  const fromSample = (s: SampleDto): Draft => ({
    id: s.id,
    items: s.items.map((i) => ({ name: i.name, ...(i.sku ? { sku: i.sku } : {}), quantity: i.quantity, valueMinor: i.valueMinor || null })),
    shippingCostMinor: s.shippingCostMinor || null,
    carrier: s.carrier ?? '',
    trackingNumber: s.trackingNumber ?? '',
    status: s.status,
    shippedOn: s.shippedOn ?? '',
    deliveredOn: s.deliveredOn ?? '',
    returnedOn: s.returnedOn ?? '',
    notes: s.notes,
  });

  const remove = (s: SampleDto) =>
    removeEntry(s.id, {
      title: t('samples.removeTitle'),
      message: t('samples.removeText', { items: itemsLabel(s) }),
      done: t('samples.removed'),
      remove: () => api.call('samples.remove', { id: s.id }),
    });

  const list = samples ?? [];
  const sent = list.filter((s) => s.status !== 'planned');
  const sentValue = sent.reduce((a, s) => a + s.valueMinor, 0);
  const sentShipping = sent.reduce((a, s) => a + s.shippingCostMinor, 0);

  return (
    <Stack gap="md">
      {confirmNode}
      {form && <SampleForm key={form.initial.id ?? 'new'} {...form} collaborationId={detail.id} currency={list.find((s) => s.id === form.initial.id)?.currency ?? currency} />}
      <DraftList
        count={list.length}
        loaded={!!samples}
        drafting={!!draft}
        onAdd={() => setDraft(blank())}
        addLabel={t('samples.add')}
        title={t('samples.list', { count: list.length })}
        empty={{ icon: <IconPackage size={22} />, title: t('samples.empty'), description: t('samples.emptyHint'), testId: 'samples-empty' }}
      >
        <Stack gap={6}>
          {list.map((s) => (
            <SampleRow key={s.id} sample={s} editing={draft?.id === s.id} onEdit={() => setDraft(fromSample(s))} onRemove={() => void remove(s)} />
          ))}
        </Stack>
        <Text size="xs" c="dimmed" mt="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('samples.total', { value: fmt.money(sentValue, currency), shipping: fmt.money(sentShipping, currency) })}
          {sent.length < list.length && <> · {t('samples.notCounted')}</>}
        </Text>
      </DraftList>
    </Stack>
  );
}

function SampleRow({ sample: s, editing, onEdit, onRemove }: { sample: SampleDto; editing: boolean; onEdit(): void; onRemove(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items = itemsLabel(s);
  const url = trackingUrl(s.carrier, s.trackingNumber);
  const dates = [
    s.shippedOn && t('samples.shippedShort', { date: fmt.date(s.shippedOn) }),
    s.deliveredOn && t('samples.deliveredShort', { date: fmt.date(s.deliveredOn) }),
    s.returnedOn && t('samples.returnedShort', { date: fmt.date(s.returnedOn) }),
  ].filter(Boolean);
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="sample-row" data-editing={editing || undefined} style={editing ? { borderColor: 'var(--mantine-color-brand-4)' } : undefined}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap">
            <Badge size="sm" variant="light" color={STATUS_COLORS[s.status]} style={{ flexShrink: 0 }}>
              {t(`samples.statuses.${s.status}`)}
            </Badge>
            <Text size="sm" fw={600} truncate title={items}>
              {items}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            <Text span size="xs" fw={600} c="dark.5">
              {fmt.money(s.valueMinor, s.currency)}
            </Text>{' '}
            · {t('samples.shipping', { value: fmt.money(s.shippingCostMinor, s.currency) })}
            {dates.length > 0 && <> · {dates.join(' · ')}</>}
          </Text>
          {(s.carrier || s.trackingNumber) && (
            <Group gap={6} wrap="nowrap">
              <IconTruckDelivery size={14} color="var(--mantine-color-gray-6)" aria-hidden="true" style={{ flexShrink: 0 }} />
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {s.carrier ?? t('common.none')}
              </Text>
              {s.trackingNumber &&
                (url ? (
                  <Anchor
                    href={url}
                    target="_blank"
                    rel="noreferrer"
                    size="xs"
                    ff="monospace"
                    aria-label={t('samples.track', { carrier: s.carrier, number: s.trackingNumber })}
                    data-testid="tracking-link"
                    style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {s.trackingNumber}
                    <IconExternalLink size={11} style={{ marginLeft: 3, verticalAlign: -1 }} aria-hidden="true" />
                  </Anchor>
                ) : (
                  <Text size="xs" ff="monospace" c="dimmed" truncate>
                    {s.trackingNumber}
                  </Text>
                ))}
            </Group>
          )}
          {s.notes && (
            <Text size="xs" c="dimmed" fs="italic" style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
              {s.notes}
            </Text>
          )}
        </Stack>
        <RowActions
          editTip={t('samples.edit')}
          editLabel={t('samples.editNamed', { items })}
          removeLabel={t('samples.removeNamed', { items })}
          editing={editing}
          onEdit={onEdit}
          onRemove={onRemove}
        />
      </Group>
    </Paper>
  );
}

/** The add/edit form; money is typed as text in major units and parsed to minor units without floats. */
export function SampleForm({
  initial,
  collaborationId,
  currency,
  onCancel,
  onSaved,
}: {
  initial: Draft;
  collaborationId: number;
  currency: string;
  onCancel(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { form, busy, persist, error, number } = useContractForm({
    initialValues: initial,
    schema: contract['samples.save'].input,
    toInput: (v: Draft) => ({
      ...(v.id ? { id: v.id } : {}),
      collaborationId,
      items: v.items.map((it) => ({
        name: it.name.trim(),
        ...(it.sku ? { sku: it.sku } : {}),
        quantity: it.quantity ?? 1,
        valueMinor: it.valueMinor ?? 0,
      })),
      shippingCostMinor: v.shippingCostMinor ?? 0,
      currency,
      carrier: v.carrier.trim() || null,
      trackingNumber: v.trackingNumber.trim() || null,
      status: v.status,
      shippedOn: v.shippedOn || null,
      deliveredOn: v.deliveredOn || null,
      returnedOn: v.returnedOn || null,
      notes: v.notes,
    }),
    fields: FIELDS,
    save: async (input) => {
      await api.call('samples.save', input);
      showDone(t('samples.saved'));
      onSaved();
      return true;
    },
  });
  const v = form.values;
  const set = <K extends keyof Draft & string>(k: K, value: Draft[K]) => form.setFieldValue(k, value as never);
  const setItem = (i: number, patch: Partial<ItemDraft>) => set('items', v.items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const setStatus = (s: ShipmentStatus) => {
    const today = appToday();
    form.setValues((o) => ({
      status: s,
      shippedOn: s !== 'planned' && !o.shippedOn ? today : o.shippedOn,
      deliveredOn: (s === 'delivered' || s === 'returned') && !o.deliveredOn ? today : o.deliveredOn,
      returnedOn: s === 'returned' && !o.returnedOn ? today : o.returnedOn,
    }));
  };

  const goods = v.items.reduce((sum, it) => sum + (Number.isNaN(it.valueMinor) ? 0 : (it.valueMinor ?? 0)) * Math.max(1, Number.isNaN(it.quantity) ? 1 : (it.quantity ?? 1)), 0);

  useDirtyForm(form.isDirty(), persist);

  return (
    <DraftForm title={v.id ? t('samples.edit') : t('samples.new')} testId="sample-form" onSave={() => void persist()} onCancel={onCancel} busy={busy} saveLabel={t('samples.save')}>
      <div>
        <Stack gap={6}>
          {v.items.map((it, i) => (
            <Group key={i} gap={6} wrap="nowrap" align="flex-start">
              <TextInput
                label={i === 0 ? t('samples.itemName') : undefined}
                aria-label={i === 0 ? undefined : t('samples.itemName')}
                placeholder={t('samples.itemPlaceholder')}
                value={it.name}
                onChange={(e) => setItem(i, { name: e.currentTarget.value })}
                error={error(`items.${i}.name`)}
                style={{ flex: 1 }}
                data-autofocus={i === 0 || undefined}
              />
              <NumberField
                label={i === 0 ? t('samples.quantity') : undefined}
                aria-label={i === 0 ? undefined : t('samples.quantity')}
                w={72}
                min={1}
                max={1000}
                compact={false}
                {...number(`items.${i}.quantity`)}
              />
              <MoneyField
                label={i === 0 ? t('samples.unitValue') : undefined}
                aria-label={i === 0 ? undefined : t('samples.unitValue')}
                w={140}
                currency={currency}
                {...number(`items.${i}.valueMinor`)}
                styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={i === 0 ? 28 : 4}
                disabled={v.items.length === 1}
                aria-label={t('samples.removeItem')}
                onClick={() => set('items', v.items.filter((_, j) => j !== i))}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <Group justify="space-between" mt={6}>
          <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => set('items', [...v.items, { name: '', quantity: 1, valueMinor: null }])}>
            {t('samples.addItem')}
          </Button>
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="sample-goods-value">
            {t('samples.itemsValue', { value: fmt.money(goods, currency) })}
          </Text>
        </Group>
        {error('items') && (
          <Text size="xs" c="red" mt={4}>
            {error('items')}
          </Text>
        )}
      </div>

      <SegmentedControl
        value={v.status}
        onChange={(x) => setStatus(x as ShipmentStatus)}
        data={SHIPMENT_STATUSES.map((s) => ({ value: s, label: t(`samples.statuses.${s}`) }))}
        aria-label={t('samples.status')}
        fullWidth
        size="xs"
      />
      <SimpleGrid cols={3} spacing="xs">
        <DateField label={t('samples.shippedOn')} value={v.shippedOn} onChange={(d) => set('shippedOn', d ?? '')} error={error('shippedOn')} />
        <DateField label={t('samples.deliveredOn')} value={v.deliveredOn} onChange={(d) => set('deliveredOn', d ?? '')} error={error('deliveredOn')} />
        <DateField label={t('samples.returnedOn')} value={v.returnedOn} onChange={(d) => set('returnedOn', d ?? '')} error={error('returnedOn')} />
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="xs">
        <Autocomplete
          label={t('samples.carrier')}
          placeholder={t('samples.carrierPlaceholder')}
          data={[...CARRIERS]}
          value={v.carrier}
          onChange={(x) => set('carrier', x)}
          error={error('carrier')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput label={t('samples.trackingNumber')} value={v.trackingNumber} onChange={(e) => set('trackingNumber', e.currentTarget.value)} error={error('trackingNumber')} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }} />
        <MoneyField
          label={t('samples.shippingCost')}
          currency={currency}
          {...number('shippingCostMinor')}
          styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
        />
      </SimpleGrid>
      <Textarea label={t('samples.notes')} placeholder={t('samples.notesPlaceholder')} autosize minRows={2} maxRows={6} value={v.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={error('notes')} />
    </DraftForm>
  );
}
