import type { BoardCard, StageDto } from '../../../../../shared/contract';

/** Stages that do not count as "active" collaborations (for the Settings limit). */
export const INACTIVE_STAGE_KEYS = ['completed', 'declined'];

export function sortStages(stages: StageDto[]): StageDto[] {
  return [...stages].sort((a, b) => a.position - b.position || a.id - b.id);
}

/** Card ids per stage, in board order. */
export function groupCardIds(stages: StageDto[], cards: BoardCard[]): Record<number, number[]> {
  const out: Record<number, number[]> = {};
  for (const s of stages) out[s.id] = [];
  const sorted = [...cards].sort((a, b) => a.position - b.position || a.id - b.id);
  for (const c of sorted) (out[c.stageId] ??= []).push(c.id);
  return out;
}

/** Where a card is: its stage and index among that stage's cards. */
export function locate(columns: Record<number, number[]>, cardId: number): { stageId: number; index: number } | null {
  for (const [sid, ids] of Object.entries(columns)) {
    const i = ids.indexOf(cardId);
    if (i >= 0) return { stageId: Number(sid), index: i };
  }
  return null;
}

/** The cards after moving one card to `stageId` at `index` (positions dense, 0-based, per stage). */
export function applyMove(cards: BoardCard[], cardId: number, stageId: number, index: number): BoardCard[] {
  const moving = cards.find((c) => c.id === cardId);
  if (!moving) return cards;
  const stageIds = new Set(cards.map((c) => c.stageId));
  stageIds.add(stageId);
  const cols = new Map<number, BoardCard[]>();
  for (const sid of stageIds) cols.set(sid, []);
  for (const c of [...cards].sort((a, b) => a.position - b.position || a.id - b.id)) if (c.id !== cardId) cols.get(c.stageId)!.push(c);
  const target = cols.get(stageId)!;
  target.splice(Math.max(0, Math.min(index, target.length)), 0, { ...moving, stageId });
  const out: BoardCard[] = [];
  for (const [sid, list] of cols) list.forEach((c, i) => out.push(c.position === i && c.stageId === sid ? c : { ...c, stageId: sid, position: i }));
  return out;
}

/** Active collaborations: cards in stages other than completed/declined. */
export function countActive(stages: StageDto[], cards: BoardCard[]): number {
  const inactive = new Set(stages.filter((s) => s.key && INACTIVE_STAGE_KEYS.includes(s.key)).map((s) => s.id));
  return cards.filter((c) => !inactive.has(c.stageId)).length;
}

export interface BoardFilter {
  text: string;
  platform: string | null;
  tier: string | null;
  niche: string | null;
}
export const EMPTY_FILTER: BoardFilter = { text: '', platform: null, tier: null, niche: null };

export function filterActive(f: BoardFilter): boolean {
  return !!(f.text.trim() || f.platform || f.tier || f.niche);
}

/** `nicheIds`: influencer ids that have the chosen niche (null while unknown → no niche filtering). */
export function matchesFilter(c: BoardCard, f: BoardFilter, nicheIds: Set<number> | null): boolean {
  if (f.platform && c.platform !== f.platform) return false;
  if (f.tier && c.tier !== f.tier) return false;
  if (f.niche && nicheIds && !nicheIds.has(c.influencerId)) return false;
  const q = f.text.trim().toLowerCase();
  if (q && !c.influencerName.toLowerCase().includes(q) && !(c.handle ?? '').toLowerCase().includes(q)) return false;
  return true;
}
