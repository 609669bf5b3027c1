import { Divider, Modal, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';



import { useState } from 'react';



import { useTranslation } from 'react-i18next';



import { useLocation } from 'wouter';



import { NICHES, PLATFORMS, type Platform } from '../../../../shared/domain';



import { handleFormError } from '../../api/errors';



import { useCloseGuard } from '../../lib/unsaved';



import { keepEnterInPickers } from '../../lib/forms';



import { influencerActions } from './queries';



import { NumberField } from '../../components/NumberField';



import { useNumberFormSave } from '../../components/formSave';



import { FormFooter } from '../../components/FormFooter';



import { ChoiceSelect } from '../../components/ChoiceSelect';




const FIELDS = ['name', 'email', 'phone', 'city', 'country', 'niches', 'notes', 'channels', 'channels.0.handle', 'channels.0.platform', 'channels.0.followers'] as const;

const EMPTY = { name: '', email: '', phone: '', city: '', country: '', niches: [] as string[], notes: '', platform: 'instagram' as Platform, handle: '', followers: null as number | null, avgLikes: null as number | null, avgComments: null as number | null };

export function CreateInfluencerModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = influencerActions.create;
  const [v, setV] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof EMPTY>(k: K, value: (typeof EMPTY)[K]) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };
  const close = () => {
    setV(EMPTY);
    setErrors({});
    onClose();
  };
  const err = (...keys: string[]) => keys.map((k) => errors[k]).find(Boolean) || undefined;

  const { busy, persist, submit } = useNumberFormSave(v, async () => {
    try {
      const opt = (s: string) => (s.trim() ? s.trim() : null);
      const id = await create({
        name: v.name,
        email: opt(v.email),
        phone: opt(v.phone),
        city: opt(v.city),
        country: opt(v.country.toUpperCase()),
        niches: v.niches,
        notes: v.notes,
        channels: v.handle.trim()
          ? [
              {
                platform: v.platform,
                handle: v.handle.trim().replace(/^@/, ''),
                followers: v.followers ?? 0,
                avgLikes: v.avgLikes ?? 0,
                avgComments: v.avgComments ?? 0,
                isPrimary: true,
              },
            ]
          : [],
      });
      notifications.show({ color: 'teal', title: t('influencers.create.created', { name: v.name.trim() }), message: '' });
      guard.saved();
      close();
      navigate(`/influencers/${id}`);
      return true;
    } catch (ex) {
      setErrors(handleFormError(ex, FIELDS));
      return false;
    }
  });

  const guard = useCloseGuard({ dirty: opened && JSON.stringify(v) !== JSON.stringify(EMPTY), save: persist });
  const requestClose = () => guard.requestClose(close);

  return (
    <Modal opened={opened} onClose={requestClose} title={t('influencers.create.title')} size="lg">
      <form onSubmit={submit} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="md">
          <TextInput label={t('influencers.create.name')} required data-autofocus value={v.name} onChange={(e) => set('name', e.currentTarget.value)} error={err('name')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('influencers.create.email')} type="email" value={v.email} onChange={(e) => set('email', e.currentTarget.value)} error={err('email')} />
            <TextInput label={t('influencers.create.phone')} value={v.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={err('phone')} />
            <TextInput label={t('influencers.create.city')} value={v.city} onChange={(e) => set('city', e.currentTarget.value)} error={err('city')} />
            <TextInput
              label={t('influencers.create.country')}
              description={t('influencers.create.countryHint')}
              maxLength={2}
              value={v.country}
              onChange={(e) => set('country', e.currentTarget.value.toUpperCase())}
              error={err('country')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('influencers.create.niches')}
            data={NICHES.map((n) => ({ value: n, label: t(`niches.${n}`) }))}
            value={v.niches}
            onChange={(x) => set('niches', x)}
            error={err('niches')}
            searchable
            clearable
          />
          <Divider label={t('influencers.create.channel')} labelPosition="left" />
          <SimpleGrid cols={2}>
            <ChoiceSelect label={t('influencers.create.platform')} values={PLATFORMS} labelOf={(x) => t(`platforms.${x}`)} value={v.platform} onChange={(x) => set('platform', x)} error={err('channels.0.platform')} />
            <TextInput label={t('influencers.create.handle')} leftSection="@" value={v.handle} onChange={(e) => set('handle', e.currentTarget.value)} error={err('channels.0.handle', 'channels')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberField label={t('influencers.create.followers')} value={v.followers} onChange={(x) => set('followers', x)} error={err('channels.0.followers')} />
            <NumberField label={t('influencers.create.avgLikes')} value={v.avgLikes} onChange={(x) => set('avgLikes', x)} />
            <NumberField label={t('influencers.create.avgComments')} value={v.avgComments} onChange={(x) => set('avgComments', x)} />
          </SimpleGrid>
          <Textarea label={t('influencers.create.notes')} autosize minRows={2} maxRows={6} value={v.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={err('notes')} />
          <FormFooter mt="xs" className="dialog-footer" onCancel={requestClose} busy={busy} submitLabel={t('influencers.create.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
