/**
 * Preload (sandboxed, built as CommonJS): exposes the narrow `window.kollab` bridge and nothing else.
 * ipcRenderer itself is never exposed; event listeners receive only the payload, not the IPC event.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type KollabBridge } from '../shared/bridge';
import type { AppEvent } from '../shared/events';
import type { Envelope } from '../shared/envelope';

const bridge: KollabBridge = {
  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'method must be a string' } });
    }
    return ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input) as Promise<Envelope<unknown>>;
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const wrapped = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('kollab', bridge);
