import { Button, CopyButton, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconCopy, IconMail } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderMail } from '../../../shared/contract';
import { mailtoUrl } from '../../../shared/mailto';
import { api } from '../api/client';
import { notifyError } from '../api/errors';

/** The reminder for one row, in the person's language, editable before it goes to the mail app (or is copied for a DM). */
export function ReminderModal({ itemKey, person, onClose, onSent }: { itemKey: string | null; person: string; onClose(): void; onSent(): void }) {
  const { t } = useTranslation();
  const [mail, setMail] = useState<ReminderMail | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setMail(null);
    if (!itemKey) return;
    let live = true;
    api.call('today.reminder', { key: itemKey }).then(
      (m) => {
        if (!live) return;
        setMail(m);
        setSubject(m.subject);
        setBody(m.body);
      },
      (err) => {
        notifyError(err);
        onClose();
      },
    );
    return () => {
      live = false;
    };
  }, [itemKey, onClose]);

  const send = async () => {
    if (!mail) return;
    setBusy(true);
    try {
      await api.call('today.saveReminder', { key: mail.key });
      onSent();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={!!itemKey} onClose={onClose} title={t('today.reminder.title', { name: person })} size="lg">
      {mail && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('today.reminder.language', { language: t(`today.reminder.languages.${mail.language}`) })} · {mail.to ?? t('today.reminder.noEmail')}
          </Text>
          <TextInput label={t('today.reminder.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
          <Textarea label={t('today.reminder.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={8} maxRows={16} />
          <Group justify="space-between">
            <CopyButton value={body}>
              {({ copied, copy }) => (
                <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>
                  {copied ? t('today.reminder.copied') : t('today.reminder.copy')}
                </Button>
              )}
            </CopyButton>
            <Button component="a" href={mailtoUrl(mail.to, subject, body)} leftSection={<IconMail size={16} />} onClick={() => void send()} loading={busy}>
              {t('today.reminder.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
