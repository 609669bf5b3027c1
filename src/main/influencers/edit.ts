/** The directory's writes: create, update, bin/restore a person; add and delete channel snapshots. */
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { ParsedInputOf } from '../../shared/contract';
import { refreshAuthenticity } from './authenticity-cache';
import { write } from '../db/write';
import * as q from './queries';

type ChannelInput = ParsedInputOf<'influencers.create'>['channels'][number];

/**
 * Throws `influencers.handleTaken` naming who holds a handle. A person a running import staged does not reserve
 * the handle (nobody can see them yet): the user's write wins, the import reports that row as a conflict.
 */
function assertHandlesFree(db: Db, channels: ChannelInput[], exceptInfluencer?: number, who?: { id: number | null; name: string }): void {
  const seen = new Set<string>();
  channels.forEach((c, idx) => {
    const handle = c.handle.replace(/^@/, '');
    const key = `${c.platform}:${handle.toLowerCase()}`;
    if (seen.has(key)) throw new DomainError('CONFLICT', `${c.platform} handle ${handle} is listed twice`, {
        field: `channels.${idx}.handle`,
        key: 'influencers.handleTwice',
        params: { platform: c.platform, handle },
      });
    seen.add(key);
    const holder = q.handleHolder(db, c.platform, handle, exceptInfluencer ?? null);
    if (holder?.staged && who && q.displaceStaged(db, holder.id, { platform: c.platform, handle, holderId: who.id, holderName: who.name })) return;
    if (holder)
      throw new DomainError('CONFLICT', `${c.platform} handle ${handle} already belongs to ${holder.name}`, {
        field: `channels.${idx}.handle`,
        key: 'influencers.handleTaken',
        params: { platform: c.platform, handle, name: holder.name },
        details: { influencerId: holder.id },
      });
  });
}

type ChannelValues = Parameters<ReturnType<typeof q.channelWriters>['insert']>[3];

/** What `writeChannels` does to one person's channels: rows updated in place, inserted and removed. */
export interface ChannelPlan {
  updates: { id: number; handle: string; values: ChannelValues; setSheetEr: boolean; sheetErBp: number | null }[];
  inserts: { platform: string; handle: string; values: ChannelValues; sheetErBp: number | null }[];
  deletes: number[];
}

/**
 * Makes the stored channels match the given list: matching ones (platform + handle) are updated in place
 * so their snapshots stay, new ones inserted, missing ones removed. Pure (the import prepares it outside the lock).
 */
export function planChannels(existing: readonly { id: number; platform: string; handle: string }[], channels: ChannelInput[]): ChannelPlan {
  const hasPrimary = channels.some((c) => c.isPrimary);
  const keep = new Set<number>();
  const plan: ChannelPlan = { updates: [], inserts: [], deletes: [] };
  channels.forEach((c, idx) => {
    const handle = c.handle.replace(/^@/, '');
    const primary = c.isPrimary || (!hasPrimary && idx === 0) ? 1 : 0;
    const match = existing.find((e) => e.platform === c.platform && e.handle === handle.toLowerCase());
    const values: ChannelValues = [c.url ?? null, c.followers, c.avgLikes, c.avgComments, c.avgShares, c.avgViews, primary];
    if (match) {
      keep.add(match.id);
      plan.updates.push({ id: match.id, handle, values, setSheetEr: c.sheetErBp !== undefined, sheetErBp: c.sheetErBp ?? null });
    } else {
      plan.inserts.push({ platform: c.platform, handle, values, sheetErBp: c.sheetErBp ?? null });
    }
  });
  for (const e of existing) if (!keep.has(e.id)) plan.deletes.push(e.id);
  return plan;
}

function writeChannels(db: Db, influencerId: number, channels: ChannelInput[]): void {
  const plan = planChannels(q.channelKeys(db, influencerId), channels);
  const writers = q.channelWriters(db);
  for (const u of plan.updates) writers.update(u.id, u.handle, u.values, u.setSheetEr, u.sheetErBp);
  for (const i of plan.inserts) writers.insert(influencerId, i.platform, i.handle, i.values, i.sheetErBp);
  for (const id of plan.deletes) q.deleteChannel(db, id);
}

/**
 * Creates a person. `displaceStaged` (the user's own write; false for an import's own rows): a handle held only
 * by a person a running import staged is taken from that import (assertHandlesFree).
 */
export function createInfluencer(db: Db, input: ParsedInputOf<'influencers.create'>, opts: { displaceStaged?: boolean } = {}): { id: number } {
  return write(db, () => {
    const id = q.insertInfluencer(db, {
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
      street: input.street ?? null,
      postalCode: input.postalCode ?? null,
      city: input.city ?? null,
      country: input.country ?? null,
      language: input.language ?? null,
      niches: JSON.stringify(input.niches),
      tags: JSON.stringify(input.tags),
      notes: input.notes,
      audience: input.audience ? JSON.stringify(input.audience) : null,
      rates: JSON.stringify(input.rates),
    });
    assertHandlesFree(db, input.channels, id, opts.displaceStaged === false ? undefined : { id, name: input.name });
    writeChannels(db, id, input.channels);
    refreshAuthenticity(db, id);
    return { id };
  });
}

type UpdateInput = ParsedInputOf<'influencers.update'>;
const COLUMN_OF: [Exclude<keyof UpdateInput, 'id' | 'channels'>, string][] = [
  ['name', 'name'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['street', 'street'],
  ['postalCode', 'postal_code'],
  ['city', 'city'],
  ['country', 'country'],
  ['language', 'language'],
  ['notes', 'notes'],
  ['niches', 'niches'],
  ['tags', 'tags'],
  ['audience', 'audience'],
  ['rates', 'rates'],
];

/** Every column an update can set. */
export const UPDATE_COLUMNS = COLUMN_OF.map(([, column]) => column);

/** The columns an update sets (the given fields; arrays and objects as JSON). */
export function columnSets(input: Omit<UpdateInput, 'id'>): { column: string; value: string | number | null }[] {
  const sets: { column: string; value: string | number | null }[] = [];
  for (const [k, column] of COLUMN_OF) {
    const v = input[k];
    if (v === undefined) continue;
    sets.push({ column, value: v !== null && typeof v === 'object' ? JSON.stringify(v) : v });
  }
  return sets;
}

export function updateInfluencer(db: Db, input: UpdateInput): { id: number } {
  return write(db, () => {
    if (!q.isLive(db, input.id)) throw new DomainError('NOT_FOUND', `Influencer ${input.id} not found`, { field: 'id', key: 'influencers.notFound', params: { id: input.id } });
    const sets = columnSets(input);
    if (sets.length) q.updateInfluencerColumns(db, input.id, sets);
    if (input.channels) {
      assertHandlesFree(db, input.channels, input.id, { id: input.id, name: input.name ?? q.liveInfluencer(db, input.id)?.name ?? '' });
      writeChannels(db, input.id, input.channels);
      refreshAuthenticity(db, input.id);
    }
    return { id: input.id };
  });
}

export function setInfluencerDeleted(db: Db, id: number, deleted: boolean): { id: number } {
  if (!q.setDeleted(db, id, deleted)) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id', key: 'influencers.notFound', params: { id } });
  return { id };
}

export function addSnapshot(db: Db, s: ParsedInputOf<'influencers.snapshots.add'>): { id: number } {
  return write(db, () => {
    const influencerId = q.channelOwner(db, s.channelId);
    if (influencerId === undefined) throw new DomainError('NOT_FOUND', `Channel ${s.channelId} not found`, { field: 'channelId', key: 'influencers.channelNotFound', params: { id: s.channelId } });
    const id = q.upsertManualSnapshot(db, s);
    // The newest snapshot is the channel's current numbers.
    if (q.newestSnapshotDay(db, s.channelId) === s.takenOn) q.setChannelNumbers(db, s);
    refreshAuthenticity(db, influencerId);
    return { id };
  });
}

export function deleteSnapshot(db: Db, id: number): { id: number } {
  return write(db, () => {
    const influencerId = q.snapshotOwner(db, id);
    if (influencerId === undefined) throw new DomainError('NOT_FOUND', `Snapshot ${id} not found`, { field: 'id', key: 'influencers.snapshotNotFound', params: { id } });
    q.deleteSnapshotRow(db, id);
    refreshAuthenticity(db, influencerId);
    return { id };
  });
}
