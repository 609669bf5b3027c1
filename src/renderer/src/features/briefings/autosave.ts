import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Debounced autosave of patches: changes are merged and sent `delay` ms after the last one; saves run one after
 * another (never two in flight), and what is pending is flushed on unmount and before printing.
 */
export function useAutosave<P extends object>(save: (patch: P) => Promise<void>, delay = 700) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<P | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;
  const mounted = useRef(true);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = chain.current.then(async () => {
      const patch = pending.current;
      if (!patch) return;
      pending.current = null;
      if (mounted.current) setStatus('saving');
      try {
        await saveRef.current(patch);
        if (mounted.current) setStatus(pending.current ? 'saving' : 'saved');
      } catch (err) {
        // keep what failed so the next change (or flush) sends it again
        pending.current = { ...patch, ...(pending.current ?? {}) };
        if (mounted.current) setStatus('error');
        throw err;
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const queue = useCallback(
    (patch: P) => {
      pending.current = { ...(pending.current ?? {}), ...patch } as P;
      setStatus('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush().catch(() => undefined);
    };
  }, [flush]);

  return { status, queue, flush };
}
