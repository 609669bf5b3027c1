import { ApiError } from '../../../shared/envelope';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { AppEvent } from '../../../shared/events';
import { chooseTransport, type Transport } from './transport';

let transport: Transport | null = null;

function current(): Transport {
  if (!transport) transport = chooseTransport();
  return transport;
}

/** Chooses the transport now (called at start-up so the token leaves the address bar at once). */
export function initTransport(t?: Transport): Transport {
  transport = t ?? chooseTransport();
  return transport;
}

/** Forget the chosen transport (tests). */
export function resetTransport(): void {
  transport = null;
}

export const api = {
  async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
    const env = await current().call(method, input);
    if (!env.ok) throw new ApiError(env.error);
    return env.value as ResultOf<M>;
  },
  /**
   * Fire and forget, also while the page is being left or closed: in browser mode a `keepalive` request that the
   * browser completes after the page is gone; over IPC the message is on its way once sent. Failures are ignored.
   */
  send<M extends MethodName>(method: M, input: InputOf<M>): void {
    void current()
      .call(method, input, { keepalive: true })
      .catch(() => undefined);
  },
  onEvent(listener: (e: AppEvent) => void): () => void {
    return current().onEvent(listener);
  },
  get transportKind() {
    return current().kind;
  },
};

export { ApiError };
