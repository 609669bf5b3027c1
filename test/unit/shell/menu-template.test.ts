import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, menuLocale, MENU_LABELS, type MenuActions } from '../../../src/main/shell/menu-template';

function actions() {
  const a = {
    openDataFolder: vi.fn<() => void>(),
    openLogsFolder: vi.fn<() => void>(),
    showAbout: vi.fn<() => void>(),
    backupNow: vi.fn<() => void>(),
    restoreBackup: vi.fn<() => void>(),
    showBackups: vi.fn<() => void>(),
  };
  return a satisfies MenuActions;
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function byLabel(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(items).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('menuLocale', () => {
  it.each([
    ['de', 'de'], ['de-DE', 'de'], ['de-AT', 'de'], ['de-CH', 'de'], ['DE', 'de'],
    ['en-US', 'en'], ['fr', 'en'], ['', 'en'], [undefined, 'en'], ['nl-BE', 'en'],
  ])('%s → %s', (input, expected) => {
    expect(menuLocale(input)).toBe(expected);
  });
});

describe('buildMenuTemplate', () => {
  it('is German for de', () => {
    const t = buildMenuTemplate('de', actions(), { platform: 'win32' });
    expect(t.map((i) => i.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Fenster', '&Hilfe']);
    const labels = flatten(t).map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Beenden', 'Rückgängig', 'Kopieren', 'Einfügen', 'Datenordner öffnen', 'Über Kollab']));
    expect(labels).not.toContain('Quit');
  });

  it('is English for en', () => {
    const t = buildMenuTemplate('en', actions(), { platform: 'linux' });
    expect(t.map((i) => i.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const labels = flatten(t).map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Quit', 'Undo', 'Copy', 'Paste', 'Open Data Folder', 'About Kollab']));
    expect(labels).not.toContain('Beenden');
  });

  it('labels every non-separator item in both languages, with the same structure', () => {
    const de = flatten(buildMenuTemplate('de', actions(), { platform: 'win32', isDev: true }));
    const en = flatten(buildMenuTemplate('en', actions(), { platform: 'win32', isDev: true }));
    expect(de.map((i) => i.role ?? i.type ?? 'click')).toEqual(en.map((i) => i.role ?? i.type ?? 'click'));
    for (const item of [...de, ...en]) {
      if (item.type === 'separator') continue;
      expect(typeof item.label).toBe('string');
      expect(item.label!.length).toBeGreaterThan(0);
    }
    expect(Object.keys(MENU_LABELS.de).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
  });

  it('wires the custom items to the actions', () => {
    const a = actions();
    const t = buildMenuTemplate('de', a, { platform: 'win32' });
    click(byLabel(t, 'Datenordner öffnen'));
    expect(a.openDataFolder).toHaveBeenCalledTimes(1);
    click(byLabel(t, 'Protokollordner öffnen'));
    expect(a.openLogsFolder).toHaveBeenCalledTimes(1);
    click(byLabel(t, 'Über Kollab'));
    expect(a.showAbout).toHaveBeenCalledTimes(1);
  });

  it('offers the backups in the File menu, in both languages', () => {
    const a = actions();
    const de = buildMenuTemplate('de', a, { platform: 'win32' });
    click(byLabel(de, 'Jetzt sichern'));
    click(byLabel(de, 'Sicherung wiederherstellen …'));
    click(byLabel(de, 'Sicherungen anzeigen'));
    expect([a.backupNow, a.restoreBackup, a.showBackups].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
    const en = buildMenuTemplate('en', a, { platform: 'darwin' });
    expect(flatten(en).map((i) => i.label)).toEqual(expect.arrayContaining(['Back Up Now', 'Restore Backup…', 'Show Backups']));
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate('en', actions(), { platform: 'linux', isDev })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('adds the app menu on macOS, without mnemonics', () => {
    const t = buildMenuTemplate('de', actions(), { platform: 'darwin', appName: 'Kollab' });
    expect(t[0].label).toBe('Kollab');
    expect(t.map((i) => i.label)).toEqual(['Kollab', 'Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    expect(flatten(t).find((i) => i.role === 'quit')?.label).toBe('Beenden');
    expect(flatten(t).some((i) => i.role === 'hide')).toBe(true);
  });
});
