import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { confirmsName, contract, type InfluencerDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useContractForm } from '../../lib/contractForm';
import { formRules } from '../../lib/formRules';
import { forgetInfluencer } from './queries';

/**
 * Erasing a person for good, confirmed by typing their name (useContractForm: influencers.erase's schema, in front
 * of it the core's own rule `confirmsName` — a name that does not match says so at the field and nothing is sent).
 */
export function EraseModal({ d, opened, onClose }: { d: InfluencerDetail; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { form, busy, submit, load, error } = useContractForm({
    initialValues: { confirmName: '' },
    schema: formRules<{ id: number; confirmName: string }>(contract['influencers.erase'].input, (input, add) => {
      if (!confirmsName(input.confirmName, d.name)) add('confirmName', t('errors.domain.influencers.confirmName', { name: d.name }));
    }),
    toInput: (v) => ({ id: d.id, confirmName: v.confirmName }),
    fields: ['confirmName'],
    save: async (input) => {
      await api.call('influencers.erase', input);
      notifications.show({ color: 'gray', title: t('influencers.privacy.erased', { name: d.name }), message: '' });
      onClose();
      forgetInfluencer(d.id);
      navigate('/influencers');
      return true;
    },
  });
  useEffect(() => {
    if (opened) load({ confirmName: '' });
    // a new opening starts with nothing typed
  }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('influencers.privacy.eraseTitle', { name: d.name })}>
      <form onSubmit={submit()} noValidate>
        <Stack>
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('influencers.privacy.eraseText')}
          </Alert>
          <TextInput
            label={t('influencers.privacy.typeName', { name: d.name })}
            value={form.values.confirmName}
            onChange={(e) => form.setFieldValue('confirmName', e.currentTarget.value)}
            error={error('confirmName')}
            data-autofocus
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" type="submit" loading={busy} disabled={!form.values.confirmName.trim()}>
              {t('influencers.privacy.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
