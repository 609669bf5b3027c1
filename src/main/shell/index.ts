/**
 * Entry of the Electron shell (built to out/main/index.js). Thin on purpose: window, menu, protocol,
 * IPC and security guards; all domain work happens in the core (src/main/core), shared with browser mode.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { startWorkspace, type Workspace } from '../core/context';
import { NewerSchemaError } from '../db/connection';
import { APP_START_URL, CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './policy';
import { registerAppScheme, handleAppProtocol } from './protocol';
import { hardenSession, installWebContentsGuards } from './security';
import { broadcastEvent, registerIpc } from './ipc';
import { windowOptions } from './window-options';
import { clampWindowBounds, loadWindowState, saveWindowState, windowStateFile } from './window-state';
import { buildMenuTemplate, menuLocale, type MenuLocale } from './menu-template';
import { shellPaths } from './paths';
import { desktopPdfRenderer } from './pdf';
import { desktopNotifier } from './notify';

const isDev = !app.isPackaged;
/** Set by `electron-vite dev`; ignored in a packaged app. */
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const csp = devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
const paths = shellPaths({ mainDir: import.meta.dirname, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });

let mainWindow: BrowserWindow | null = null;
let running: Workspace | null = null;
let unsubscribeEvents: (() => void) | null = null;
let closingCore = false;

// Before `ready`: the privileged scheme, sandbox for every renderer, one process per user.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  installWebContentsGuards();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', (event) => {
    if (!running || closingCore) return;
    event.preventDefault();
    closingCore = true;
    unsubscribeEvents?.();
    const r = running;
    running = null;
    r.close()
      .catch(() => undefined)
      .finally(() => app.quit());
  });
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

function locale(): MenuLocale {
  return menuLocale(app.getLocale());
}

function fatal(err: unknown): void {
  const de = locale() === 'de';
  if (err instanceof NewerSchemaError) {
    dialog.showErrorBox(de ? 'Kollab kann diese Daten nicht öffnen' : 'Kollab cannot open this data', err.message);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox(de ? 'Kollab konnte nicht starten' : 'Kollab could not start', message);
  }
  app.quit();
}

function start(): void {
  hardenSession(session.defaultSession, csp);
  handleAppProtocol(paths.rendererDir, { csp, devServerUrl });
  if (process.platform === 'win32') app.setAppUserModelId('app.kollab.desktop');

  const userData = app.getPath('userData');
  // An unusable workspace file opens the recovery state (the renderer shows it) instead of failing. While the
  // workspace is still opening (a backup before an update's migration, written by a worker) the window is served
  // and shows the starting state; other calls wait for the core.
  const workspace = startWorkspace({
    dataDir: userData,
    migrationsDir: paths.migrationsDir,
    nativeBinding: paths.nativeBinding,
    workerFile: paths.workerFile,
    appVersion: app.getVersion(),
    // shell.openPath resolves to '' on success, else an error message
    platform: {
      openPath: async (file) => (await shell.openPath(file)) === '',
      ...desktopPdfRenderer({ preloadPath: paths.preload, isDev }),
      ...desktopNotifier(() => mainWindow),
    },
  });
  // The window comes up while the database opens (first run seeds the demo workspace); calls wait for it.
  const corePromise = workspace.ready.then(() => workspace);
  running = workspace;
  unsubscribeEvents = workspace.events.subscribe(broadcastEvent);
  registerIpc(() => Promise.resolve(workspace.dispatch));
  corePromise.catch((err: unknown) => fatal(err));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        locale(),
        {
          openDataFolder: () => void shell.openPath(userData),
          openLogsFolder: () => void shell.openPath(path.join(userData, 'logs')),
          backupNow: () => {
            void corePromise
              .then((r) => r.dispatch('backups.create', {}))
              .then((env) => {
                const de = locale() === 'de';
                void dialog.showMessageBox({
                  type: env.ok ? 'info' : 'error',
                  title: 'Kollab',
                  message: env.ok ? (de ? 'Sicherung erstellt' : 'Backup taken') : de ? 'Die Sicherung ist fehlgeschlagen' : 'The backup failed',
                  detail: env.ok ? (env.value as { name: string }).name : env.error.message,
                });
              });
          },
          // Restoring asks which backup: Settings → Backups lists them (and takes a file).
          restoreBackup: () => void mainWindow?.loadURL(`${APP_START_URL}#/settings`),
          showBackups: () => void corePromise.then((r) => r.dispatch('backups.openFolder', {})),
          showAbout: () => {
            void dialog.showMessageBox({
              type: 'info',
              title: 'Kollab',
              message: `Kollab ${app.getVersion()}`,
              detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
            });
          },
        },
        { isDev, platform: process.platform, appName: app.getName() },
      ),
    ),
  );

  createWindow();
}

function createWindow(): void {
  const stateFile = windowStateFile(app.getPath('userData'));
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const bounds = clampWindowBounds(
    loadWindowState(stateFile),
    displays.map((d) => d.workArea),
  );
  const win = new BrowserWindow(windowOptions({ preloadPath: paths.preload, bounds, isDev }));
  mainWindow = win;
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_START_URL);
}
