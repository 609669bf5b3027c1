import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { ReminderMail } from '../../shared/contract';
import { composeEmail, fillPlaceholders, templateById } from '../collaborations/outreach';
import { sequenceState } from './sequences';
import { mailtoUrl } from '../../shared/mailto';
import { getSettings } from '../settings/service';
import * as q from './queries';

type Lang = 'de' | 'en';

/** The person's language for a reminder: German for German speakers (and when unknown), English otherwise. */
export function reminderLanguage(language: string | null | undefined): Lang {
  return !language || language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** "Your sample arrived, the post is still open" — in the person's language, with the campaign's label. */
const NO_POST: Record<Lang, { subject: string; body: string }> = {
  de: {
    subject: 'Dein Paket von {{brand}}: wie gefällt dir {{product}}?',
    body: `Hallo {{firstName}},

dein Paket für „{{campaign}}“ ist am {{delivered}} angekommen – ich hoffe, {{product}} gefällt dir!

Wir haben noch keinen Beitrag von dir gesehen. Wann planst du ihn ungefähr? Wenn etwas fehlt oder du Fragen hast, sag gern Bescheid.

Bitte denk daran, den Beitrag gleich am Anfang als Werbung zu kennzeichnen ({{disclosure}}).

Viele Grüße
{{brand}}`,
  },
  en: {
    subject: 'Your parcel from {{brand}}: how do you like {{product}}?',
    body: `Hi {{firstName}},

your parcel for "{{campaign}}" arrived on {{delivered}} – I hope you enjoy {{product}}!

We have not seen your post yet. When are you planning it? If anything is missing or unclear, just let me know.

Please remember to label the post as an ad right at the start ({{disclosure}}).

Best regards
{{brand}}`,
  },
};

function formatDay(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** The reminder for a row of the Today view (or the funnel's "no post yet" list), to edit before sending. */
export function reminderMail(db: Db, key: string): ReminderMail {
  const [kind, raw] = key.split(':');
  const id = Number(raw);
  if (kind === 'answer') {
    const t = q.reminderTarget(db, id);
    if (!t) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field: 'key', key: 'collaborations.notFound', params: { id } });
    const language = reminderLanguage(t.language);
    const mail = composeEmail(db, { collaborationId: id, templateId: `builtin:reminder.${language}` });
    return { key, language, ...mail };
  }
  if (kind === 'sequence') {
    const card = q.sequenceCard(db, id);
    if (!card) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field: 'key', key: 'collaborations.notFound', params: { id } });
    const seq = sequenceState(db, card, getSettings(db).timeZone);
    const language = seq.kind === 'next' ? seq.language : reminderLanguage(q.reminderTarget(db, id)?.language);
    const templateId = seq.kind === 'next' && templateById(db, seq.followUpTemplateId) ? seq.followUpTemplateId : `builtin:reminder.${language}`;
    const mail = composeEmail(db, { collaborationId: id, templateId });
    return { key, language, ...mail };
  }
  if (kind !== 'sample') throw new DomainError('INVALID_INPUT', `No reminder for ${key}`, { field: 'key', key: 'planning.noReminder', params: { key } });
  const sample = q.shipments(db).find((s) => s.id === id);
  if (!sample) throw new DomainError('NOT_FOUND', `Sample shipment ${id} not found`, { field: 'key', key: 'content.sampleNotFound', params: { id } });
  const t = q.reminderTarget(db, sample.collaborationId)!;
  const language = reminderLanguage(t.language);
  const brand = getSettings(db).brandName;
  const values: Record<string, string> = {
    firstName: t.name.trim().split(/\s+/)[0] ?? t.name,
    name: t.name,
    campaign: t.campaign,
    product: t.product || t.campaign,
    delivered: sample.deliveredOn ? formatDay(sample.deliveredOn, language) : '',
    disclosure: language === 'de' ? t.disclosure || '#werbung' : '#ad',
    brand: brand || (language === 'de' ? 'dein Team' : 'the team'),
  };
  const subject = fillPlaceholders(NO_POST[language].subject, values);
  const body = fillPlaceholders(NO_POST[language].body, values);
  const to = t.email?.trim() || null;
  return { key, language, to, subject, body, mailto: mailtoUrl(to, subject, body) };
}
