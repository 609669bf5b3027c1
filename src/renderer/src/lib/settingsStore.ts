import { create } from 'zustand';
import { api } from '../api/client';
import type { AppInfo, Settings } from '../../../shared/contract';
import { effectiveLocale, setLocale } from '../i18n';
import { onDataChanged } from './sync';
import { setAppTimeZone, setCoreClock } from './today';

interface SettingsState {
  settings: Settings | null;
  info: AppInfo | null;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
  loadInfo(): Promise<void>;
  /** Saves a patch; throws ApiError so forms can show field errors. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  settings: null,
  info: null,
  loading: false,
  error: null,
  async load() {
    set({ loading: true, error: null });
    try {
      // app.info brings the core's clock, so "today" here is the core's today (overdue, due in N days)
      const [settings, info] = await Promise.all([api.call('settings.get', {}), api.call('app.info', {}).catch(() => null)]);
      if (info) setCoreClock(info.now);
      set({ settings, loading: false, ...(info ? { info } : {}) });
      setAppTimeZone(settings.timeZone);
      await setLocale(effectiveLocale(settings.locale));
    } catch (error) {
      set({ error, loading: false });
    }
  },
  async loadInfo() {
    try {
      const info = await api.call('app.info', {});
      setCoreClock(info.now);
      set({ info });
    } catch {
      /* the about card just stays empty */
    }
  },
  async update(patch) {
    const settings = await api.call('settings.update', patch);
    set({ settings });
    setAppTimeZone(settings.timeZone);
    if ('locale' in patch) await setLocale(effectiveLocale(settings.locale));
    return settings;
  },
}));

onDataChanged(['settings'], () => void useSettingsStore.getState().load());
onDataChanged(['influencers', 'campaigns', 'collaborations', 'redemptions'], () => {
  if (useSettingsStore.getState().info) void useSettingsStore.getState().loadInfo();
});
