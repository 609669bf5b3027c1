/**
 * Merging an import row into an existing influencer (the duplicate a plan reports), field by field; the rules are
 * in `mergeInfluencer`'s comment. merge-diff.ts shows the user what it would change.
 */
import { COUNT_FIELDS, channelKey, type ParsedInfluencerInput } from './import-plan-types';

const SCALAR_FIELDS = ['email', 'phone', 'street', 'postalCode', 'city', 'country', 'language'] as const;

function unionCaseInsensitive(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const v of b) if (!out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  return out;
}

/**
 * Merges an incoming record (an import row) into an existing influencer. Rules:
 * - name and the contact/address fields: the existing value stays; an empty one is filled from incoming;
 * - niches and tags: union (case-insensitive), existing order first;
 * - notes: incoming notes appended on a new line, unless the existing notes already contain them;
 * - channels are matched by platform + handle (case-insensitive): numbers from the newer side win where that side
 *   has them (a 0 counts as "not given"), the url is filled if empty; unmatched incoming channels are added
 *   (not primary, unless the existing record has no channel).
 * The incoming record is newer unless both dates are given and `existingAsOf` is later than `incomingAsOf`.
 */
export function mergeInfluencer(
  existing: ParsedInfluencerInput,
  incoming: ParsedInfluencerInput,
  opts: { existingAsOf?: string; incomingAsOf?: string } = {},
): ParsedInfluencerInput {
  const incomingIsNewer = !(opts.existingAsOf && opts.incomingAsOf && opts.existingAsOf > opts.incomingAsOf);
  const merged: ParsedInfluencerInput = {
    ...existing,
    name: existing.name.trim() ? existing.name : incoming.name,
    niches: unionCaseInsensitive(existing.niches, incoming.niches),
    tags: unionCaseInsensitive(existing.tags, incoming.tags),
    notes: appendNotes(existing.notes, incoming.notes),
    channels: existing.channels.map((c) => ({ ...c })),
  };
  for (const f of SCALAR_FIELDS) {
    const cur = existing[f];
    if (cur == null || String(cur).trim() === '') merged[f] = incoming[f] ?? cur ?? null;
  }
  const hadChannels = merged.channels.length > 0;
  for (const inc of incoming.channels) {
    const match = merged.channels.find((c) => channelKey(c.platform, c.handle) === channelKey(inc.platform, inc.handle));
    if (!match) {
      merged.channels.push({ ...inc, isPrimary: hadChannels ? false : inc.isPrimary });
      continue;
    }
    match.url = match.url ?? inc.url ?? null;
    for (const f of COUNT_FIELDS) {
      const [newer, older] = incomingIsNewer ? [inc[f], match[f]] : [match[f], inc[f]];
      match[f] = newer > 0 ? newer : older;
    }
    const [newerEr, olderEr] = incomingIsNewer ? [inc.sheetErBp, match.sheetErBp] : [match.sheetErBp, inc.sheetErBp];
    match.sheetErBp = newerEr ?? olderEr ?? null;
  }
  return merged;
}

function appendNotes(existing: string, incoming: string): string {
  const inc = incoming.trim();
  if (!inc || existing.includes(inc)) return existing;
  return existing.trim() ? `${existing.replace(/\s+$/, '')}\n${inc}` : inc;
}
