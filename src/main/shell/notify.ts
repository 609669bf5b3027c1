import { Notification, type BrowserWindow } from 'electron';
import { APP_START_URL } from './policy';

/**
 * The platform port's system notification (the reminder on start: "3 posts due this week"). A click brings the
 * window to the front on the given route of the app (e.g. `/today`).
 */
export function desktopNotifier(getWindow: () => BrowserWindow | null): { notify(opts: { title: string; body: string; route: string }): Promise<boolean> } {
  return {
    async notify({ title, body, route }) {
      if (!Notification.isSupported()) return false;
      const n = new Notification({ title, body });
      n.on('click', () => {
        const win = getWindow();
        if (!win || win.isDestroyed()) return;
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
        void win.loadURL(`${APP_START_URL}#${route.startsWith('/') ? route : `/${route}`}`);
      });
      n.show();
      return true;
    },
  };
}
