/**
 * A duplicate's merge, field by field: what the existing record has, what the sheet brings, and which one the
 * merge keeps unless the user picks otherwise. Defaults: contact and address fields keep what is there (an empty
 * one is filled), follower counts keep the larger number, the other numbers and the ER take the newer (the
 * sheet's) value where it gives one, niches and tags are added, notes appended. Pure.
 */
import type { MergeChoice, MergeField, MergeFieldDiff } from '../../../shared/contract';
import { mergeInfluencer, type ParsedInfluencerInput } from './import-plan';

const TEXT_FIELDS = ['name', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language'] as const;
const COUNT_FIELDS = ['followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews'] as const;

const key = (platform: string, handle: string) => `${platform}:${handle.replace(/^@/, '').trim().toLowerCase()}`;
const blank = (v: unknown) => v == null || String(v).trim() === '';

/** The fields where keeping the existing value and taking the sheet's give different results. */
export function mergeDiff(existing: ParsedInfluencerInput, incoming: ParsedInfluencerInput, channel: { platform: string; handle: string }): MergeFieldDiff[] {
  const out: MergeFieldDiff[] = [];
  for (const f of TEXT_FIELDS) {
    const a = existing[f] ?? null;
    const b = incoming[f] ?? null;
    if (blank(b) || a === b) continue;
    out.push({ field: f, existing: a, incoming: b, choice: blank(a) ? 'incoming' : 'existing' });
  }
  for (const f of ['niches', 'tags'] as const) {
    const added = incoming[f].filter((v) => !existing[f].some((x) => x.toLowerCase() === v.toLowerCase()));
    if (added.length) out.push({ field: f, existing: existing[f].join(', ') || null, incoming: [...existing[f], ...added].join(', '), choice: 'incoming' });
  }
  if (incoming.notes.trim() && !existing.notes.includes(incoming.notes.trim())) {
    out.push({ field: 'notes', existing: existing.notes || null, incoming: mergeInfluencer(existing, { ...incoming, channels: [] }).notes, choice: 'incoming' });
  }
  const ex = existing.channels.find((c) => key(c.platform, c.handle) === key(channel.platform, channel.handle));
  const inc = incoming.channels.find((c) => key(c.platform, c.handle) === key(channel.platform, channel.handle));
  if (ex && inc) {
    for (const f of COUNT_FIELDS) {
      if (inc[f] <= 0 || inc[f] === ex[f]) continue;
      const choice: MergeChoice = f === 'followers' ? (inc[f] > ex[f] ? 'incoming' : 'existing') : 'incoming';
      out.push({ field: f, existing: ex[f], incoming: inc[f], choice });
    }
    if (inc.sheetErBp != null && inc.sheetErBp !== (ex.sheetErBp ?? null)) {
      out.push({ field: 'engagementRate', existing: ex.sheetErBp ?? null, incoming: inc.sheetErBp, choice: 'incoming' });
    }
    if (inc.url && !ex.url) out.push({ field: 'url', existing: null, incoming: inc.url, choice: 'incoming' });
  }
  return out;
}

/**
 * The merged record with a choice per field (the defaults of `mergeDiff` where the user chose nothing). Channels
 * other than the duplicate's are merged by the general rules (`mergeInfluencer`).
 */
export function mergeWithChoices(
  existing: ParsedInfluencerInput,
  incoming: ParsedInfluencerInput,
  channel: { platform: string; handle: string },
  choices: Partial<Record<MergeField, MergeChoice>> = {},
): ParsedInfluencerInput {
  const merged = mergeInfluencer(existing, incoming);
  const diff = mergeDiff(existing, incoming, channel);
  const pick = (f: MergeField, fallback: MergeChoice) => choices[f] ?? diff.find((d) => d.field === f)?.choice ?? fallback;
  for (const f of TEXT_FIELDS) {
    if (!diff.some((d) => d.field === f)) continue;
    merged[f] = (pick(f, 'existing') === 'incoming' ? incoming[f] : existing[f]) as never;
  }
  if (pick('niches', 'incoming') === 'existing') merged.niches = existing.niches;
  if (pick('tags', 'incoming') === 'existing') merged.tags = existing.tags;
  if (pick('notes', 'incoming') === 'existing') merged.notes = existing.notes;
  const m = merged.channels.find((c) => key(c.platform, c.handle) === key(channel.platform, channel.handle));
  const ex = existing.channels.find((c) => key(c.platform, c.handle) === key(channel.platform, channel.handle));
  const inc = incoming.channels.find((c) => key(c.platform, c.handle) === key(channel.platform, channel.handle));
  if (m && ex && inc) {
    for (const f of COUNT_FIELDS) {
      if (!diff.some((d) => d.field === f)) continue;
      m[f] = pick(f, 'incoming') === 'incoming' ? inc[f] : ex[f];
    }
    if (diff.some((d) => d.field === 'engagementRate')) m.sheetErBp = pick('engagementRate', 'incoming') === 'incoming' ? inc.sheetErBp : (ex.sheetErBp ?? null);
    if (diff.some((d) => d.field === 'url')) m.url = pick('url', 'incoming') === 'incoming' ? inc.url : ex.url;
  }
  return merged;
}
