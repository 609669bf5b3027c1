import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { BUILTIN_TEMPLATES, fillPlaceholders, formatMoney } from '../../../src/main/collaborations/outreach';
import { mailtoUrl } from '../../../src/shared/mailto';
import { call, callErr, campaign, influencer, type T } from './setup';

describe('outreach helpers', () => {
  it('formats fees in the template language', () => {
    expect(formatMoney(25_000, 'EUR', 'de')).toBe('250,00 €');
    expect(formatMoney(25_000, 'EUR', 'en')).toBe('€250.00');
    expect(formatMoney(123_456, 'EUR', 'de')).toBe('1.234,56 €');
  });

  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillPlaceholders('Hi {{ firstName }}, {{unknown}} {{fee}}', { firstName: 'Jörg', fee: '€1.00' })).toBe('Hi Jörg, {{unknown}} €1.00');
  });

  it('encodes subject and body of a mailto link, with CRLF line breaks', () => {
    const url = mailtoUrl('joerg+kooperation@example.de', 'Kooperation & mehr: „Grün“?', 'Hallo Jörg,\n\nZeile 2\r\nZeile 3 = 100%');
    expect(url).toBe(
      'mailto:joerg%2Bkooperation@example.de?subject=Kooperation%20%26%20mehr%3A%20%E2%80%9EGr%C3%BCn%E2%80%9C%3F' +
        '&body=Hallo%20J%C3%B6rg%2C%0D%0A%0D%0AZeile%202%0D%0AZeile%203%20%3D%20100%25',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('subject')).toBe('Kooperation & mehr: „Grün“?');
    expect(parsed.searchParams.get('body')).toBe('Hallo Jörg,\r\n\r\nZeile 2\r\nZeile 3 = 100%');
    expect(mailtoUrl(null, 'a', 'b')).toBe('mailto:?subject=a&body=b');
  });

  it('has first contact, briefing and reminder in both languages; the German ones mention #werbung', () => {
    for (const lang of ['de', 'en'] as const)
      expect(BUILTIN_TEMPLATES.filter((x) => x.language === lang).map((x) => x.key)).toEqual(['first_contact', 'briefing_sent', 'reminder']);
    for (const tpl of BUILTIN_TEMPLATES.filter((x) => x.language === 'de')) expect(tpl.body).toContain('#werbung');
  });
});

describe('outreach on a real database', () => {
  let t: T;
  let card: number;
  let person: number;
  beforeAll(async () => {
    t = await testCore('empty');
    await call(t, 'settings.update', { brandName: 'GrünFit' });
    const camp = await campaign(t, 'Vegan Protein Launch');
    person = await influencer(t, 'Jörg Müller', { handle: 'joerg.kocht', email: 'joerg@example.de' });
    card = (await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [person] })).added[0];
    await call(t, 'collaborations.update', { id: card, feeMinor: 25_000 });
  });
  afterAll(async () => t.dispose());

  it('lists built-in and own templates', async () => {
    t.core.db.$client.prepare("INSERT INTO email_templates (name, language, subject, body) VALUES ('Danke', 'de', 'Danke {{firstName}}', 'Danke für {{campaign}}!')").run();
    const de = await call(t, 'outreach.templates', { language: 'de' });
    expect(de.map((x) => x.id)).toEqual(['builtin:first_contact.de', 'builtin:briefing_sent.de', 'builtin:reminder.de', expect.stringMatching(/^\d+$/)]);
    expect(de.every((x) => x.language === 'de')).toBe(true);
    expect((await call(t, 'outreach.templates', {})).length).toBe(7);
  });

  it('composes a filled-in mail with a mailto link', async () => {
    const de = await call(t, 'outreach.compose', { collaborationId: card, templateId: 'builtin:first_contact.de' });
    expect(de.to).toBe('joerg@example.de');
    expect(de.subject).toBe('Kooperationsanfrage: Vegan Protein Launch');
    expect(de.body).toContain('Hallo Jörg,');
    expect(de.body).toContain('250,00 €');
    expect(de.body).toContain('(@joerg.kocht)');
    expect(de.body).toContain('Vegan Protein ehrlich testen');
    expect(de.body.endsWith('GrünFit')).toBe(true);
    expect(de.body).not.toMatch(/\{\{/);
    expect(de.mailto.startsWith('mailto:joerg@example.de?subject=Kooperationsanfrage%3A%20Vegan%20Protein%20Launch&body=Hallo%20J%C3%B6rg%2C%0D%0A%0D%0A')).toBe(true);
    expect(new URL(de.mailto).searchParams.get('body')).toBe(de.body.replace(/\n/g, '\r\n'));

    const en = await call(t, 'outreach.compose', { collaborationId: card, templateId: 'builtin:first_contact.en' });
    expect(en.body).toContain('€250.00');

    const own = (await call(t, 'outreach.templates', { language: 'de' })).find((x) => !x.builtin)!;
    expect(await call(t, 'outreach.compose', { collaborationId: card, templateId: own.id })).toMatchObject({
      subject: 'Danke Jörg',
      body: 'Danke für Vegan Protein Launch!',
    });
    expect((await callErr(t, 'outreach.compose', { collaborationId: card, templateId: 'builtin:nope' })).field).toBe('templateId');
  });

  it('logs a contact on the card, the influencer and the history', async () => {
    const before = new Date().toISOString();
    const { id, contactedAt } = await call(t, 'outreach.logContacted', { collaborationId: card });
    expect(id).toBe(card);
    expect(contactedAt >= before).toBe(true);
    const detail = await call(t, 'collaborations.get', { id: card });
    expect(detail.contactedAt).toBe(contactedAt);
    // An event of its own, not a self-transition "Contacted → Contacted" (issue 13).
    expect(detail.history.at(-1)).toMatchObject({ fromStageId: null, toStageId: null, note: 'contacted', at: contactedAt });
    expect((await call(t, 'influencers.get', { id: person })).lastContactAt).toBe(contactedAt);
  });
});
