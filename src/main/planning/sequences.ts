import type { Db } from '../db/connection';
import { addDays, dayIn } from '../../shared/time';
import { templateById } from '../collaborations/outreach';

/**
 * Follow-up sequences: a template's follow-up days count from the first contact (in the app time zone), e.g.
 * [5, 10] = a reminder 5 days after the first contact, a second one 10 days after it. The card remembers the
 * template it was contacted with and how many follow-ups went out.
 */
export interface SequenceCard {
  contactedAt: string | null;
  outreachTemplateId: string | null;
  followUpStep: number;
}

export type SequenceState =
  /** No sequence (no template, the template has none, or it was deleted): the plain "no answer" rule applies. */
  | { kind: 'none' }
  /** Every follow-up went out: the plain "no answer" rule applies again. */
  | { kind: 'done'; steps: number }
  /** The next follow-up (1-based `step` of `steps`) is due on `dueOn`. */
  | { kind: 'next'; step: number; steps: number; dueOn: string; templateId: string; language: 'de' | 'en'; followUpTemplateId: string };

export type SequenceCache = Map<string, ReturnType<typeof templateById>>;

/** A template by id, looked up once per `cache`. */
function daysOf(db: Db, templateId: string, cache: SequenceCache) {
  if (!cache.has(templateId)) cache.set(templateId, templateById(db, templateId));
  return cache.get(templateId);
}

export function sequenceState(db: Db, card: SequenceCard, timeZone: Parameters<typeof dayIn>[0], cache: SequenceCache = new Map()): SequenceState {
  if (!card.contactedAt || !card.outreachTemplateId) return { kind: 'none' };
  const t = daysOf(db, card.outreachTemplateId, cache);
  if (!t || t.followUpDays.length === 0) return { kind: 'none' };
  const steps = t.followUpDays.length;
  if (card.followUpStep >= steps) return { kind: 'done', steps };
  const contacted = dayIn(timeZone, new Date(card.contactedAt));
  return {
    kind: 'next',
    step: card.followUpStep + 1,
    steps,
    dueOn: addDays(contacted, t.followUpDays[card.followUpStep]),
    templateId: t.id,
    language: t.language,
    followUpTemplateId: t.followUpTemplateId ?? `builtin:reminder.${t.language}`,
  };
}
