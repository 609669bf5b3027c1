import { expect } from 'vitest';
import type { testCore } from '../../helpers/core';
import type { ApiErrorBody } from '../../../src/shared/envelope';
import type { InputOf, MethodName, ResultOf } from '../../../src/shared/contract';

export type T = Awaited<ReturnType<typeof testCore>>;

/** Calls through the real dispatcher (schema parsing included); fails the test on an error envelope. */
export async function call<M extends MethodName>(t: T, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<M>;
}

/** Calls and expects an error envelope. */
export async function callErr<M extends MethodName>(t: T, method: M, input: InputOf<M>): Promise<ApiErrorBody> {
  const r = await t.dispatch(method, input);
  expect(r.ok, `${method} should fail`).toBe(false);
  return (r as { ok: false; error: ApiErrorBody }).error;
}

let seq = 0;
export async function influencer(
  t: T,
  name: string,
  opts: { handle?: string; platform?: 'instagram' | 'tiktok' | 'youtube'; followers?: number; email?: string } = {},
): Promise<number> {
  seq++;
  const handle = opts.handle ?? `${name.toLowerCase().replace(/[^a-z]/g, '')}${seq}`;
  const { id } = await call(t, 'influencers.create', {
    name,
    email: opts.email,
    channels: [{ platform: opts.platform ?? 'instagram', handle, followers: opts.followers ?? 12_000, avgLikes: 400, avgComments: 30, avgShares: 10 }],
  });
  return id;
}

export async function campaign(t: T, name = 'Vegan Protein Launch', extra: Partial<InputOf<'campaigns.create'>> = {}): Promise<{ id: number; stages: number[] }> {
  const { id } = await call(t, 'campaigns.create', { name, goal: 'launch', product: 'Vegan Protein', ...extra });
  const detail = await call(t, 'campaigns.get', { id });
  return { id, stages: detail.stages.map((s) => s.id) };
}

/** Card ids per stage, in position order, straight from SQL (active cards only). */
export function columns(t: T, campaignId: number): Map<number, number[]> {
  const rows = t.core.db.$client
    .prepare(
      `SELECT s.id AS stageId, co.id AS cardId FROM stages s LEFT JOIN collaborations co ON co.stage_id = s.id AND co.removed_at IS NULL
       WHERE s.campaign_id = ? ORDER BY s.position, co.position`,
    )
    .all(campaignId) as { stageId: number; cardId: number | null }[];
  const out = new Map<number, number[]>();
  for (const r of rows) {
    if (!out.has(r.stageId)) out.set(r.stageId, []);
    if (r.cardId !== null) out.get(r.stageId)!.push(r.cardId);
  }
  return out;
}

/** Asserts every stage of the campaign (and the stages themselves) is numbered 0..n-1 without gaps or duplicates. */
export function expectDense(t: T, campaignId: number): void {
  const db = t.core.db.$client;
  const stages = db.prepare('SELECT id, position FROM stages WHERE campaign_id = ? ORDER BY position').all(campaignId) as { id: number; position: number }[];
  expect(stages.map((s) => s.position)).toEqual(stages.map((_, i) => i));
  for (const s of stages) {
    const positions = db.prepare('SELECT position FROM collaborations WHERE stage_id = ? AND removed_at IS NULL ORDER BY position').pluck().all(s.id) as number[];
    expect(positions, `stage ${s.id}`).toEqual(positions.map((_, i) => i));
  }
}
