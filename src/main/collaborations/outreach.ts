import { mailtoUrl } from '../../shared/mailto';
import type { Clock } from '../core/clock';
import type { Db } from '../db/connection';
import type { EmailTemplateDto } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { getSettings } from '../settings/service';
import { cardContextOf, collabRow } from './service';
import * as q from './queries';
import { recordStageEvent } from './ordering';
import { write } from '../db/write';
import { z } from 'zod';

type Lang = 'de' | 'en';
const asLang = (language: string): Lang => (language === 'de' ? 'de' : 'en');

interface BuiltinTemplate {
  key: string;
  language: Lang;
  name: string;
  subject: string;
  body: string;
}

/**
 * Built-in templates. Placeholders: {{name}} {{firstName}} {{campaign}} {{product}} {{fee}} {{brand}} {{handle}}; the
 * German ones use the German names the editor lists ({{vorname}} {{kampagne}} {{produkt}} {{honorar}} {{marke}}) and
 * remind of the legal duty to label paid content (#werbung / "Anzeige").
 */
export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  {
    key: 'first_contact',
    language: 'de',
    name: 'Erstkontakt',
    subject: 'Kooperationsanfrage: {{kampagne}}',
    body: `Hallo {{vorname}},

ich verfolge deine Beiträge ({{handle}}) schon eine ganze Weile und finde, dass deine Art, Inhalte zu gestalten, richtig gut zu uns passt.

Für unsere Kampagne „{{kampagne}}“ suchen wir Creator, die {{produkt}} ehrlich testen und ihrer Community vorstellen möchten. Als Vergütung haben wir {{honorar}} vorgesehen – natürlich zusätzlich zum Produkt.

Wichtig vorab: Da es sich um eine bezahlte Kooperation handelt, muss jeder Beitrag deutlich als Werbung gekennzeichnet sein (z. B. mit #werbung oder „Anzeige“ am Anfang der Caption).

Hättest du Lust? Dann schicke ich dir gern alle Details und das Briefing.

Viele Grüße
{{marke}}`,
  },
  {
    key: 'briefing_sent',
    language: 'de',
    name: 'Briefing verschickt',
    subject: 'Dein Briefing für „{{kampagne}}“',
    body: `Hallo {{vorname}},

schön, dass du bei „{{kampagne}}“ dabei bist! Anbei findest du das Briefing mit allen Infos zu {{produkt}}, den Inhalten und den Terminen.

Kurz zusammengefasst:
- Vergütung: {{honorar}}
- Kennzeichnung: Bitte markiere jeden Beitrag klar als Werbung (#werbung oder „Anzeige“ gleich am Anfang) – das ist gesetzlich vorgeschrieben.
- Freigabe: Schick uns deinen Entwurf bitte vor dem Posten kurz zur Ansicht.

Wenn etwas unklar ist, melde dich jederzeit.

Viele Grüße
{{marke}}`,
  },
  {
    key: 'reminder',
    language: 'de',
    name: 'Erinnerung',
    subject: 'Kurze Erinnerung: {{kampagne}}',
    body: `Hallo {{vorname}},

ich wollte mich noch einmal wegen unserer Kampagne „{{kampagne}}“ melden. Hattest du schon Gelegenheit, dir alles anzusehen?

Falls du noch Fragen zu {{produkt}} oder zum Ablauf hast, helfe ich dir gern weiter. Und denk bitte daran, deinen Beitrag als Werbung zu kennzeichnen (#werbung).

Ich freue mich auf deine Rückmeldung!

Viele Grüße
{{marke}}`,
  },
  {
    key: 'first_contact',
    language: 'en',
    name: 'First contact',
    subject: 'Collaboration idea: {{campaign}}',
    body: `Hi {{firstName}},

I've been following your content ({{handle}}) for a while and love the way you create – it feels like a great fit for us.

For our campaign "{{campaign}}" we're looking for creators who'd like to try {{product}} and share their honest opinion with their community. We've set aside a fee of {{fee}}, plus the product of course.

Just so you know up front: as this is a paid partnership, every post needs to be clearly labelled as an ad (for example #ad or the platform's paid-partnership label).

Would you be interested? I'd be happy to send you all the details and the briefing.

Best wishes
{{brand}}`,
  },
  {
    key: 'briefing_sent',
    language: 'en',
    name: 'Briefing sent',
    subject: 'Your briefing for "{{campaign}}"',
    body: `Hi {{firstName}},

great to have you on board for "{{campaign}}"! Attached is the briefing with everything about {{product}}, the content and the dates.

In short:
- Fee: {{fee}}
- Disclosure: please label every post clearly as an ad (#ad or the paid-partnership label).
- Approval: please send us your draft before it goes live.

If anything is unclear, just get in touch.

Best wishes
{{brand}}`,
  },
  {
    key: 'reminder',
    language: 'en',
    name: 'Reminder',
    subject: 'Quick reminder: {{campaign}}',
    body: `Hi {{firstName}},

just following up on our campaign "{{campaign}}" – have you had a chance to look at everything yet?

If you have any questions about {{product}} or the next steps, I'm happy to help. And please remember to label your post as an ad.

Looking forward to hearing from you!

Best wishes
{{brand}}`,
  },
];

const builtinId = (t: BuiltinTemplate) => `builtin:${t.key}.${t.language}`;

/** Follow-up days as stored (JSON array); anything unreadable is no sequence. */
const daysColumn = z.array(z.number().int().positive());
export function readFollowUpDays(text: string): number[] {
  try {
    return daysColumn.safeParse(JSON.parse(text)).data ?? [];
  } catch {
    return [];
  }
}

function ownDto(t: q.TemplateRow): EmailTemplateDto {
  return {
    id: String(t.id),
    name: t.name,
    language: asLang(t.language), // the query keeps only 'de' and 'en'
    subject: t.subject,
    body: t.body,
    builtin: false,
    followUpDays: readFollowUpDays(t.followUpDays),
    followUpTemplateId: t.followUpTemplateId,
  };
}

function builtinDto(t: BuiltinTemplate): EmailTemplateDto {
  return { id: builtinId(t), name: t.name, language: t.language, subject: t.subject, body: t.body, builtin: true, followUpDays: [], followUpTemplateId: null };
}

export function listTemplates(db: Db, language?: Lang): EmailTemplateDto[] {
  const builtins = BUILTIN_TEMPLATES.filter((t) => !language || t.language === language).map(builtinDto);
  return [...builtins, ...q.ownTemplates(db, language ?? null).map(ownDto)];
}

/** A template by id, or undefined (a deleted own template is gone). */
export function templateById(db: Db, templateId: string): EmailTemplateDto | undefined {
  const builtin = BUILTIN_TEMPLATES.find((t) => builtinId(t) === templateId);
  if (builtin) return builtinDto(builtin);
  if (!/^\d+$/.test(templateId)) return undefined;
  const own = q.ownTemplate(db, Number(templateId));
  return own ? ownDto(own) : undefined;
}

export function findTemplate(db: Db, templateId: string, field = 'templateId'): EmailTemplateDto {
  const t = templateById(db, templateId);
  if (t) return t;
  throw new DomainError('NOT_FOUND', `E-mail template ${templateId} not found`, { field, key: 'collaborations.templateNotFound', params: { id: templateId } });
}

/** Money in the template's language: 250,00 € (de) or €250.00 (en); plain spaces, for e-mail. */
export function formatMoney(minor: number, currency: string, language: Lang): string {
  const formatted = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency }).format(minor / 100);
  return formatted.replace(/[\u00a0\u202f]/g, ' ');
}

/** Replaces {{key}} (spaces inside the braces allowed); unknown placeholders stay as written. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in values ? values[key] : all));
}

/** Placeholders of `text` that have no value (shown under the preview). */
export function unknownPlaceholders(text: string, values: Record<string, string>): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).filter((k) => !(k in values)))];
}

/**
 * The values a card gives a template, under their English and German names:
 * firstName/vorname, name, campaign/kampagne, product/produkt, fee/honorar, brand/marke, handle, code, link.
 * {{code}} and {{link}} are the card's first voucher code and tracking link (empty without one).
 */
export function templateValues(db: Db, collaborationId: number, language: Lang): Record<string, string> {
  const r = cardContextOf(db, collaborationId);
  const extra = q.firstCodeAndLink(db, collaborationId);
  const firstName = r.name.trim().split(/\s+/)[0] ?? r.name;
  const product = r.product || r.campaign;
  const fee = formatMoney(r.feeMinor, r.currency, language);
  const brand = getSettings(db).brandName;
  return {
    name: r.name,
    firstName,
    vorname: firstName,
    campaign: r.campaign,
    kampagne: r.campaign,
    product,
    produkt: product,
    fee,
    honorar: fee,
    brand,
    marke: brand,
    handle: r.handle ? `@${r.handle.replace(/^@/, '')}` : r.name,
    code: extra.code ?? '',
    link: extra.link ?? '',
  };
}

function fill(subject: string, body: string, values: Record<string, string>): { subject: string; body: string } {
  return {
    subject: fillPlaceholders(subject, values).replace(/[\r\n]+/g, ' ').trim(),
    body: fillPlaceholders(body, values).replace(/[ \t]+$/gm, '').trimEnd(),
  };
}

export function composeEmail(db: Db, input: { collaborationId: number; templateId: string }): { mailto: string; to: string | null; subject: string; body: string } {
  collabRow(db, input.collaborationId, 'collaborationId');
  const tpl = findTemplate(db, input.templateId);
  const { subject, body } = fill(tpl.subject, tpl.body, templateValues(db, input.collaborationId, tpl.language));
  const to = cardContextOf(db, input.collaborationId).email?.trim() || null;
  return { mailto: mailtoUrl(to, subject, body), to, subject, body };
}

/** A template text being edited, filled in with a real card's values. */
export function previewTemplate(db: Db, input: { collaborationId: number; language: Lang; subject: string; body: string }): { subject: string; body: string; unknown: string[] } {
  collabRow(db, input.collaborationId, 'collaborationId');
  const values = templateValues(db, input.collaborationId, input.language);
  return { ...fill(input.subject, input.body, values), unknown: unknownPlaceholders(`${input.subject}\n${input.body}`, values) };
}

/**
 * Records that the person was contacted now: on the card, on the influencer, and as a note in the card's history.
 * With a template that has follow-up days, its sequence starts over (src/main/planning/sequences.ts); a template
 * without any leaves the card's running sequence as it is.
 */
export function logContacted(core: { db: Db; clock: Clock }, collaborationId: number, templateId?: string): { id: number; contactedAt: string } {
  const { db } = core;
  return write(db, () => {
    const c = collabRow(db, collaborationId, 'collaborationId');
    const template = templateId === undefined ? undefined : findTemplate(db, templateId);
    const at = core.clock.now().toISOString(); // the core's clock (KOLLAB_NOW in tests), as for every other instant
    q.markContacted(db, c.id, c.influencerId, at);
    // only a template with a sequence (re)starts one: a one-off message (e.g. a reminder) leaves a running one alone
    if (template && template.followUpDays.length > 0) q.startSequence(db, c.id, template.id);
    recordStageEvent(db, c.id, null, null, 'contacted', at);
    return { id: c.id, contactedAt: at };
  });
}
