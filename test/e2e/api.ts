import type { Locator } from '@playwright/test';

/** Calls the host's API directly (setting up state for a UI test), with the run's token. */
export async function rpc<T = unknown>(method: string, input: unknown = {}, base = process.env.KOLLAB_URL, token = process.env.KOLLAB_TOKEN): Promise<T> {
  const res = await fetch(`${base}/rpc/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const env = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!env.ok) throw new Error(`${method}: ${env.error?.message}`);
  return env.value as T;
}

export const SHOTS = 'test-results/screenshots';

/**
 * Types an ISO date ('YYYY-MM-DD') into a DateField the way a user would, in the UI language's
 * display form (de '01.03.2027', en '01/03/2027'), then tabs away so the picker closes.
 */
export async function fillDate(field: Locator, iso: string, lang: 'de' | 'en'): Promise<void> {
  const [y, m, d] = iso.split('-');
  await field.fill(lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`);
  await field.press('Tab');
}
