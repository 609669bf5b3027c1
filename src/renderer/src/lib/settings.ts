/**
 * The workspace settings and the app's info are server state like every other read: TanStack Query under one
 * key each (`['settings.get', {}]`, `['app.info', {}]`, lib/query.ts), refetched by the core's change scopes.
 *
 * Three helpers outside React read them synchronously — the UI language (i18n), the app time zone and the core's
 * clock (lib/today.ts). They keep no copy of their own to fill by hand: a small subscription on the query cache
 * hands them every new settings value and every app.info the cache receives (a fetch, a refetch after a change
 * event, or the result of a save put into the cache), and `cachedSettings()` reads the cached value directly.
 * zustand holds UI state only.
 */
import type { AppInfo, Settings } from '../../../shared/contract';
import { api } from '../api/client';
import { effectiveLocale, setLocale } from '../i18n';
import { hashKey } from '@tanstack/react-query';
import { apiQueryOptions, queryClient, useApiQuery, type Scope } from './query';
import { setAppTimeZone, setCoreClock } from './today';

const settingsQuery = apiQueryOptions('settings.get', {}, ['settings']);
/** app.info brings the core's clock and the counts, so it follows every change that moves them. */
const INFO_SCOPES: readonly Scope[] = ['settings', 'influencers', 'campaigns', 'collaborations', 'redemptions'];
const infoQuery = apiQueryOptions('app.info', {}, INFO_SCOPES);
const SETTINGS_HASH = hashKey(settingsQuery.queryKey);
const INFO_HASH = hashKey(infoQuery.queryKey);

/** The settings as last read or saved (null before the first read). */
export function cachedSettings(): Settings | null {
  return queryClient.getQueryData(settingsQuery.queryKey) ?? null;
}

/** The settings for a screen: the query, with its error and refetch for the page that shows them. */
export function useSettingsQuery() {
  return useApiQuery('settings.get', {}, { scopes: ['settings'] });
}

/** The settings (null while the first read runs). */
export function useSettings(): Settings | null {
  return useSettingsQuery().data ?? null;
}

/** Version, schema and data folder of the running core, and its clock (null until read or when it failed). */
export function useAppInfo(): AppInfo | null {
  return useApiQuery('app.info', {}, { scopes: INFO_SCOPES }).data ?? null;
}

/** The language and time zone the settings name, for the helpers outside React. */
function applySettings(settings: Settings): Promise<void> {
  setAppTimeZone(settings.timeZone);
  return setLocale(effectiveLocale(settings.locale));
}

queryClient.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated' || event.action.type !== 'success') return;
  if (event.query.queryHash === SETTINGS_HASH) {
    const settings = cachedSettings();
    if (settings) void applySettings(settings);
  } else if (event.query.queryHash === INFO_HASH) {
    // "today" here is the core's today (overdue, due in N days)
    setCoreClock(queryClient.getQueryData(infoQuery.queryKey)?.now);
  }
});

/** At start: the settings (language, time zone) and the core's clock, before the first screen needs them. */
export async function loadSettings(): Promise<void> {
  await Promise.all([queryClient.prefetchQuery(settingsQuery), queryClient.prefetchQuery(infoQuery)]);
  const settings = cachedSettings();
  if (settings) await applySettings(settings);
}

/** Saves a patch; the saved settings are the cached ones at once. Throws ApiError so forms can show field errors. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const settings = await api.call('settings.update', patch);
  queryClient.setQueryData(settingsQuery.queryKey, settings);
  await applySettings(settings);
  return settings;
}
