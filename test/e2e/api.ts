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
