import type { Envelope } from '../../shared/envelope';
import { isTrustedSender } from './policy';

export type DispatchFn = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The `kollab:call` logic without Electron: refuses calls from frames outside `app://kollab`,
 * waits for the core (the window may be up before the database is open), never throws.
 */
export function createCallHandler(getDispatch: () => Promise<DispatchFn>) {
  return async (frameUrl: string | undefined | null, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(frameUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the Kollab app.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'method must be a string' } };
    }
    try {
      const dispatch = await getDispatch();
      return await dispatch(method, input);
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. The details were written to the log.' } };
    }
  };
}
