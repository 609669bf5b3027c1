import type { KeyboardEvent } from 'react';

/**
 * Enter in a searchable select, multiselect or tags field picks an option or adds a tag — it must never submit
 * the whole form (the browser's implicit submission). Put on every `<form onKeyDown={keepEnterInPickers}>`.
 */
export function keepEnterInPickers(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter') return;
  const el = e.target as HTMLElement;
  if (!(el instanceof HTMLInputElement)) return;
  if (el.getAttribute('aria-haspopup') === 'listbox' || el.getAttribute('role') === 'combobox' || el.closest('.mantine-PillsInput-root, .mantine-TagsInput-root')) {
    e.preventDefault();
  }
}
