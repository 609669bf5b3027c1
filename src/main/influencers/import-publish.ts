/**
 * The merges of an influencer spreadsheet import into people who exist (issue 9): the final transaction of the
 * import held the write lock ~1 s for 200 merges, because each merge read the whole person (the drawer's reader),
 * wrote a dozen statements and prepared them anew. Now:
 *
 * - Prepared outside the lock (`prepareMerges`, a consistent read per person, between the staging chunks): what
 *   the person was (the undo record), the merged record per the user's choices, the channel rows to update and
 *   insert, and a fingerprint of everything the merge was computed from (db: `mergeFingerprints`).
 * - Applied in the final transaction (`publishMerges`): one statement compares the fingerprints; a person changed
 *   meanwhile (the user edited them, or erased them) is prepared again there, the rest is applied as is; then a
 *   handful of set-based statements write all of them at once (columns, channels, the day's snapshots, undo
 *   records, the authenticity cache). A merge whose new handle someone else took meanwhile is not made and
 *   reported as a conflict with that person.
 */
import type { Db } from '../db/connection';
import { readSnapshot } from '../db/write';
import type { ImportConflict, MergeChoice, MergeField } from '../../shared/contract';
import { channelToInput } from '../../shared/influencer-input';
import { audienceColumn, parseJson, parseJsonOrNull, ratesColumn, stringList } from '../db/json-columns';
import { mergeWithChoices } from './directory/merge-diff';
import type { ParsedInfluencerInput } from './directory/import-plan';
import { captureBefore } from './import-undo';
import { columnSets, planChannels, UPDATE_COLUMNS, type ChannelPlan } from './edit';
import { refreshAuthenticity } from './authenticity-cache';
import * as q from './queries';

/** One sheet row to merge into a person (in the order of the sheet). */
export interface MergeRequest {
  row: number;
  target: number;
  input: ParsedInfluencerInput;
  channel: { platform: string; handle: string };
  choices: Partial<Record<MergeField, MergeChoice>>;
}

export interface PreparedMerge {
  target: number;
  requests: MergeRequest[];
  fingerprint: string;
  /** MergeBefore JSON (import-undo.ts). */
  before: string;
  values: Record<string, string | number | null>;
  channels: ChannelPlan;
}

/** A person's stored record as an import input, whatever their state (the directory's reader wants live people). */
function storedInputAnyState(db: Db, id: number): ParsedInfluencerInput | undefined {
  const i = q.influencerAnyState(db, id);
  if (!i) return undefined;
  return {
    name: i.name,
    email: i.email,
    phone: i.phone,
    street: i.street,
    postalCode: i.postalCode,
    city: i.city,
    country: i.country,
    language: i.language,
    niches: parseJson(stringList, i.niches),
    tags: parseJson(stringList, i.tags),
    notes: i.notes,
    audience: parseJsonOrNull(audienceColumn, i.audience),
    rates: parseJson(ratesColumn, i.rates).map((r) => ({ kind: r.kind, amountMinor: r.amountMinor, currency: r.currency })),
    channels: q.channelsOf(db, id).map((c) => channelToInput({ ...c, isPrimary: !!c.isPrimary })),
  };
}

/** One person's merges (several rows may merge into the same person), from one consistent read; null if erased. */
function prepareOne(db: Db, target: number, requests: MergeRequest[], day: string): PreparedMerge | null {
  return readSnapshot(db, () => {
    const fingerprint = q.mergeFingerprints(db, [target]).get(target) ?? 'gone';
    let merged = storedInputAnyState(db, target);
    if (!merged) return null;
    const before = JSON.stringify(captureBefore(db, target, day));
    for (const r of requests) merged = mergeWithChoices(merged, r.input, r.channel, r.choices);
    const { channels, ...fields } = merged;
    const values = Object.fromEntries(columnSets(fields).map((s) => [s.column, s.value]));
    return { target, requests, fingerprint, before, values, channels: planChannels(q.channelKeys(db, target), channels) };
  });
}

/** The requests per person, in the order of their first row. */
export function groupByTarget(requests: readonly MergeRequest[]): Map<number, MergeRequest[]> {
  const out = new Map<number, MergeRequest[]>();
  for (const r of requests) out.set(r.target, [...(out.get(r.target) ?? []), r]);
  return out;
}

/** Prepares the merges of some people (a chunk; no write lock). Erased people are left out (conflicts at publish). */
export function prepareMerges(db: Db, groups: readonly [number, MergeRequest[]][], day: string): PreparedMerge[] {
  return groups.map(([target, requests]) => prepareOne(db, target, requests, day)).filter((p): p is PreparedMerge => p !== null);
}

/**
 * In the final transaction: applies the prepared merges (prepared again where the person changed since), all at
 * once. Returns how many rows were merged and the rows that could not be (person erased, handle taken meanwhile).
 */
export function publishMerges(db: Db, batchId: number, groups: ReadonlyMap<number, MergeRequest[]>, prepared: readonly PreparedMerge[], day: string): { merged: number; conflicts: ImportConflict[] } {
  const conflicts: ImportConflict[] = [];
  const byTarget = new Map(prepared.map((p) => [p.target, p]));
  const now = q.mergeFingerprints(db, [...groups.keys()]);
  const ready: PreparedMerge[] = [];
  for (const [target, requests] of groups) {
    const p = byTarget.get(target);
    const fresh = p && now.get(target) === p.fingerprint ? p : prepareOne(db, target, requests, day);
    if (fresh) ready.push(fresh);
    else for (const r of requests) conflicts.push({ row: r.row, platform: r.channel.platform, handle: r.channel.handle, reason: 'gone', influencerId: null, name: null });
  }
  // A handle a merge would add that someone else holds now (added by hand while the import ran): that merge waits.
  const wanted = ready.flatMap((p) => p.channels.inserts.map((c) => ({ influencerId: p.target, platform: c.platform, handle: c.handle })));
  const clashes = q.handlesHeldByOthers(db, wanted);
  const clashing = new Set(clashes.map((c) => c.influencerId));
  for (const c of clashes) {
    const holder = q.influencerAnyState(db, c.holderId);
    for (const r of groups.get(c.influencerId) ?? []) conflicts.push({ row: r.row, platform: c.platform, handle: c.handle, reason: 'handleTaken', influencerId: c.holderId, name: holder?.name ?? null });
  }
  const apply = ready.filter((p) => !clashing.has(p.target));
  if (apply.length) {
    const ids = apply.map((p) => p.target);
    q.recordMergesAtOnce(db, batchId, apply.map((p) => ({ influencerId: p.target, before: p.before })));
    q.applyColumns(db, UPDATE_COLUMNS, apply.map((p) => ({ id: p.target, values: p.values })));
    q.deleteChannelsAtOnce(db, apply.flatMap((p) => p.channels.deletes));
    q.updateChannelsAtOnce(db, apply.flatMap((p) => p.channels.updates.map((u) => ({ id: u.id, handle: u.handle, ...rowValues(u.values, u.sheetErBp), setSheetEr: u.setSheetEr }))));
    q.insertChannelsAtOnce(db, apply.flatMap((p) => p.channels.inserts.map((c) => ({ influencerId: p.target, platform: c.platform, handle: c.handle, ...rowValues(c.values, c.sheetErBp) }))));
    q.insertImportSnapshotsOf(db, ids, day);
    refreshAuthenticity(db, ids);
  }
  return { merged: apply.reduce((n, p) => n + p.requests.length, 0), conflicts };
}

function rowValues(v: ChannelPlan['inserts'][number]['values'], sheetErBp: number | null): q.ChannelRowValues {
  const [url, followers, avgLikes, avgComments, avgShares, avgViews, isPrimary] = v;
  return { url, followers, avgLikes, avgComments, avgShares, avgViews, isPrimary, sheetErBp };
}
