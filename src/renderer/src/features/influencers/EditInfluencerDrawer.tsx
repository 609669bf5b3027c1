import { ActionIcon, Button, Checkbox, Divider, Drawer, Group, MultiSelect, Paper, Radio, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { influencerInput, type InfluencerDetail, type InfluencerInput } from '../../../../shared/contract';
import { detailToInput } from '../../../../shared/influencer-input';
import { DELIVERABLE_KINDS, NICHES, PLATFORMS } from '../../../../shared/domain';
import { MoneyField, NumberField } from '../../components/NumberField';
import { influencerActions } from './queries';
import { useCloseGuard } from '../../lib/unsaved';
import { keepEnterInPickers } from '../../lib/forms';
import { useContractForm } from '../../lib/contractForm';
import { toForm, toInput, type ChannelForm } from './influencerForm';
import { FormFooter } from '../../components/FormFooter';
import { ChoiceSelect } from '../../components/ChoiceSelect';


function Group2({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} fz="sm" fw={650} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

/** The error keys the drawer shows; problems deeper in the audience or the rates show on their group. */
const FIELDS = [
  'name', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language', 'niches', 'tags', 'notes', 'channels',
  ...['platform', 'handle', 'url', 'followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews'].map((f) => `channels.#.${f}`),
  'audience', 'rates',
];

export function EditInfluencerDrawer({ detail, opened, onClose }: { detail: InfluencerDetail; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const update = influencerActions.update;
  const { form, busy, persist, submit, load, error: err, number } = useContractForm({
    initialValues: toForm(detail),
    schema: influencerInput,
    toInput,
    fields: FIELDS,
    /** Saves what changed; true when there was nothing to save or it was saved. */
    save: async (after) => {
      const before = detailToInput(detail);
      const patch: Partial<InfluencerInput> = {};
      const previous: Partial<InfluencerInput> = {};
      for (const k of Object.keys(after) as (keyof typeof after)[]) {
        if (JSON.stringify(after[k]) !== JSON.stringify(before[k])) {
          (patch as Record<string, unknown>)[k] = after[k];
          (previous as Record<string, unknown>)[k] = before[k];
        }
      }
      if (!Object.keys(patch).length) return true;
      await update(detail.id, patch, previous, after.name);
      return true;
    },
  });
  const v = form.values;

  useEffect(() => {
    if (opened) load(toForm(detail));
    // Only when the drawer opens: a background refresh must not wipe the user's typing.
  }, [opened]);

  const setChannel = (i: number, patch: Partial<ChannelForm>) =>
    form.setFieldValue('channels', v.channels.map((c, j) => (j === i ? { ...c, ...patch } : patch.isPrimary ? { ...c, isPrimary: false } : c)));
  const text = (k: 'name' | 'email' | 'phone' | 'street' | 'postalCode' | 'city' | 'notes') => form.getInputProps(k);
  const channelText = (i: number, k: 'handle' | 'url') => ({ value: v.channels[i]![k], onChange: (e: ChangeEvent<HTMLInputElement>) => form.setFieldValue(`channels.${i}.${k}`, e.currentTarget.value), error: err(`channels.${i}.${k}`) });

  const guard = useCloseGuard({ dirty: opened && form.isDirty(), save: persist });
  const requestClose = () => guard.requestClose(onClose);

  return (
    <Drawer
      opened={opened}
      onClose={requestClose}
      position="right"
      size={720}
      title={<Text fw={650} truncate>{t('influencers.edit.title', { name: detail.name })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      overlayProps={{ backgroundOpacity: 0.3, blur: 1 }}
    >
      <form onSubmit={submit(() => {
        guard.saved();
        onClose();
      })} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="lg" pb={80}>
          <Group2 title={t('influencers.edit.person')}>
            <TextInput label={t('influencers.create.name')} required data-autofocus {...text('name')} />
            <SimpleGrid cols={2}>
              <TextInput label={t('influencers.create.email')} type="email" {...text('email')} />
              <TextInput label={t('influencers.create.phone')} {...text('phone')} />
            </SimpleGrid>
          </Group2>
          <Group2 title={t('influencers.edit.shipping')}>
            <TextInput label={t('influencers.edit.street')} {...text('street')} />
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <TextInput label={t('influencers.edit.postalCode')} {...text('postalCode')} />
              <TextInput label={t('influencers.create.city')} {...text('city')} />
              <TextInput
                label={t('influencers.create.country')}
                maxLength={2}
                placeholder="DE"
                value={v.country}
                onChange={(e) => form.setFieldValue('country', e.currentTarget.value.toUpperCase())}
                error={err('country')}
              />
              <TextInput
                label={t('influencers.edit.language')}
                maxLength={2}
                placeholder="de"
                value={v.language}
                onChange={(e) => form.setFieldValue('language', e.currentTarget.value.toLowerCase())}
                error={err('language')}
              />
            </SimpleGrid>
          </Group2>
          <Group2 title={t('influencers.edit.profile')}>
            <MultiSelect
              label={t('influencers.create.niches')}
              data={[...new Set([...NICHES, ...v.niches])].map((x) => ({ value: x, label: t(`niches.${x}`, { defaultValue: x }) }))}
              value={v.niches}
              onChange={(x) => form.setFieldValue('niches', x)}
              error={err('niches')}
              searchable
              clearable
            />
            <TagsInput label={t('influencers.profile.tags')} description={t('influencers.edit.tagsHint')} value={v.tags} onChange={(x) => form.setFieldValue('tags', x)} error={err('tags')} clearable />
            <Textarea label={t('influencers.create.notes')} autosize minRows={3} maxRows={10} {...text('notes')} />
          </Group2>
          <Divider />
          <Group2
            title={t('influencers.profile.channels')}
            action={
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  form.setFieldValue('channels', [
                    ...v.channels,
                    { platform: 'instagram', handle: '', url: '', followers: 0, avgLikes: 0, avgComments: 0, avgShares: 0, avgViews: 0, isPrimary: v.channels.length === 0 },
                  ])
                }
              >
                {t('influencers.edit.addChannel')}
              </Button>
            }
          >
            {err('channels') && (
              <Text c="red" size="sm">
                {err('channels')}
              </Text>
            )}
            {v.channels.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('influencers.profile.noChannels')}
              </Text>
            )}
            {v.channels.map((c, i) => (
              <Paper key={i} withBorder p="sm" radius="md" bg="gray.0">
                <Stack gap="xs">
                  <Group gap="xs" align="flex-end" wrap="nowrap">
                    <ChoiceSelect label={t('influencers.create.platform')} values={PLATFORMS} labelOf={(x) => t(`platforms.${x}`)} value={c.platform} onChange={(x) => setChannel(i, { platform: x })} w={150} error={err(`channels.${i}.platform`)} />
                    <TextInput
                      label={t('influencers.create.handle')}
                      leftSection="@"
                      {...channelText(i, 'handle')}
                      style={{ flex: 1 }}
                    />
                    <Radio
                      label={t('influencers.profile.primary')}
                      checked={c.isPrimary}
                      onChange={() => setChannel(i, { isPrimary: true })}
                      mb={8}
                      name="primary-channel"
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mb={4}
                      aria-label={t('influencers.edit.removeChannel', { handle: c.handle || i + 1 })}
                      onClick={() => form.setFieldValue('channels', v.channels.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                  <TextInput label={t('influencers.edit.url')} placeholder="https://" {...channelText(i, 'url')} />
                  <SimpleGrid cols={5} spacing="xs">
                    <NumberField label={t('influencers.create.followers')} {...number(`channels.${i}.followers`)} />
                    <NumberField label={t('influencers.create.avgLikes')} {...number(`channels.${i}.avgLikes`)} />
                    <NumberField label={t('influencers.create.avgComments')} {...number(`channels.${i}.avgComments`)} />
                    <NumberField label={t('influencers.edit.avgShares')} {...number(`channels.${i}.avgShares`)} />
                    <NumberField label={t('influencers.profile.channelColumns.avgViews')} {...number(`channels.${i}.avgViews`)} />
                  </SimpleGrid>
                </Stack>
              </Paper>
            ))}
          </Group2>
          <Divider />
          <Group2 title={t('influencers.audience.title')}>
            <Checkbox label={t('influencers.edit.hasAudience')} checked={v.hasAudience} onChange={(e) => form.setFieldValue('hasAudience', e.currentTarget.checked)} />
            {err('audience') && (
              <Text c="red" size="sm">
                {err('audience')}
              </Text>
            )}
            {v.hasAudience && (
              <>
                <Text size="sm" fw={600}>
                  {t('influencers.audience.countries')}
                </Text>
                {v.topCountries.map((c, i) => (
                  <Group key={i} gap="xs" wrap="nowrap">
                    <TextInput
                      aria-label={t('influencers.edit.audienceCountry', { index: i + 1 })}
                      placeholder="DE"
                      maxLength={2}
                      w={80}
                      value={c.country}
                      onChange={(e) => form.setFieldValue('topCountries', v.topCountries.map((x, j) => (j === i ? { ...x, country: e.currentTarget.value.toUpperCase() } : x)))}
                    />
                    <NumberField
                      aria-label={t('influencers.edit.audienceShare', { index: i + 1 })}
                      kind="percent"
                      max={10_000}
                      unit="%"
                      w={110}
                      value={c.share}
                      onChange={(x) => form.setFieldValue('topCountries', v.topCountries.map((y, j) => (j === i ? { ...y, share: x } : y)))}
                    />
                    <ActionIcon variant="subtle" color="gray" aria-label={t('common.delete')} onClick={() => form.setFieldValue('topCountries', v.topCountries.filter((_, j) => j !== i))}>
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Group>
                ))}
                <Button size="compact-sm" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.setFieldValue('topCountries', [...v.topCountries, { country: '', share: null }])} disabled={v.topCountries.length >= 10}>
                  {t('influencers.edit.addCountry')}
                </Button>
                <Text size="sm" fw={600}>
                  {t('influencers.audience.age')}
                </Text>
                <SimpleGrid cols={5} spacing="xs">
                  {Object.keys(v.ageBands).map((band) => (
                    <NumberField
                      key={band}
                      label={band}
                      kind="percent"
                      max={10_000}
                      unit="%"
                      value={v.ageBands[band]}
                      onChange={(x) => form.setFieldValue('ageBands', { ...v.ageBands, [band]: x })}
                    />
                  ))}
                </SimpleGrid>
                <Text size="sm" fw={600}>
                  {t('influencers.audience.gender')}
                </Text>
                <SimpleGrid cols={3} spacing="xs">
                  {(['female', 'male', 'other'] as const).map((g) => (
                    <NumberField
                      key={g}
                      label={t(`influencers.audience.${g}`)}
                      kind="percent"
                      max={10_000}
                      unit="%"
                      value={v[g]}
                      onChange={(x) => form.setFieldValue(g, x)}
                    />
                  ))}
                </SimpleGrid>
              </>
            )}
          </Group2>
          <Divider />
          <Group2
            title={t('influencers.rates.title')}
            action={
              <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.setFieldValue('rates', [...v.rates, { kind: 'post', amount: null, currency: 'EUR' }])}>
                {t('influencers.edit.addRate')}
              </Button>
            }
          >
            {err('rates') && (
              <Text c="red" size="sm">
                {err('rates')}
              </Text>
            )}
            {v.rates.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('influencers.rates.none')}
              </Text>
            )}
            {v.rates.map((r, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                <Select
                  label={i === 0 ? t('influencers.rates.kind') : undefined}
                  aria-label={t('influencers.rates.kind')}
                  data={[...new Set([...DELIVERABLE_KINDS, r.kind])].map((k) => ({ value: k, label: t(`influencers.rates.kinds.${k}`, { defaultValue: k }) }))}
                  value={r.kind}
                  onChange={(x) => x && form.setFieldValue('rates', v.rates.map((y, j) => (j === i ? { ...y, kind: x } : y)))}
                  allowDeselect={false}
                  w={170}
                />
                <MoneyField
                  label={i === 0 ? t('influencers.rates.amount') : undefined}
                  aria-label={t('influencers.rates.amount')}
                  currency={r.currency || 'EUR'}
                  value={r.amount}
                  onChange={(x) => form.setFieldValue('rates', v.rates.map((y, j) => (j === i ? { ...y, amount: x } : y)))}
                  style={{ flex: 1 }}
                />
                <TextInput
                  label={i === 0 ? t('influencers.rates.currency') : undefined}
                  aria-label={t('influencers.rates.currency')}
                  maxLength={3}
                  w={80}
                  value={r.currency}
                  onChange={(e) => form.setFieldValue('rates', v.rates.map((y, j) => (j === i ? { ...y, currency: e.currentTarget.value.toUpperCase() } : y)))}
                />
                <ActionIcon variant="subtle" color="gray" mb={4} aria-label={t('common.delete')} onClick={() => form.setFieldValue('rates', v.rates.filter((_, j) => j !== i))}>
                  <IconTrash size={15} />
                </ActionIcon>
              </Group>
            ))}
          </Group2>
        </Stack>
        <FormFooter
          gap="sm"
          py="sm"
          style={{ position: 'sticky', bottom: 0, background: 'white', borderTop: '1px solid var(--mantine-color-gray-2)', marginInline: 'calc(var(--mantine-spacing-md) * -1)', paddingInline: 'var(--mantine-spacing-md)' }}
          onCancel={requestClose}
          busy={busy}
          submitLabel={t('influencers.edit.save')}
        />
      </form>
    </Drawer>
  );
}
