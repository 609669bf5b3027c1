import type { Db } from '../db/connection';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/contract';
import { putSetting, settingValue } from './queries';

const KEY = 'app.settings';

/** Reads the settings, filling gaps from the defaults (a newer build may add keys). */
export function getSettings(db: Db): Settings {
  const value = settingValue(db, KEY);
  if (value === undefined) return structuredClone(DEFAULT_SETTINGS);
  let stored: unknown;
  try {
    stored = JSON.parse(value);
  } catch {
    stored = {};
  }
  const merged = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored ? stored : {}) };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
}

/** Validates the merged result as a whole (e.g. tier thresholds must grow) before writing. */
export function updateSettings(db: Db, patch: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...getSettings(db), ...patch });
  putSetting(db, KEY, JSON.stringify(next));
  return next;
}

/** A small value kept beside the settings (not part of them, not validated by the settings schema). */
export function keptValue(db: Db, key: string): string | undefined {
  return settingValue(db, key);
}

export function keepValue(db: Db, key: string, value: string): void {
  putSetting(db, key, value);
}
