import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { write } from '../db/write';
import * as q from './queries';

/**
 * Order of cards within a stage and of stages within a campaign.
 *
 * Rules:
 * - Every stage's cards on the board (removed_at IS NULL) have positions 0..n-1; every campaign's stages too.
 * - Positions are always recomputed from the rows in the database inside one IMMEDIATE transaction
 *   (write lock taken before the first read), never taken from the client: concurrent moves are
 *   serialised by SQLite, and each one heals whatever order it finds.
 * - A move's `index` is the card's final place in the target stage; an index past the end appends.
 * - A stage change writes a stage_events row (from, to, at = now in UTC).
 */

// ---- pure helpers --------------------------------------------------------------------------------

/** `items` without `item`, then `item` inserted at `index` (clamped to the end). */
export function placeAt<T>(items: readonly T[], item: T, index: number): T[] {
  const rest = items.filter((x) => x !== item);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

/** Is `ids` exactly the members of `current` (same set, each once)? */
export function isPermutationOf(ids: readonly number[], current: readonly number[]): boolean {
  if (ids.length !== current.length) return false;
  const want = new Set(current);
  const seen = new Set<number>();
  for (const id of ids) {
    if (!want.has(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

export const nowUtc = (): string => new Date().toISOString();

// ---- rows (SQL in queries.ts) ---------------------------------------------------------------------


export function stageRow(db: Db, id: number, field = 'id'): q.StageRow {
  const row = q.stage(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Stage ${id} not found`, { field, key: 'collaborations.stageNotFound', params: { id } });
  return row;
}

function assertCampaign(db: Db, campaignId: number, field: string): void {
  if (!q.campaignExists(db, campaignId))
    throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field, key: 'campaigns.notFound', params: { id: campaignId } });
}

/** Card ids on the board in a stage, in their current order. */
export function cardIdsOf(db: Db, stageId: number): number[] {
  return q.cardIds(db, stageId);
}

/** Stage ids of a campaign in order. */
export function stageIdsOf(db: Db, campaignId: number): number[] {
  return q.stageIds(db, campaignId);
}

const { writeCardOrder, writeStageOrder } = q;

/** Makes a stage's card positions dense again (after a removal). */
export function renumberStage(db: Db, stageId: number): void {
  writeCardOrder(db, stageId, cardIdsOf(db, stageId));
}

/**
 * One entry of a card's history. `note` is an event kind the renderer translates (`added`, `restored`,
 * `contacted`, `stage_removed`; see card.history.events) or null for a plain move. Staying in the same stage
 * is no stage change: without a note nothing is recorded, with one it is recorded as an event without stages
 * (no "Contacted → Contacted").
 */
export function recordStageEvent(db: Db, collaborationId: number, from: number | null, to: number | null, note: string | null, at = nowUtc()): void {
  if (from !== null && from === to) {
    if (note === null) return;
    from = to = null;
  }
  q.insertStageEvent(db, collaborationId, from, to, at, note);
}

/** Puts a card (already on the board or not) at the end of a stage; returns its position. Call inside a transaction. */
export function appendToStage(db: Db, collaborationId: number, stageId: number): number {
  const ids = cardIdsOf(db, stageId).filter((x) => x !== collaborationId);
  ids.push(collaborationId);
  writeCardOrder(db, stageId, ids);
  return ids.length - 1;
}

export function moveCollaboration(db: Db, input: { id: number; stageId: number; index: number }): { id: number; stageId: number; position: number } {
  return write(db, () => {
    const card = q.collaboration(db, input.id);
    if (!card) throw new DomainError('NOT_FOUND', `Collaboration ${input.id} not found`, { field: 'id', key: 'collaborations.notFound', params: { id: input.id } });
    if (card.removedAt) throw new DomainError('CONFLICT', 'This card was removed from the board; restore it first', {
        field: 'id',
        key: 'collaborations.cardRemoved',
      });
    const target = stageRow(db, input.stageId, 'stageId');
    if (target.campaignId !== card.campaignId)
      throw new DomainError('INVALID_INPUT', "A card can only move between its own campaign's stages", { field: 'stageId', key: 'collaborations.moveOtherCampaign' });

    const targetIds = placeAt(cardIdsOf(db, target.id), card.id, input.index);
    if (card.stageId !== target.id) {
      // Leave the old column first (it closes the gap), then take the place in the new one.
      writeCardOrder(
        db,
        card.stageId,
        cardIdsOf(db, card.stageId).filter((x) => x !== card.id),
      );
      recordStageEvent(db, card.id, card.stageId, target.id, null);
    }
    writeCardOrder(db, target.id, targetIds);
    q.touchCard(db, card.id);
    return { id: card.id, stageId: target.id, position: targetIds.indexOf(card.id) };
  });
}

// ---- stages --------------------------------------------------------------------------------------

export function addStage(db: Db, input: { campaignId: number; name: string; index?: number }): { id: number } {
  return write(db, () => {
    assertCampaign(db, input.campaignId, 'campaignId');
    const ids = stageIdsOf(db, input.campaignId);
    // Insert at the end first (position n is free), then place it.
    const id = q.insertStage(db, input.campaignId, input.name.trim(), ids.length);
    writeStageOrder(db, placeAt([...ids, id], id, input.index ?? ids.length));
    return { id };
  });
}

/** null (or an empty name) restores the default name of a built-in stage; a stage the user added needs a name. */
export function renameStage(db: Db, input: { id: number; name: string | null }): { id: number } {
  return write(db, () => {
    const stage = stageRow(db, input.id);
    const name = input.name?.trim() || null;
    if (name === null && stage.key === null)
      throw new DomainError('INVALID_INPUT', 'A stage you added has no default name; give it a name', { field: 'name', key: 'collaborations.stageNeedsName' });
    q.setStageName(db, stage.id, name);
    return { id: stage.id };
  });
}

export function reorderStages(db: Db, input: { campaignId: number; stageIds: number[] }): { campaignId: number } {
  return write(db, () => {
    assertCampaign(db, input.campaignId, 'campaignId');
    const current = stageIdsOf(db, input.campaignId);
    if (!isPermutationOf(input.stageIds, current))
      throw new DomainError('INVALID_INPUT', "List each of the campaign's stages exactly once", {
        field: 'stageIds',
        key: 'collaborations.stagesOnce',
        details: { expected: current.length, given: input.stageIds.length },
      });
    writeStageOrder(db, input.stageIds);
    return { campaignId: input.campaignId };
  });
}

/**
 * Removes a stage. Its cards are appended, in their order, to `moveCardsTo` (required when it holds
 * cards); cards taken off the board (soft-removed) that still belong to it follow to that stage, or to
 * the campaign's first remaining stage, so a later restore has a stage to return to.
 * The last stage of a campaign cannot be removed.
 */
export function removeStage(db: Db, input: { id: number; moveCardsTo?: number }): { id: number; moved: number } {
  return write(db, () => {
    const stage = stageRow(db, input.id);
    const siblings = stageIdsOf(db, stage.campaignId);
    if (siblings.length <= 1) throw new DomainError('CONFLICT', 'A campaign needs at least one stage', { field: 'id', key: 'collaborations.lastStage' });
    const cards = cardIdsOf(db, stage.id);
    let target: number | null = null;
    if (input.moveCardsTo !== undefined) {
      if (input.moveCardsTo === stage.id) throw new DomainError('INVALID_INPUT', 'Cards cannot move to the stage being removed', {
          field: 'moveCardsTo',
          key: 'collaborations.moveToRemoved',
        });
      const t = stageRow(db, input.moveCardsTo, 'moveCardsTo');
      if (t.campaignId !== stage.campaignId)
        throw new DomainError('INVALID_INPUT', 'Cards can only move to a stage of the same campaign', {
          field: 'moveCardsTo',
          key: 'collaborations.moveToOtherCampaign',
        });
      target = t.id;
    }
    if (cards.length > 0 && target === null)
      throw new DomainError('CONFLICT', `This stage holds ${cards.length} card(s); choose the stage they move to`, {
        field: 'moveCardsTo',
        key: 'collaborations.stageHoldsCards',
        params: { count: cards.length },
        details: { cards: cards.length },
      });
    const at = nowUtc();
    if (target !== null && cards.length) {
      writeCardOrder(db, target, [...cardIdsOf(db, target), ...cards]);
      for (const c of cards) recordStageEvent(db, c, stage.id, target, 'stage_removed', at);
    }
    const fallback = target ?? siblings.find((s) => s !== stage.id)!;
    q.deleteStageRow(db, stage.id, fallback);
    writeStageOrder(
      db,
      siblings.filter((s) => s !== stage.id),
    );
    return { id: stage.id, moved: cards.length };
  });
}
