import type { Envelope } from './envelope';
import type { AppEvent } from './events';

/** IPC channel names shared by the Electron shell (main) and the preload. */
export const IPC_CALL_CHANNEL = 'kollab:call';
export const IPC_EVENT_CHANNEL = 'kollab:event';

/**
 * What the preload exposes as `window.kollab` in the desktop app (absent in browser mode, where the
 * renderer talks HTTP to the loopback host instead). The transport never throws: failures are error envelopes.
 */
export interface KollabBridge {
  /** Calls one API method (see `src/shared/contract`). */
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to events pushed by main; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

declare global {
  interface Window {
    kollab?: KollabBridge;
  }
}
