/**
 * Nothing typed is lost: the app's one rule for closing drawers and dialogs and for leaving a screen.
 *
 * A form with changes registers itself (`useDirtyForm(dirty, save)`) in the nearest scope — a drawer or a
 * dialog (`useCloseGuard`) — and in the app-wide list. Closing the scope (Esc, click outside, the close
 * button, Cancel) or navigating to another route (a link, the back button) while a registered form is dirty
 * asks once: save, discard or keep editing (`UnsavedChangesDialog`, mounted once in App). Saving runs the
 * forms' own save; when that fails (a validation error) the drawer stays open with the error shown.
 * The briefing editor keeps autosaving instead (its text is written while typing), so it never asks.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { create } from 'zustand';

export type UnsavedChoice = 'save' | 'discard' | 'keep';

interface DirtyForm {
  dirty: boolean;
  /** Saves; resolves true when saved (false keeps the drawer open, e.g. on a validation error). */
  save?: () => Promise<boolean>;
}

interface QuestionState {
  question: { canSave: boolean; resolve(choice: UnsavedChoice): void } | null;
  ask(canSave: boolean): Promise<UnsavedChoice>;
  answer(choice: UnsavedChoice): void;
}

export const useUnsavedQuestion = create<QuestionState>((set, get) => ({
  question: null,
  ask: (canSave) =>
    new Promise<UnsavedChoice>((resolve) => {
      get().question?.resolve('keep');
      set({ question: { canSave, resolve } });
    }),
  answer: (choice) => {
    const q = get().question;
    set({ question: null });
    q?.resolve(choice);
  },
}));

/** Every registered form in the app (for route changes). */
const everywhere = new Set<{ current: DirtyForm }>();

export class UnsavedScope {
  readonly forms = new Set<{ current: DirtyForm }>();
  dirty(): boolean {
    return [...this.forms].some((f) => f.current.dirty);
  }
}

/** Clean until the form renders again (a closed dialog or drawer then reports its real state). */
function markClean(forms: Iterable<{ current: DirtyForm }>): void {
  for (const f of forms) f.current = { ...f.current, dirty: false };
}

async function settle(forms: Iterable<{ current: DirtyForm }>): Promise<boolean> {
  const dirty = [...forms].filter((f) => f.current.dirty);
  if (!dirty.length) return true;
  const canSave = dirty.every((f) => f.current.save);
  const choice = await useUnsavedQuestion.getState().ask(canSave);
  if (choice === 'keep') return false;
  if (choice === 'save') {
    for (const f of dirty) {
      if (!(await f.current.save!())) return false;
    }
  }
  markClean(dirty);
  return true;
}

/** Asks about every dirty form in the app; true when it is fine to leave (saved, discarded or nothing dirty). */
export function confirmLeave(): Promise<boolean> {
  return settle(everywhere);
}

/** True when any registered form has unsaved changes. */
export function hasUnsavedChanges(): boolean {
  return [...everywhere].some((f) => f.current.dirty);
}

const ScopeContext = createContext<UnsavedScope | null>(null);
export const UnsavedScopeProvider = ScopeContext.Provider;

/** Registers a form's dirty state (and how to save it) with the surrounding drawer/dialog and the app. */
export function useDirtyForm(dirty: boolean, save?: () => Promise<boolean>): void {
  const scope = useContext(ScopeContext);
  const ref = useRef<DirtyForm>({ dirty, save });
  ref.current = { dirty, save };
  useEffect(() => {
    everywhere.add(ref);
    scope?.forms.add(ref);
    return () => {
      everywhere.delete(ref);
      scope?.forms.delete(ref);
    };
  }, [scope]);
}

/**
 * For a drawer or dialog: `requestClose(close)` closes at once when nothing is dirty, otherwise asks first.
 * Forms inside register through `useDirtyForm` (wrap them in `<UnsavedScopeProvider value={guard.scope}>`);
 * a dialog that is one form passes its own `dirty` and `save` here.
 */
export function useCloseGuard(own?: DirtyForm) {
  const scope = useMemo(() => new UnsavedScope(), []);
  const ownRef = useRef<DirtyForm>({ dirty: false });
  ownRef.current = own ?? { dirty: false };
  useEffect(() => {
    everywhere.add(ownRef);
    scope.forms.add(ownRef);
    return () => {
      everywhere.delete(ownRef);
      scope.forms.delete(ownRef);
    };
  }, [scope]);
  const requestClose = useCallback(
    (close: () => void) => {
      void settle(scope.forms).then((ok) => ok && close());
    },
    [scope],
  );
  /** After a successful save that closes or navigates itself: nothing here is unsaved any more. */
  const saved = useCallback(() => markClean(scope.forms), [scope]);
  return { scope, requestClose, saved };
}
