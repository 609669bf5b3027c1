import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnsavedQuestion } from '../lib/unsaved';

/** The one question before changes could be lost (lib/unsaved.ts); mounted once in App. */
export function UnsavedChangesDialog() {
  const { t } = useTranslation();
  const question = useUnsavedQuestion((s) => s.question);
  const answer = useUnsavedQuestion((s) => s.answer);
  return (
    <Modal opened={!!question} onClose={() => answer('keep')} title={t('unsaved.title')} zIndex={400} size="lg" centered>
      <Text size="sm">{t(question?.canSave === false ? 'unsaved.textNoSave' : 'unsaved.text')}</Text>
      <Group justify="flex-end" mt="lg" gap="xs">
        <Button variant="default" onClick={() => answer('keep')} data-autofocus>
          {t('unsaved.keep')}
        </Button>
        <Button variant="light" color="red" onClick={() => answer('discard')}>
          {t('unsaved.discard')}
        </Button>
        {question?.canSave !== false && <Button onClick={() => answer('save')}>{t('unsaved.save')}</Button>}
      </Group>
    </Modal>
  );
}
