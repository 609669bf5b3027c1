import type { MenuItemConstructorOptions } from 'electron';

export type MenuLocale = 'de' | 'en';

/** `app.getLocale()` → menu language: anything starting with `de` (de, de-DE, de-AT, de-CH) is German. */
export function menuLocale(appLocale: string | undefined | null): MenuLocale {
  return typeof appLocale === 'string' && appLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** What the custom menu items do; supplied by the shell so the template stays pure. */
export interface MenuActions {
  openDataFolder(): void;
  openLogsFolder(): void;
  showAbout(): void;
  /** Backups (src/main/backups): take one now, go to Settings → Backups to restore one, open the backups folder. */
  backupNow(): void;
  restoreBackup(): void;
  showBackups(): void;
}

export interface MenuOptions {
  platform?: NodeJS.Platform;
  /** Development build: adds reload and DevTools. */
  isDev?: boolean;
  appName?: string;
}

type Labels = Record<
  | 'file' | 'quit' | 'close' | 'edit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'view' | 'reload' | 'forceReload' | 'devTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'fullscreen'
  | 'window' | 'minimize' | 'zoom' | 'front' | 'help' | 'openDataFolder' | 'openLogsFolder' | 'about'
  | 'hide' | 'hideOthers' | 'unhide' | 'services' | 'backupNow' | 'restoreBackup' | 'showBackups',
  string
>;

export const MENU_LABELS: Record<MenuLocale, Labels> = {
  en: {
    file: '&File', quit: 'Quit', close: 'Close Window', edit: '&Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut',
    copy: 'Copy', paste: 'Paste', selectAll: 'Select All', view: '&View', reload: 'Reload',
    forceReload: 'Force Reload', devTools: 'Toggle Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out', fullscreen: 'Toggle Full Screen', window: '&Window', minimize: 'Minimize', zoom: 'Zoom',
    front: 'Bring All to Front', help: '&Help', openDataFolder: 'Open Data Folder', openLogsFolder: 'Open Logs Folder',
    about: 'About Kollab', hide: 'Hide Kollab', hideOthers: 'Hide Others', unhide: 'Show All', services: 'Services',
    backupNow: 'Back Up Now', restoreBackup: 'Restore Backup…', showBackups: 'Show Backups',
  },
  de: {
    file: '&Datei', quit: 'Beenden', close: 'Fenster schließen', edit: '&Bearbeiten', undo: 'Rückgängig',
    redo: 'Wiederholen', cut: 'Ausschneiden', copy: 'Kopieren', paste: 'Einfügen', selectAll: 'Alles auswählen',
    view: '&Ansicht', reload: 'Neu laden', forceReload: 'Neu laden erzwingen', devTools: 'Entwicklerwerkzeuge',
    resetZoom: 'Originalgröße', zoomIn: 'Vergrößern', zoomOut: 'Verkleinern', fullscreen: 'Vollbild umschalten',
    window: '&Fenster', minimize: 'Minimieren', zoom: 'Zoomen', front: 'Alle nach vorne bringen', help: '&Hilfe',
    openDataFolder: 'Datenordner öffnen', openLogsFolder: 'Protokollordner öffnen', about: 'Über Kollab',
    hide: 'Kollab ausblenden', hideOthers: 'Andere ausblenden', unhide: 'Alle einblenden', services: 'Dienste',
    backupNow: 'Jetzt sichern', restoreBackup: 'Sicherung wiederherstellen …', showBackups: 'Sicherungen anzeigen',
  },
};

/**
 * The application menu, with explicit labels in the UI language (Electron's role labels are English-only
 * on Windows and Linux). Pure: no Electron import at runtime; `Menu.buildFromTemplate` happens in the shell.
 */
export function buildMenuTemplate(
  locale: MenuLocale,
  actions: MenuActions,
  opts: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[locale] ?? MENU_LABELS.en;
  const isMac = (opts.platform ?? process.platform) === 'darwin';
  const mac = (label: string) => label.replace('&', ''); // macOS shows no mnemonics
  const top = (label: string) => (isMac ? mac(label) : label);
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: opts.appName ?? 'Kollab',
      submenu: [
        { label: t.about, click: () => actions.showAbout() },
        { type: 'separator' },
        { label: t.services, role: 'services' },
        { type: 'separator' },
        { label: t.hide, role: 'hide' },
        { label: t.hideOthers, role: 'hideOthers' },
        { label: t.unhide, role: 'unhide' },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    });
  }

  template.push({
    label: top(t.file),
    submenu: [
      { label: t.openDataFolder, click: () => actions.openDataFolder() },
      { label: t.openLogsFolder, click: () => actions.openLogsFolder() },
      { type: 'separator' },
      { label: t.backupNow, click: () => actions.backupNow() },
      { label: t.restoreBackup, click: () => actions.restoreBackup() },
      { label: t.showBackups, click: () => actions.showBackups() },
      { type: 'separator' },
      isMac ? { label: t.close, role: 'close' } : { label: t.quit, role: 'quit' },
    ],
  });

  template.push({
    label: top(t.edit),
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  });

  template.push({
    label: top(t.view),
    submenu: [
      ...(opts.isDev
        ? ([
            { label: t.reload, role: 'reload' },
            { label: t.forceReload, role: 'forceReload' },
            { label: t.devTools, role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: t.fullscreen, role: 'togglefullscreen' },
    ],
  });

  template.push({
    label: top(t.window),
    role: 'window',
    submenu: [
      { label: t.minimize, role: 'minimize' },
      ...(isMac
        ? ([
            { label: t.zoom, role: 'zoom' },
            { type: 'separator' },
            { label: t.front, role: 'front' },
          ] satisfies MenuItemConstructorOptions[])
        : ([{ label: t.close, role: 'close' }] satisfies MenuItemConstructorOptions[])),
    ],
  });

  template.push({
    label: top(t.help),
    role: 'help',
    submenu: isMac
      ? [{ label: t.openLogsFolder, click: () => actions.openLogsFolder() }]
      : [
          { label: t.openLogsFolder, click: () => actions.openLogsFolder() },
          { type: 'separator' },
          { label: t.about, click: () => actions.showAbout() },
        ],
  });

  return template;
}
