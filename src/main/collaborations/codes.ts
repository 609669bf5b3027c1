import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { transliterate } from '../../shared/text';
import { codeKey, codeProblem, CODE_MAX, CODE_MIN, IMPORTED_CODE_MAX } from '../../shared/codes';
import { cardContextOf, collabRow } from './service';
import * as q from './queries';
import { write } from '../db/write';
import { affectedCollaborations, refreshRollups } from '../insights/rollups';

// ---- pure ----------------------------------------------------------------------------------------

export { transliterate };

/** The code spelling of a text: transliterated, upper-case, only A–Z 0–9 - _. */
export function codePart(text: string): string {
  return transliterate(text)
    .toUpperCase()
    .replace(/[^A-Z0-9_-]/g, '');
}

export { CODE_MAX, CODE_MIN };

export interface CodeContext {
  handle: string | null;
  name: string;
  campaign: string;
  percent?: number;
  year: number;
}

/**
 * Fills a pattern's placeholders ({HANDLE} {NAME} {FIRSTNAME} {CAMPAIGN} {PERCENT} {YEAR}, any case) and
 * turns the result into code spelling, at most 40 characters. {HANDLE} falls back to the name when the
 * influencer has no channel; {PERCENT} is empty without a percentage. A result shorter than 3 characters
 * gets the name in front.
 */
export function codeFromPattern(pattern: string, ctx: CodeContext): string {
  const values: Record<string, string> = {
    HANDLE: (ctx.handle ?? '').replace(/^@/, '') || ctx.name,
    NAME: ctx.name,
    FIRSTNAME: ctx.name.trim().split(/\s+/)[0] ?? '',
    CAMPAIGN: ctx.campaign,
    PERCENT: ctx.percent === undefined ? '' : String(ctx.percent),
    YEAR: String(ctx.year),
  };
  const fill = (p: string) => codePart(p.replace(/\{([A-Za-z]+)\}/g, (all, key: string) => values[key.toUpperCase()] ?? all));
  let code = fill(pattern);
  if (code.length < CODE_MIN) code = codePart(ctx.name) + code;
  return code.slice(0, CODE_MAX);
}

/**
 * The n-th alternative of a taken code (n ≥ 2): the number is appended directly (JOERG → JOERG2), with a
 * hyphen when the code already ends in a digit so the numbers stay apart (JOERG15 → JOERG15-2, never
 * JOERG152). The base is shortened when needed to stay within 40 characters.
 */
export function codeVariant(base: string, n: number): string {
  const suffix = /[0-9]$/.test(base) ? `-${n}` : String(n);
  return base.slice(0, CODE_MAX - suffix.length) + suffix;
}

/** `base` if free, else the first free variant; `taken` says whether `base` itself was taken. */
export function firstFreeCode(base: string, isTaken: (codeNorm: string) => boolean): { code: string; taken: boolean } {
  if (!isTaken(codeKey(base))) return { code: base, taken: false };
  for (let n = 2; n < 10_000; n++) {
    const candidate = codeVariant(base, n);
    if (!isTaken(codeKey(candidate))) return { code: candidate, taken: true };
  }
  throw new DomainError('CONFLICT', `No free variant of ${base} found`, { field: 'pattern', key: 'collaborations.noFreeCode', params: { code: base } });
}

function cardContext(db: Db, collaborationId: number): q.CardContext {
  collabRow(db, collaborationId, 'collaborationId');
  return cardContextOf(db, collaborationId);
}

/** {YEAR} is the campaign's start year, or this year when it has no start date. */
export function suggestCode(
  db: Db,
  input: { collaborationId: number; pattern: string; percent?: number },
  now: Date = new Date(),
): { code: string; taken: boolean } {
  const ctx = cardContext(db, input.collaborationId);
  const year = ctx.startDate ? Number(ctx.startDate.slice(0, 4)) : now.getUTCFullYear();
  const base = codeFromPattern(input.pattern, { handle: ctx.handle, name: ctx.name, campaign: ctx.campaign, percent: input.percent, year });
  return firstFreeCode(base, q.codeTakenCheck(db));
}

function conflict(db: Db, codeNorm: string): DomainError | null {
  const holder = q.codeHolder(db, codeNorm);
  if (!holder) return null;
  return new DomainError('CONFLICT', `Code ${holder.code} is already used by ${holder.influencerName} in “${holder.campaignName}”`, {
    field: 'code',
    key: 'collaborations.codeTaken',
    params: { code: holder.code, name: holder.influencerName, campaign: holder.campaignName },
    details: { collaborationId: holder.collaborationId, influencerName: holder.influencerName, campaignName: holder.campaignName },
  });
}

/**
 * Adds a voucher code to a card. Codes are unique across the database, case-insensitively (code_norm).
 * Orders imported earlier with this code and not yet attributed are linked to it (and the card).
 */
export function addCode(
  db: Db,
  input: { collaborationId: number; code: string; discountDescription: string; validFrom?: string | null; validTo?: string | null },
): { id: number; linkedRedemptions: number } {
  return write(db, () => {
    const c = collabRow(db, input.collaborationId, 'collaborationId');
    // Spelled as the shop has it (JÖRGFIT, EMMA.20, B&B10): the one rule of shared/codes.ts, also for the wizard.
    const code = input.code.trim().normalize('NFC');
    const problem = codeProblem(code, IMPORTED_CODE_MAX);
    if (problem) {
      throw new DomainError('INVALID_INPUT', `“${code.slice(0, 60)}” cannot be a code: ${CODE_MIN} to ${IMPORTED_CODE_MAX} printable characters without spaces.`, {
        field: 'code',
        key: 'codes.invalid',
        params: { code: code.slice(0, 60), min: CODE_MIN, max: IMPORTED_CODE_MAX, problem: problem.key },
      });
    }
    const norm = codeKey(code);
    const taken = conflict(db, norm);
    if (taken) throw taken;
    const id = q.insertCode(db, {
      collaborationId: c.id,
      code,
      codeNorm: norm,
      discountDescription: input.discountDescription,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
    });
    const linked = q.linkOrdersToCode(db, id, c.id, norm);
    if (linked) refreshRollups(db, { collaborationIds: [c.id] });
    return { id, linkedRedemptions: linked };
  });
}

/** Deletes a code; its orders stay but are no longer attributed to the card. */
export function removeCode(db: Db, id: number): { id: number } {
  return write(db, () => {
    const cid = q.codeCollaboration(db, id);
    if (cid === undefined) throw new DomainError('NOT_FOUND', `Voucher code ${id} not found`, { field: 'id', key: 'collaborations.codeNotFound', params: { id } });
    // The card and every card sharing an order with this code's orders: their shares change (KPI roll-up).
    const affected = affectedCollaborations(db, { collaborationIds: [cid] });
    q.deleteCode(db, id);
    if (affected.length) refreshRollups(db, { collaborationIds: affected });
    return { id };
  });
}
