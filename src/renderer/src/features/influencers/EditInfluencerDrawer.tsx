import { ActionIcon, Button, Checkbox, Divider, Drawer, Group, MultiSelect, Paper, Radio, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';

import { IconPlus, IconTrash } from '@tabler/icons-react';

import { useEffect, useState, type FormEvent, type ReactNode } from 'react';

import { useTranslation } from 'react-i18next';

import { detailToInput, type InfluencerDetail, type InfluencerInput } from '../../../../shared/contract';

import { DELIVERABLE_KINDS, NICHES, PLATFORMS } from '../../../../shared/domain';
import { handleFormError } from '../../api/errors';

import { MoneyField, NumberField, focusUnreadableNumber, hasUnreadableNumber } from '../../components/NumberField';

import { influencerActions } from './queries';

import { useCloseGuard } from '../../lib/unsaved';

import { keepEnterInPickers } from '../../lib/forms';

import { toForm, toInput, type FormState, type ChannelForm } from './influencerForm';

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

export function EditInfluencerDrawer({ detail, opened, onClose }: { detail: InfluencerDetail; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const update = influencerActions.update;
  const [v, setV] = useState<FormState>(() => toForm(detail));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const [start, setStart] = useState<FormState>(() => toForm(detail));
  useEffect(() => {
    if (opened) {
      const f = toForm(detail);
      setV(f);
      setStart(f);
      setErrors({});
    }
    // Only when the drawer opens: a background refresh must not wipe the user's typing.
  }, [opened]);

  const set = <K extends keyof FormState>(k: K, value: FormState[K]) => {
    setV((o) => ({ ...o, [k]: value }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };
  const setChannel = (i: number, patch: Partial<ChannelForm>) =>
    setV((o) => ({
      ...o,
      channels: o.channels.map((c, j) => (j === i ? { ...c, ...patch } : patch.isPrimary ? { ...c, isPrimary: false } : c)),
    }));
  const err = (k: string) => errors[k] || undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await persist()) {
      guard.saved();
      onClose();
    }
  };

  /** Saves what changed; true when there was nothing to save or it was saved. */
  const persist = async (): Promise<boolean> => {
    if (hasUnreadableNumber(v)) {
      focusUnreadableNumber();
      return false;
    }
    const before = detailToInput(detail);
    const after = toInput(v);
    const patch: Partial<InfluencerInput> = {};
    const previous: Partial<InfluencerInput> = {};
    for (const k of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(after[k]) !== JSON.stringify(before[k])) {
        (patch as Record<string, unknown>)[k] = after[k];
        (previous as Record<string, unknown>)[k] = before[k];
      }
    }
    if (!Object.keys(patch).length) return true;
    setBusy(true);
    try {
      await update(detail.id, patch, previous, after.name);
      setStart(v);
      return true;
    } catch (ex) {
      const known = [
        ...Object.keys(after),
        ...v.channels.flatMap((_, i) => ['platform', 'handle', 'url', 'followers', 'avgLikes', 'avgComments'].map((f) => `channels.${i}.${f}`)),
        'audience',
        'audience.gender',
      ];
      const fe = handleFormError(ex, known);
      // Errors deeper in the audience or rates are shown on the group.
      setErrors(fe);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const guard = useCloseGuard({ dirty: opened && JSON.stringify(v) !== JSON.stringify(start), save: persist });
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
      <form onSubmit={submit} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="lg" pb={80}>
          <Group2 title={t('influencers.edit.person')}>
            <TextInput label={t('influencers.create.name')} required data-autofocus value={v.name} onChange={(e) => set('name', e.currentTarget.value)} error={err('name')} />
            <SimpleGrid cols={2}>
              <TextInput label={t('influencers.create.email')} type="email" value={v.email} onChange={(e) => set('email', e.currentTarget.value)} error={err('email')} />
              <TextInput label={t('influencers.create.phone')} value={v.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={err('phone')} />
            </SimpleGrid>
          </Group2>
          <Group2 title={t('influencers.edit.shipping')}>
            <TextInput label={t('influencers.edit.street')} value={v.street} onChange={(e) => set('street', e.currentTarget.value)} error={err('street')} />
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <TextInput label={t('influencers.edit.postalCode')} value={v.postalCode} onChange={(e) => set('postalCode', e.currentTarget.value)} error={err('postalCode')} />
              <TextInput label={t('influencers.create.city')} value={v.city} onChange={(e) => set('city', e.currentTarget.value)} error={err('city')} />
              <TextInput
                label={t('influencers.create.country')}
                maxLength={2}
                placeholder="DE"
                value={v.country}
                onChange={(e) => set('country', e.currentTarget.value.toUpperCase())}
                error={err('country')}
              />
              <TextInput
                label={t('influencers.edit.language')}
                maxLength={2}
                placeholder="de"
                value={v.language}
                onChange={(e) => set('language', e.currentTarget.value.toLowerCase())}
                error={err('language')}
              />
            </SimpleGrid>
          </Group2>
          <Group2 title={t('influencers.edit.profile')}>
            <MultiSelect
              label={t('influencers.create.niches')}
              data={[...new Set([...NICHES, ...v.niches])].map((x) => ({ value: x, label: t(`niches.${x}`, { defaultValue: x }) }))}
              value={v.niches}
              onChange={(x) => set('niches', x)}
              error={err('niches')}
              searchable
              clearable
            />
            <TagsInput label={t('influencers.profile.tags')} description={t('influencers.edit.tagsHint')} value={v.tags} onChange={(x) => set('tags', x)} error={err('tags')} clearable />
            <Textarea label={t('influencers.create.notes')} autosize minRows={3} maxRows={10} value={v.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={err('notes')} />
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
                  set('channels', [
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
                      value={c.handle}
                      onChange={(e) => setChannel(i, { handle: e.currentTarget.value })}
                      style={{ flex: 1 }}
                      error={err(`channels.${i}.handle`)}
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
                      onClick={() => set('channels', v.channels.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                  <TextInput label={t('influencers.edit.url')} placeholder="https://" value={c.url} onChange={(e) => setChannel(i, { url: e.currentTarget.value })} error={err(`channels.${i}.url`)} />
                  <SimpleGrid cols={5} spacing="xs">
                    <NumberField label={t('influencers.create.followers')} value={c.followers} onChange={(x) => setChannel(i, { followers: x })} error={err(`channels.${i}.followers`)} />
                    <NumberField label={t('influencers.create.avgLikes')} value={c.avgLikes} onChange={(x) => setChannel(i, { avgLikes: x })} />
                    <NumberField label={t('influencers.create.avgComments')} value={c.avgComments} onChange={(x) => setChannel(i, { avgComments: x })} />
                    <NumberField label={t('influencers.edit.avgShares')} value={c.avgShares} onChange={(x) => setChannel(i, { avgShares: x })} />
                    <NumberField label={t('influencers.profile.channelColumns.avgViews')} value={c.avgViews} onChange={(x) => setChannel(i, { avgViews: x })} />
                  </SimpleGrid>
                </Stack>
              </Paper>
            ))}
          </Group2>
          <Divider />
          <Group2 title={t('influencers.audience.title')}>
            <Checkbox label={t('influencers.edit.hasAudience')} checked={v.hasAudience} onChange={(e) => set('hasAudience', e.currentTarget.checked)} />
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
                      onChange={(e) => set('topCountries', v.topCountries.map((x, j) => (j === i ? { ...x, country: e.currentTarget.value.toUpperCase() } : x)))}
                    />
                    <NumberField
                      aria-label={t('influencers.edit.audienceShare', { index: i + 1 })}
                      kind="percent"
                      max={10_000}
                      unit="%"
                      w={110}
                      value={c.share}
                      onChange={(x) => set('topCountries', v.topCountries.map((y, j) => (j === i ? { ...y, share: x } : y)))}
                    />
                    <ActionIcon variant="subtle" color="gray" aria-label={t('common.delete')} onClick={() => set('topCountries', v.topCountries.filter((_, j) => j !== i))}>
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Group>
                ))}
                <Button size="compact-sm" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => set('topCountries', [...v.topCountries, { country: '', share: null }])} disabled={v.topCountries.length >= 10}>
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
                      onChange={(x) => set('ageBands', { ...v.ageBands, [band]: x })}
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
                      onChange={(x) => set(g, x)}
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
              <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => set('rates', [...v.rates, { kind: 'post', amount: null, currency: 'EUR' }])}>
                {t('influencers.edit.addRate')}
              </Button>
            }
          >
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
                  onChange={(x) => x && set('rates', v.rates.map((y, j) => (j === i ? { ...y, kind: x } : y)))}
                  allowDeselect={false}
                  w={170}
                />
                <MoneyField
                  label={i === 0 ? t('influencers.rates.amount') : undefined}
                  aria-label={t('influencers.rates.amount')}
                  currency={r.currency || 'EUR'}
                  value={r.amount}
                  onChange={(x) => set('rates', v.rates.map((y, j) => (j === i ? { ...y, amount: x } : y)))}
                  style={{ flex: 1 }}
                />
                <TextInput
                  label={i === 0 ? t('influencers.rates.currency') : undefined}
                  aria-label={t('influencers.rates.currency')}
                  maxLength={3}
                  w={80}
                  value={r.currency}
                  onChange={(e) => set('rates', v.rates.map((y, j) => (j === i ? { ...y, currency: e.currentTarget.value.toUpperCase() } : y)))}
                />
                <ActionIcon variant="subtle" color="gray" mb={4} aria-label={t('common.delete')} onClick={() => set('rates', v.rates.filter((_, j) => j !== i))}>
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
