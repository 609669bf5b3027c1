/**
 * One undo stack for the app. Every action that can be undone is offered here once: `offerUndo(title, undo)`
 * shows the toast with its "Undo" button and pushes the same undo onto the stack, so Ctrl+Z / Cmd+Z
 * (`installUndoShortcut`, outside text fields, where the browser's own text undo applies) undoes the last
 * action the toasts offered — also after its toast is gone. Each action is undone at most once.
 * Dialogs keep Ctrl+Z to themselves, except a panel that shows the app's own data and opts in with
 * `appUndoScope` (the card drawer): there Ctrl+Z undoes the last app action, as long as no text field has the focus.
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getI18n } from '../i18n';

interface UndoEntry {
  toastId: string;
  title: string;
  undo: () => void | Promise<void>;
}

const MAX = 30;
const stack: UndoEntry[] = [];
let seq = 0;

function take(toastId: string): UndoEntry | undefined {
  const i = stack.findIndex((e) => e.toastId === toastId);
  return i >= 0 ? stack.splice(i, 1)[0] : undefined;
}

async function run(entry: UndoEntry): Promise<void> {
  notifications.hide(entry.toastId);
  await entry.undo();
}

/** Shows a toast with "Undo" and remembers the undo for Ctrl+Z; returns the toast id. */
export function offerUndo(title: string, undo: () => void | Promise<void>, opts: { message?: string; color?: string; autoClose?: number } = {}): string {
  const toastId = `undo-${++seq}`;
  stack.push({ toastId, title, undo });
  if (stack.length > MAX) stack.shift();
  notifications.show({
    id: toastId,
    color: opts.color ?? 'gray',
    title,
    autoClose: opts.autoClose ?? 8000,
    message: (
      <Group gap="xs" justify="space-between" wrap="nowrap" mt={opts.message ? 0 : 2}>
        {opts.message ? <Text size="sm">{opts.message}</Text> : <span />}
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            const e = take(toastId);
            if (e) void run(e);
          }}
        >
          {getI18n().t('common.undo')}
        </Button>
      </Group>
    ),
  });
  return toastId;
}

/** Undoes the most recent action still on the stack; false when there is none. */
export async function undoLast(): Promise<boolean> {
  const entry = stack.pop();
  if (!entry) {
    notifications.show({ color: 'gray', title: getI18n().t('undo.nothing'), message: '', autoClose: 2500 });
    return false;
  }
  await run(entry);
  notifications.show({ color: 'gray', title: getI18n().t('undo.done', { title: entry.title }), message: '', autoClose: 3000 });
  return true;
}

/** How many actions can be undone (for tests and the UI). */
export function undoDepth(): number {
  return stack.length;
}

/** Spread onto a dialog's root (e.g. `<Drawer {...appUndoScope}>`) so Ctrl+Z inside it undoes the app's last action. */
export const appUndoScope = { 'data-app-undo': '' } as const;

/** A field with its own text undo (a read-only input, such as a Select's, has none). */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    return !input.readOnly && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(input.type);
  }
  return false;
}

/** Inside a dialog that keeps Ctrl+Z to itself (any dialog but one marked with `appUndoScope`). */
function keepsOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const dialog = target.closest('[role="dialog"]');
  return !!dialog && !dialog.closest('[data-app-undo]');
}

/** Ctrl+Z (Cmd+Z on a Mac) anywhere but in a text field or a dialog (see `appUndoScope`) undoes the last undoable action. */
export function installUndoShortcut(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key.toLowerCase() !== 'z' || e.shiftKey || e.altKey || !(e.ctrlKey || e.metaKey)) return;
    // Not while typing, and not from inside a dialog (its own fields and buttons) unless it opted in; a dialog
    // that is only fading out after it closed does not count (the key went to the page, not to it).
    if (inTextField(e.target) || keepsOwnUndo(e.target)) return;
    e.preventDefault();
    void undoLast();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
