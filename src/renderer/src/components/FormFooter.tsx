import { Button, Group, type GroupProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The end of a form: Cancel, then the submit button (busy while saving), at the right. */
export function FormFooter({ onCancel, busy, submitLabel, disabled, ...group }: { onCancel(): void; busy: boolean; submitLabel: string; disabled?: boolean } & Omit<GroupProps, 'children'>) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" {...group}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
