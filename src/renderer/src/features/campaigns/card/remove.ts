import type { ReactNode } from 'react';
import { notifyError } from '../../../api/errors';
import { showDone } from '../../../lib/notify';

type Ask = (o: { title: string; message: ReactNode; confirm: string }) => Promise<boolean>;

/** A card tab's delete: asks first (useConfirm's `ask`), removes, says so and reloads the card; an error is shown. */
export async function removeAfterConfirm(
  ask: Ask,
  o: { title: string; message: ReactNode; confirm: string; remove(): Promise<unknown>; done: string; onChanged(): void },
): Promise<void> {
  if (!(await ask({ title: o.title, message: o.message, confirm: o.confirm }))) return;
  try {
    await o.remove();
    showDone(o.done);
    o.onChanged();
  } catch (err) {
    notifyError(err);
  }
}
