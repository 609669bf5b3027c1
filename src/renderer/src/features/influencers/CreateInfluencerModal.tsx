import { Divider, Modal, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { contract } from '../../../../shared/contract';
import { NICHES, PLATFORMS, type Platform } from '../../../../shared/domain';
import { useCloseGuard } from '../../lib/unsaved';
import { keepEnterInPickers } from '../../lib/forms';
import { useContractForm } from '../../lib/contractForm';
import { influencerActions } from './queries';
import { NumberField } from '../../components/NumberField';
import { FormFooter } from '../../components/FormFooter';
import { ChoiceSelect } from '../../components/ChoiceSelect';

const EMPTY = { name: '', email: '', phone: '', city: '', country: '', niches: [] as string[], notes: '', platform: 'instagram' as Platform, handle: '', followers: null as number | null, avgLikes: null as number | null, avgComments: null as number | null };
type Values = typeof EMPTY;

const opt = (s: string) => (s.trim() ? s.trim() : null);
/** The form as `influencers.create` takes it: one channel when a handle is given. */
function toInput(v: Values) {
  return {
    name: v.name,
    email: opt(v.email),
    phone: opt(v.phone),
    city: opt(v.city),
    country: opt(v.country.toUpperCase()),
    niches: v.niches,
    notes: v.notes,
    channels: v.handle.trim()
      ? [{ platform: v.platform, handle: v.handle.trim().replace(/^@/, ''), followers: v.followers ?? 0, avgLikes: v.avgLikes ?? 0, avgComments: v.avgComments ?? 0, isPrimary: true }]
      : [],
  };
}
const FIELDS = ['name', 'email', 'phone', 'city', 'country', 'niches', 'notes', 'platform', 'handle', 'followers', 'avgLikes', 'avgComments'] as const;
const CHANNEL = { 'channels.0.platform': 'platform', 'channels.0.handle': 'handle', 'channels.0.followers': 'followers', 'channels.0.avgLikes': 'avgLikes', 'channels.0.avgComments': 'avgComments', channels: 'handle' };

export function CreateInfluencerModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = influencerActions.create;
  const close = () => {
    form.reset();
    onClose();
  };
  const { form, busy, persist, submit, error, number } = useContractForm({
    initialValues: EMPTY,
    schema: contract['influencers.create'].input,
    toInput,
    fields: FIELDS,
    aliases: CHANNEL,
    save: async (input, v) => {
      const id = await create(input);
      notifications.show({ color: 'teal', title: t('influencers.create.created', { name: v.name.trim() }), message: '' });
      guard.saved();
      close();
      navigate(`/influencers/${id}`);
      return true;
    },
  });
  const guard = useCloseGuard({ dirty: opened && form.isDirty(), save: persist });
  const requestClose = () => guard.requestClose(close);
  const text = (k: 'name' | 'email' | 'phone' | 'city' | 'handle' | 'notes') => form.getInputProps(k);

  return (
    <Modal opened={opened} onClose={requestClose} title={t('influencers.create.title')} size="lg">
      <form onSubmit={submit()} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="md">
          <TextInput label={t('influencers.create.name')} required data-autofocus {...text('name')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('influencers.create.email')} type="email" {...text('email')} />
            <TextInput label={t('influencers.create.phone')} {...text('phone')} />
            <TextInput label={t('influencers.create.city')} {...text('city')} />
            <TextInput
              label={t('influencers.create.country')}
              description={t('influencers.create.countryHint')}
              maxLength={2}
              {...form.getInputProps('country')}
              onChange={(e) => form.setFieldValue('country', e.currentTarget.value.toUpperCase())}
            />
          </SimpleGrid>
          <MultiSelect label={t('influencers.create.niches')} data={NICHES.map((n) => ({ value: n, label: t(`niches.${n}`) }))} {...form.getInputProps('niches')} searchable clearable />
          <Divider label={t('influencers.create.channel')} labelPosition="left" />
          <SimpleGrid cols={2}>
            <ChoiceSelect label={t('influencers.create.platform')} values={PLATFORMS} labelOf={(x) => t(`platforms.${x}`)} value={form.values.platform} onChange={(x) => form.setFieldValue('platform', x)} error={error('platform')} />
            <TextInput label={t('influencers.create.handle')} leftSection="@" {...text('handle')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberField label={t('influencers.create.followers')} {...number('followers')} />
            <NumberField label={t('influencers.create.avgLikes')} {...number('avgLikes')} />
            <NumberField label={t('influencers.create.avgComments')} {...number('avgComments')} />
          </SimpleGrid>
          <Textarea label={t('influencers.create.notes')} autosize minRows={2} maxRows={6} {...text('notes')} />
          <FormFooter mt="xs" className="dialog-footer" onCancel={requestClose} busy={busy} submitLabel={t('influencers.create.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
