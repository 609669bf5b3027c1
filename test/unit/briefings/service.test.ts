import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import type { BriefingDocument, CampaignBriefingDto, CollaborationBriefingDto, BriefingTemplateDto } from '../../../src/shared/contract';
import { disclosureTags } from '../../../src/main/briefings/service';
import { fileSlug } from '../../../src/main/briefings/document';
import { footerTemplate, footerText, printRoute } from '../../../src/main/briefings/pdf';

type Core = Awaited<ReturnType<typeof testCore>>;
let core: Core;

async function call<T>(method: string, input: unknown): Promise<T> {
  const env = await core.dispatch(method, input);
  if (!env.ok) throw new Error(`${method}: ${env.error.code} ${env.error.message}`);
  return env.value as T;
}
async function fail(method: string, input: unknown): Promise<{ code: string; message: string; field?: string }> {
  const env = await core.dispatch(method, input);
  if (env.ok) throw new Error(`${method} should fail`);
  return env.error;
}

/** A card of the demo's sales campaign with a code, a link, a shipped sample and deliverables. */
function richCard(): { id: number; campaignId: number; name: string } {
  return core.core.db.$client
    .prepare(
      `SELECT co.id, co.campaign_id AS campaignId, i.name FROM collaborations co JOIN influencers i ON i.id = co.influencer_id
       WHERE co.removed_at IS NULL
         AND EXISTS (SELECT 1 FROM voucher_codes v WHERE v.collaboration_id = co.id)
         AND EXISTS (SELECT 1 FROM tracking_links l WHERE l.collaboration_id = co.id)
         AND EXISTS (SELECT 1 FROM sample_shipments s WHERE s.collaboration_id = co.id AND s.status <> 'returned')
         AND EXISTS (SELECT 1 FROM deliverables d WHERE d.collaboration_id = co.id AND d.due_date IS NOT NULL)
       ORDER BY co.id LIMIT 1`,
    )
    .get() as { id: number; campaignId: number; name: string };
}

beforeAll(async () => {
  core = await testCore('demo');
});
afterAll(async () => {
  await core?.dispose();
});

describe('campaign briefing', () => {
  it('starts empty, saves patches, drops emptied sections and keeps the language', async () => {
    const c = richCard();
    const empty = await call<CampaignBriefingDto>('briefings.get', { campaignId: c.campaignId });
    expect(empty.sections).toEqual({});
    expect(empty.updatedAt).toBeNull();

    await call('briefings.save', { campaignId: c.campaignId, sections: { goals: 'Mehr **Abverkauf**', tone: 'Locker' }, language: 'de' });
    const after = await call<CampaignBriefingDto>('briefings.save', { campaignId: c.campaignId, sections: { tone: '', kpis: '- Bestellungen' } });
    expect(after.sections).toEqual({ goals: 'Mehr **Abverkauf**', kpis: '- Bestellungen' });
    expect(after.language).toBe('de');
    expect(after.updatedAt).not.toBeNull();

    const en = await call<CampaignBriefingDto>('briefings.save', { campaignId: c.campaignId, language: 'en' });
    expect(en.language).toBe('en');
    expect(en.sections.goals).toBe('Mehr **Abverkauf**');
    await call('briefings.save', { campaignId: c.campaignId, language: 'de' });
  });

  it('validates before writing', async () => {
    expect((await fail('briefings.save', { campaignId: 999_999, sections: { goals: 'x' } })).code).toBe('NOT_FOUND');
    const bad = await fail('briefings.save', { campaignId: 1, sections: { nonsense: 'x' } });
    expect(bad.code).toBe('INVALID_INPUT');
    const long = await fail('briefings.save', { campaignId: 1, sections: { goals: 'x'.repeat(20_001) } });
    expect(long.field).toBe('sections.goals');
  });
});

describe('per-collaboration overrides', () => {
  it('merges campaign text with overrides, marks them, and resets them', async () => {
    const c = richCard();
    await call('briefings.save', { campaignId: c.campaignId, sections: { goals: 'Kampagnenziel', dos: '- Code zeigen', hashtags: '#werbung vorne' } });

    let b = await call<CollaborationBriefingDto>('briefings.collaboration', { collaborationId: c.id });
    expect(b.overrides).toEqual({});
    expect(b.campaign.goals).toBe('Kampagnenziel');
    expect(b.languageOverridden).toBe(false);

    b = await call<CollaborationBriefingDto>('briefings.saveOverrides', {
      collaborationId: c.id,
      sections: { dos: '- Code zeigen\n- Unboxing filmen', hashtags: '', extraNotes: 'Bitte bis Freitag melden', goals: 'Kampagnenziel' },
    });
    // same text as the campaign is no override; an empty campaign section override means "left out"
    expect(b.overrides).toEqual({ dos: '- Code zeigen\n- Unboxing filmen', hashtags: '', extraNotes: 'Bitte bis Freitag melden' });

    const doc = await call<BriefingDocument>('briefings.document', { collaborationId: c.id });
    const byKey = Object.fromEntries(doc.sections.map((s) => [s.key, s]));
    expect(byKey.goals).toMatchObject({ text: 'Kampagnenziel', overridden: false });
    expect(byKey.dos).toMatchObject({ text: '- Code zeigen\n- Unboxing filmen', overridden: true });
    expect(byKey.hashtags).toBeUndefined();
    expect(byKey.extraNotes?.text).toBe('Bitte bis Freitag melden');
    // the order: campaign sections first, person-only ones last
    expect(doc.sections.map((s) => s.key).at(-1)).toBe('extraNotes');

    // a campaign change reaches everyone who did not override that section
    await call('briefings.save', { campaignId: c.campaignId, sections: { goals: 'Neues Ziel' } });
    b = await call<CollaborationBriefingDto>('briefings.collaboration', { collaborationId: c.id });
    expect(b.campaign.goals).toBe('Neues Ziel');

    b = await call<CollaborationBriefingDto>('briefings.saveOverrides', { collaborationId: c.id, sections: { dos: null, hashtags: null, extraNotes: '' } });
    expect(b.overrides).toEqual({});
    const again = await call<BriefingDocument>('briefings.document', { collaborationId: c.id });
    expect(again.sections.find((s) => s.key === 'dos')).toMatchObject({ text: '- Code zeigen', overridden: false });
    expect(again.sections.find((s) => s.key === 'hashtags')?.text).toBe('#werbung vorne');
  });

  it('keeps a document language per person, or follows the campaign', async () => {
    const c = richCard();
    await call('briefings.save', { campaignId: c.campaignId, language: 'de' });
    let b = await call<CollaborationBriefingDto>('briefings.saveOverrides', { collaborationId: c.id, language: 'en' });
    expect(b).toMatchObject({ language: 'en', languageOverridden: true });
    expect((await call<BriefingDocument>('briefings.document', { collaborationId: c.id })).language).toBe('en');
    b = await call<CollaborationBriefingDto>('briefings.saveOverrides', { collaborationId: c.id, language: null });
    expect(b).toMatchObject({ language: 'de', languageOverridden: false });
  });
});

describe('templates', () => {
  it('has built-in templates per goal and collaboration type in both languages, with the disclosure duty', async () => {
    const all = await call<BriefingTemplateDto[]>('briefings.templates', {});
    for (const lang of ['de', 'en'] as const) {
      for (const goal of ['awareness', 'launch', 'ugc', 'sales', 'community']) {
        const tpl = all.find((t) => t.id === `builtin:goal:${goal}:${lang}`);
        expect(tpl, `${goal} ${lang}`).toBeDefined();
        expect(Object.keys(tpl!.sections)).toHaveLength(12);
        expect(tpl!.sections.disclosure).toContain('{disclosure}');
      }
      expect(all.filter((t) => t.language === lang && t.collabType)).toHaveLength(7);
    }
    expect(all.find((t) => t.id === 'builtin:goal:sales:de')!.sections.disclosure).toMatch(/UWG/);
    expect(all.find((t) => t.id === 'builtin:goal:sales:en')!.sections.disclosure).toMatch(/#werbung/);
    const de = await call<BriefingTemplateDto[]>('briefings.templates', { language: 'de', goal: 'ugc' });
    expect(de.every((t) => t.language === 'de' && (t.goal === null || t.goal === 'ugc'))).toBe(true);
  });

  it('applies a template with placeholders filled, replacing or only filling empty sections', async () => {
    await call('settings.update', { brandName: 'GrünFit' });
    const { id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Herbst-Launch', goal: 'launch', product: 'Trailschuh Ω', disclosureText: '#anzeige' });
    await call('briefings.save', { campaignId, sections: { goals: 'Eigenes Ziel' } });

    const fill = await call<{ applied: string[] }>('briefings.applyTemplate', { campaignId, templateId: 'builtin:goal:launch:de', mode: 'fillEmpty' });
    expect(fill.applied).not.toContain('goals');
    let b = await call<CampaignBriefingDto>('briefings.get', { campaignId });
    expect(b.sections.goals).toBe('Eigenes Ziel');
    expect(b.sections.keyMessage).toContain('Neu von GrünFit: Trailschuh Ω');
    expect(b.sections.disclosure).toContain('**#anzeige**');
    expect(b.sections.disclosure).not.toMatch(/\{\w+\}/);
    expect(b.templateKey).toBe('builtin:goal:launch:de');

    await call('briefings.applyTemplate', { campaignId, templateId: 'builtin:goal:launch:en', mode: 'replace' });
    b = await call<CampaignBriefingDto>('briefings.get', { campaignId });
    expect(b.language).toBe('en');
    expect(b.sections.goals).toContain('Trailschuh Ω');
    // an English document of a German campaign asks for #ad (and names #werbung/#anzeige for German posts)
    expect(b.sections.disclosure).toContain('**#ad**');
  });

  it('saves own templates from a campaign, lists, applies to one person and deletes them', async () => {
    const c = richCard();
    await call('briefings.save', { campaignId: c.campaignId, sections: { goals: 'Ziel für {product}', approval: '1. Entwurf schicken' } });
    const { id } = await call<{ id: string }>('briefings.saveTemplate', { name: 'Mein Standard', language: 'de', goal: 'sales', fromCampaignId: c.campaignId });
    const own = (await call<BriefingTemplateDto[]>('briefings.templates', { language: 'de' })).find((t) => t.id === id)!;
    expect(own).toMatchObject({ name: 'Mein Standard', builtin: false, goal: 'sales' });
    expect(own.sections.approval).toBe('1. Entwurf schicken');

    const res = await call<{ applied: string[] }>('briefings.applyTemplate', { collaborationId: c.id, templateId: 'builtin:type:giveaway:de' });
    expect(res.applied).toEqual(expect.arrayContaining(['deliverables', 'extraNotes']));
    const b = await call<CollaborationBriefingDto>('briefings.collaboration', { collaborationId: c.id });
    expect(b.overrides.extraNotes).toContain('Gewinnspielregeln');
    await call('briefings.saveOverrides', { collaborationId: c.id, sections: { deliverables: null, extraNotes: null } });

    expect((await fail('briefings.saveTemplate', { name: 'Leer', language: 'de', sections: {} })).code).toBe('INVALID_INPUT');
    expect((await fail('briefings.deleteTemplate', { id: 'builtin:goal:sales:de' })).code).toBe('INVALID_INPUT');
    await call('briefings.deleteTemplate', { id });
    expect((await fail('briefings.deleteTemplate', { id })).code).toBe('NOT_FOUND');
  });
});

describe('document', () => {
  it('assembles name, handle, compensation, codes, link with QR, samples, deadlines and the disclosure', async () => {
    const c = richCard();
    const db = core.core.db.$client;
    const code = db.prepare('SELECT code FROM voucher_codes WHERE collaboration_id = ? ORDER BY id LIMIT 1').pluck().get(c.id) as string;
    const url = db.prepare('SELECT url FROM tracking_links WHERE collaboration_id = ? ORDER BY id LIMIT 1').pluck().get(c.id) as string;
    const due = db.prepare('SELECT min(due_date) FROM deliverables WHERE collaboration_id = ?').pluck().get(c.id) as string;

    const doc = await call<BriefingDocument>('briefings.document', { collaborationId: c.id, language: 'de' });
    expect(doc.kind).toBe('collaboration');
    expect(doc.person!.name).toBe(c.name);
    expect(doc.person!.handle).toBeTruthy();
    expect(doc.person!.codes.map((x) => x.code)).toContain(code);
    expect(doc.person!.links[0]!.url).toBe(url);
    expect(doc.person!.links[0]!.qrDataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(doc.person!.samples[0]!.items.length).toBeGreaterThan(0);
    expect(doc.person!.deliverables.map((d) => d.dueDate)).toContain(due);
    expect(doc.disclosure.tag).toMatch(/^#(werbung|anzeige)$/);
    expect(doc.brand.name).toBe('GrünFit');
    expect(doc.fileName).toMatch(/^Briefing-.+-de\.pdf$/);
    expect(doc.fileName).not.toMatch(/[äöüß ]/);
    // JSON-safe: survives a round trip unchanged
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);

    const en = await call<BriefingDocument>('briefings.document', { collaborationId: c.id, language: 'en' });
    expect(en.disclosure).toEqual({ tag: '#ad', alsoTag: doc.disclosure.tag });

    const campaignDoc = await call<BriefingDocument>('briefings.document', { campaignId: c.campaignId });
    expect(campaignDoc).toMatchObject({ kind: 'campaign', person: null });
    expect((await fail('briefings.document', { campaignId: 1, collaborationId: 1 })).code).toBe('INVALID_INPUT');
  });

  it('puts the brand logo from Settings into the document and refuses bad logos', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    await call('settings.update', { logoDataUrl: png });
    const c = richCard();
    expect((await call<BriefingDocument>('briefings.document', { collaborationId: c.id })).brand.logoDataUrl).toBe(png);
    expect((await fail('settings.update', { logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' })).field).toBe('logoDataUrl');
    expect((await fail('settings.update', { logoDataUrl: `data:image/png;base64,${'A'.repeat(420_000)}` })).message).toMatch(/300 KB/);
    // other settings changes keep the logo
    await call('settings.update', { brandName: 'GrünFit' });
    expect((await call<{ logoDataUrl: string | null }>('settings.get', {})).logoDataUrl).toBe(png);
    await call('settings.update', { logoDataUrl: null });
  });

  it('lists the shortlist with key numbers and a fit score', async () => {
    const c = richCard();
    const doc = await call<{ entries: { name: string; followers: number; tier: string; fitScore: number | null; stageKey: string | null }[] }>('shortlist.document', {
      campaignId: c.campaignId,
      scope: 'all',
    });
    expect(doc.entries.length).toBeGreaterThan(3);
    expect(doc.entries.every((e) => e.stageKey !== 'declined')).toBe(true);
    expect(doc.entries.some((e) => e.fitScore !== null)).toBe(true);
    const short = await call<{ entries: { stageKey: string | null }[] }>('shortlist.document', { campaignId: c.campaignId });
    expect(short.entries.every((e) => e.stageKey === 'shortlist')).toBe(true);
  });

  it('answers UNSUPPORTED for PDFs without a renderer', async () => {
    const c = richCard();
    const err = await fail('briefings.pdf', { collaborationId: c.id, paper: 'a4' });
    expect(err.code).toBe('UNSUPPORTED');
    expect(err.message).toMatch(/Chromium|desktop/);
  });
});

describe('pdf helpers', () => {
  it('builds print routes and a footer with page counters, escaping the text', () => {
    expect(printRoute('briefing', 12, { lang: 'de', paper: 'a4' })).toBe('/print/briefing/12?lang=de&paper=a4&pdf=1');
    const text = footerText('de', { brand: 'GrünFit <b>', title: 'Briefing', campaign: 'Sommer', person: 'Jörg' });
    expect(text).toBe('GrünFit <b> · Briefing „Sommer“ · Jörg\tSeite {page} von {pages}');
    const html = footerTemplate(text);
    expect(html).toContain('GrünFit &lt;b&gt;');
    expect(html).toContain('Seite <span class="pageNumber"></span> von <span class="totalPages"></span>');
    expect(html).not.toContain('<b>');
  });

  it('makes file-safe names and maps disclosure labels per language', () => {
    expect(fileSlug('Weihnachts-Challenge: Größe & Spaß!')).toBe('Weihnachts-Challenge-Groesse-Spass');
    expect(disclosureTags('de', '')).toEqual({ tag: '#werbung', alsoTag: null });
    expect(disclosureTags('de', '#anzeige')).toEqual({ tag: '#anzeige', alsoTag: null });
    expect(disclosureTags('en', '#Werbung')).toEqual({ tag: '#ad', alsoTag: '#Werbung' });
    expect(disclosureTags('en', '#sponsored')).toEqual({ tag: '#sponsored', alsoTag: null });
  });
});
