import type { Db } from '../db/connection';
import type { Clock } from '../core/clock';
import { DomainError } from '../../shared/envelope';
import * as q from './queries';
import { findTemplate } from './outreach';

/** Own outreach templates: create, edit, duplicate, delete (soft, for undo) and restore. Built-in ones are read-only. */

type Lang = 'de' | 'en';

export interface TemplateInput {
  name: string;
  language: Lang;
  subject: string;
  body: string;
  followUpDays: number[];
  followUpTemplateId: string | null;
}

function values(db: Db, input: TemplateInput): q.TemplateValues {
  if (input.followUpTemplateId !== null) findTemplate(db, input.followUpTemplateId, 'followUpTemplateId');
  return { ...input, followUpDays: JSON.stringify(input.followUpDays) };
}

function ownId(templateId: string | number): number {
  const n = Number(templateId);
  if (!Number.isInteger(n) || n <= 0)
    throw new DomainError('INVALID_INPUT', 'Built-in templates are read-only; duplicate one to change it', { field: 'id', key: 'collaborations.templateReadOnly' });
  return n;
}

function notFound(id: number | string): DomainError {
  return new DomainError('NOT_FOUND', `E-mail template ${id} not found`, { field: 'id', key: 'collaborations.templateNotFound', params: { id: String(id) } });
}

export function createTemplate(db: Db, input: TemplateInput): { id: string } {
  return { id: String(q.insertTemplate(db, values(db, input))) };
}

export function updateTemplate(db: Db, input: TemplateInput & { id: number }): { id: string } {
  const id = ownId(input.id);
  if (input.followUpTemplateId === String(id))
    throw new DomainError('INVALID_INPUT', 'A template cannot be its own follow-up', { field: 'followUpTemplateId', key: 'collaborations.followUpSelf' });
  if (!q.updateTemplate(db, id, values(db, input))) throw notFound(id);
  return { id: String(id) };
}

/** A copy named "<name> (Kopie)" / "(copy)" unless a name is given; the sequence comes along. */
export function duplicateTemplate(db: Db, input: { templateId: string; name?: string }): { id: string } {
  const t = findTemplate(db, input.templateId);
  const name = input.name ?? `${t.name} ${t.language === 'de' ? '(Kopie)' : '(copy)'}`;
  const followUpTemplateId = t.followUpTemplateId === t.id ? null : t.followUpTemplateId;
  return createTemplate(db, { name: name.slice(0, 120), language: t.language, subject: t.subject, body: t.body, followUpDays: t.followUpDays, followUpTemplateId });
}

export function removeTemplate(core: { db: Db; clock: Clock }, id: number): { id: string } {
  if (!q.ownTemplate(core.db, id)) throw notFound(id);
  q.setTemplateDeleted(core.db, id, core.clock.now().toISOString());
  return { id: String(id) };
}

export function restoreTemplate(db: Db, id: number): { id: string } {
  if (!q.ownTemplate(db, id, true)) throw notFound(id);
  q.setTemplateDeleted(db, id, null);
  return { id: String(id) };
}
