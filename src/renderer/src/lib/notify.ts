import { notifications } from '@mantine/notifications';
import { offerUndo } from './undo';

/** A notification with an "Undo" button, on the app's one undo stack (Ctrl+Z undoes it too). */
export function showUndo(title: string, onUndo: () => void | Promise<void>, message?: string): string {
  return offerUndo(title, onUndo, { message, autoClose: 7000 });
}

export function showDone(title: string, message = ''): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000 });
}
