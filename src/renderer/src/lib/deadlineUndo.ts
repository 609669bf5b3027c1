import type { DeadlineMove } from '../../../shared/contract';
import { api } from '../api/client';
import { notifyError } from '../api/errors';
import { getI18n } from '../i18n';
import { formatterFor } from './format';
import { showUndo } from './notify';

/**
 * After a deadline moved (calendar drag, Alt+arrows, the card's form): the toast "Frist verschoben von … auf …"
 * with Undo, on the app's one undo stack (Ctrl+Z too). Undo moves each deadline back and takes the history entry
 * of the move out again (`calendar.moveDeliverable` with `undoOf`); `onUndone` lets a form show the date it is back on.
 */
export function offerDeadlineUndo(moves: DeadlineMove[], onUndone?: () => void): void {
  if (!moves.length) return;
  const i18n = getI18n();
  const fmt = formatterFor(i18n.language === 'de' ? 'de' : 'en');
  const first = moves[0];
  const title =
    moves.length === 1
      ? i18n.t('card.history.events.deadline_moved', { from: fmt.date(first.from), to: fmt.date(first.to) })
      : i18n.t('calendar.movedMany', { count: moves.length });
  showUndo(title, async () => {
    try {
      for (const m of moves) await api.call('calendar.moveDeliverable', { deliverableId: m.deliverableId, dueDate: m.from, undoOf: m.eventId });
      onUndone?.();
    } catch (err) {
      notifyError(err);
    }
  });
}
