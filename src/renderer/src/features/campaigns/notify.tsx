import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getI18n } from '../../i18n';

let seq = 0;

/** A notification with an "Undo" button; the button hides it and runs `onUndo`. */
export function showUndo(title: string, onUndo: () => void | Promise<void>, message?: string): string {
  const id = `campaigns-undo-${++seq}`;
  notifications.show({
    id,
    color: 'gray',
    title,
    autoClose: 7000,
    message: (
      <Group gap="xs" justify="space-between" wrap="nowrap" mt={message ? 0 : 2}>
        {message ? <Text size="sm">{message}</Text> : <span />}
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            void onUndo();
          }}
        >
          {getI18n().t('common.undo')}
        </Button>
      </Group>
    ),
  });
  return id;
}

export function showDone(title: string, message = ''): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000 });
}
