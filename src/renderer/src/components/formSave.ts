import { useState, type FormEvent } from 'react';
import { focusUnreadableNumber, hasUnreadableNumber } from './NumberField';

/**
 * The save path the modal forms share: a number field whose text cannot be read stops the save and gets the
 * focus; while `save` runs the form is busy. `save` says whether it saved (the close guard needs to know).
 */
export function useNumberFormSave(values: unknown, save: () => Promise<boolean>) {
  const [busy, setBusy] = useState(false);
  const persist = async (): Promise<boolean> => {
    if (hasUnreadableNumber(values)) {
      focusUnreadableNumber();
      return false;
    }
    setBusy(true);
    try {
      return await save();
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void persist();
  };
  return { busy, persist, submit };
}
