import { create } from 'zustand';
import { api } from '../api/client';
import type { AppInfo, Settings } from '../../../shared/contract';
import { effectiveLocale, setLocale } from '../i18n';
import { onDataChanged } from './sync';
import { setAppTimeZone } from './today';

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
      const settings = await api.call('settings.get', {});
      set({ settings, loading: false });
      setAppTimeZone(settings.timeZone);
      await setLocale(effectiveLocale(settings.locale));
    } catch (error) {
      set({ error, loading: false });
    }
  },
  async loadInfo() {
    try {
      set({ info: await api.call('app.info', {}) });
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
