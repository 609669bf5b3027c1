import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { InfluencerDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { forgetInfluencer } from './queries';

export function EraseModal({ d, opened, onClose }: { d: InfluencerDetail; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) setTyped('');
  }, [opened]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.call('influencers.erase', { id: d.id, confirmName: typed });
      notifications.show({ color: 'gray', title: t('influencers.privacy.erased', { name: d.name }), message: '' });
      onClose();
      forgetInfluencer(d.id);
      navigate('/influencers');
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('influencers.privacy.eraseTitle', { name: d.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('influencers.privacy.eraseText')}
          </Alert>
          <TextInput label={t('influencers.privacy.typeName', { name: d.name })} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} data-autofocus autoComplete="off" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" type="submit" loading={busy} disabled={typed.trim() !== d.name.trim()}>
              {t('influencers.privacy.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
