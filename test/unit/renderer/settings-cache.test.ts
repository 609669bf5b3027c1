// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/contract';
import { currentLocale, initI18n } from '../../../src/renderer/src/i18n';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { cachedSettings, loadSettings, updateSettings } from '../../../src/renderer/src/lib/settings';
import { appToday, setAppTimeZone, setCoreClock } from '../../../src/renderer/src/lib/today';

/**
 * Settings are server state in the query cache (lib/settings.ts); the helpers that read them synchronously
 * outside React — the UI language, the app time zone, the core's clock — get every value the cache receives.
 */
const CORE_NOW = '2020-01-10T11:00:00Z'; // 11 January on Kiritimati (UTC+14), 10 January on Pago Pago (UTC−11)

function fakeCore(initial: Partial<Settings>) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const bridge = installFakeBridge({
    'settings.get': () => ok(settings),
    'settings.update': (patch: Partial<Settings>) => ok((settings = { ...settings, ...patch })),
    'app.info': () => ok({ name: 'Kollab', version: '0.1.0', schemaVersion: 3, dataDir: '/tmp/k', dbFile: '/tmp/k/kollab.db', now: CORE_NOW, counts: { influencers: 0, campaigns: 0, collaborations: 0, redemptions: 0 } }),
  });
  return { bridge, change: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }) };
}

beforeEach(() => {
  queryClient.clear();
  initI18n('en');
});
afterEach(() => {
  setCoreClock(undefined);
  setAppTimeZone(null);
});

describe('settings in the query cache, read synchronously outside React', () => {
  it('at start, after a save and after a refetch the language, the time zone and the core clock follow the cached settings', async () => {
    const core = fakeCore({ locale: 'de', timeZone: 'Pacific/Kiritimati' });
    await loadSettings();
    expect(cachedSettings()?.timeZone).toBe('Pacific/Kiritimati');
    expect(currentLocale()).toBe('de');
    expect(appToday()).toBe('2020-01-11');

    // a save: the saved settings are the cached ones, and the helpers follow at once
    await updateSettings({ timeZone: 'Pacific/Pago_Pago' });
    expect(cachedSettings()?.timeZone).toBe('Pacific/Pago_Pago');
    expect(appToday()).toBe('2020-01-10');
    expect(core.bridge.call).toHaveBeenCalledWith('settings.update', { timeZone: 'Pacific/Pago_Pago' });

    // changed elsewhere (another window): a refetch into the cache is enough
    core.change({ locale: 'en', timeZone: 'Pacific/Kiritimati' });
    await queryClient.refetchQueries({ queryKey: ['settings.get'] });
    expect(appToday()).toBe('2020-01-11');
    await expect.poll(() => currentLocale()).toBe('en');
  });
});
