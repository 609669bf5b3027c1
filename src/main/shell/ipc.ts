import { BrowserWindow, ipcMain } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/bridge';
import type { AppEvent } from '../../shared/events';
import { createCallHandler, type DispatchFn } from './call-handler';
import { isTrustedSender } from './policy';

/** The one IPC channel: `kollab:call` (method, input) → envelope; the sender frame must be app://kollab. */
export function registerIpc(getDispatch: () => Promise<DispatchFn>): void {
  const handle = createCallHandler(getDispatch);
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown) => handle(event.senderFrame?.url, method, input));
}

/** Sends an event to every window showing the app (`kollab:event`). */
export function broadcastEvent(event: AppEvent): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
    if (!isTrustedSender(win.webContents.getURL())) continue;
    win.webContents.send(IPC_EVENT_CHANNEL, event);
  }
}
