import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { codeFromPattern, codePart, codeVariant, firstFreeCode, transliterate } from '../../../src/main/collaborations/codes';
import { call, callErr, campaign, influencer, type T } from './setup';

describe('code spelling', () => {
  it('transliterates German the German way and strips other accents', () => {
    expect(codePart('Jörg')).toBe('JOERG');
    expect(codePart('Müller-Lüdenscheidt')).toBe('MUELLER-LUEDENSCHEIDT');
    expect(codePart('Straße')).toBe('STRASSE');
    expect(codePart('ÄÖÜ')).toBe('AEOEUE');
    expect(codePart('Ãngela Łukasz Renée Søren Çelik Œuvre')).toBe('ANGELALUKASZRENEESORENCELIKOEUVRE');
    expect(codePart('jo.erg_kocht 15%!')).toBe('JOERG_KOCHT15');
    // the same text in decomposed form (ö = o + U+0308) gives the same code
    expect(codePart('Jo\u0308rg')).toBe('JOERG');
    expect(transliterate('Zoë Ł')).toBe('Zoe L');
  });

  it('fills the placeholders of a pattern', () => {
    const ctx = { handle: '@jörg.kocht', name: 'Jörg Müller', campaign: 'Vegan Protein Launch', percent: 15, year: 2026 };
    expect(codeFromPattern('{HANDLE}{PERCENT}', ctx)).toBe('JOERGKOCHT15');
    expect(codeFromPattern('{FIRSTNAME}{PERCENT}', ctx)).toBe('JOERG15');
    expect(codeFromPattern('{name}-{year}', ctx)).toBe('JOERGMUELLER-2026');
    expect(codeFromPattern('{CAMPAIGN}_{FIRSTNAME}', ctx)).toBe('VEGANPROTEINLAUNCH_JOERG');
    expect(codeFromPattern('{FIRSTNAME}{PERCENT}', { ...ctx, percent: undefined })).toBe('JOERG');
    expect(codeFromPattern('{HANDLE}', { ...ctx, handle: null })).toBe('JOERGMUELLER');
    expect(codeFromPattern('{PERCENT}', ctx)).toBe('JOERGMUELLER15'); // too short alone: the name goes in front
    expect(codeFromPattern('{CAMPAIGN}{CAMPAIGN}{CAMPAIGN}', ctx)).toHaveLength(40);
  });

  it('numbers taken codes: directly after a letter, with a hyphen after a digit', () => {
    expect(codeVariant('JOERG', 2)).toBe('JOERG2');
    expect(codeVariant('JOERG15', 2)).toBe('JOERG15-2');
    expect(codeVariant('X'.repeat(40), 12)).toBe(`${'X'.repeat(38)}12`);
    const taken = new Set(['JOERG15', 'JOERG15-2']);
    expect(firstFreeCode('JOERG15', (c) => taken.has(c))).toEqual({ code: 'JOERG15-3', taken: true });
    expect(firstFreeCode('Anna10', (c) => taken.has(c))).toEqual({ code: 'Anna10', taken: false });
  });
});

describe('voucher codes on a real database', () => {
  let t: T;
  let joergCard: number;
  let otherCard: number;
  beforeAll(async () => {
    t = await testCore('empty');
    const camp = await campaign(t, 'Vegan Protein Launch', { startDate: '2026-03-01' });
    const joerg = await influencer(t, 'Jörg Müller', { handle: 'joerg.kocht' });
    const lena = await influencer(t, 'Lena Lang', { handle: 'lenalang' });
    const { added } = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [joerg, lena] });
    [joergCard, otherCard] = added;
  });
  afterAll(async () => t.dispose());

  const redemption = (order: string, code: string, total: number, status = 'paid') =>
    t.core.db.$client
      .prepare(
        `INSERT INTO redemptions (shop, order_id, code_norm, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status)
         VALUES ('shopify', ?, ?, '2026-03-05T10:00:00+01:00', '2026-03-05T09:00:00.000Z', 'EUR', ?, 0, ?)`,
      )
      .run(order, code, total, status);

  it('suggests from the pattern, skipping taken codes', async () => {
    expect(await call(t, 'codes.suggest', { collaborationId: joergCard, pattern: '{FIRSTNAME}{PERCENT}', percent: 15 })).toEqual({ code: 'JOERG15', taken: false });
    expect(await call(t, 'codes.suggest', { collaborationId: joergCard, pattern: '{FIRSTNAME}{YEAR}' })).toEqual({ code: 'JOERG2026', taken: false });
    await call(t, 'codes.add', { collaborationId: otherCard, code: 'joerg15' });
    expect(await call(t, 'codes.suggest', { collaborationId: joergCard, pattern: '{FIRSTNAME}{PERCENT}', percent: 15 })).toEqual({ code: 'JOERG15-2', taken: true });
    expect((await callErr(t, 'codes.suggest', { collaborationId: 999_999 })).code).toBe('NOT_FOUND');
  });

  it('refuses a code used anywhere, case-insensitively, naming who holds it', async () => {
    await call(t, 'codes.add', { collaborationId: joergCard, code: 'JOERG10', discountDescription: '10 %' });
    const err = await callErr(t, 'codes.add', { collaborationId: otherCard, code: 'Joerg10' });
    expect(err).toEqual({
      code: 'CONFLICT',
      message: 'Code JOERG10 is already used by Jörg Müller in “Vegan Protein Launch”',
      field: 'code',
      details: { collaborationId: joergCard, influencerName: 'Jörg Müller', campaignName: 'Vegan Protein Launch' },
      key: 'collaborations.codeTaken',
      params: { code: 'JOERG10', name: 'Jörg Müller', campaign: 'Vegan Protein Launch' },
    });
    expect(t.core.db.$client.prepare("SELECT count(*) FROM voucher_codes WHERE code_norm = 'JOERG10'").pluck().get()).toBe(1);
    // Issue 11: codes as the shop spells them — printable, no spaces; umlauts, dots and & are fine.
    const spaced = await callErr(t, 'codes.add', { collaborationId: joergCard, code: 'JÖRG FIT' });
    expect(spaced.code).toBe('INVALID_INPUT');
    expect(spaced.details).toMatchObject({ key: 'codeSpelling' });
  });

  it('accepts codes as the shop spells them and matches them with Unicode case folding', async () => {
    for (const code of ['JÖRGFIT', 'EMMA.20', 'B&B10']) await call(t, 'codes.add', { collaborationId: otherCard, code });
    const rows = t.core.db.$client.prepare("SELECT code, code_norm AS norm FROM voucher_codes WHERE code IN ('JÖRGFIT', 'EMMA.20', 'B&B10') ORDER BY code").all();
    expect(rows).toEqual([
      { code: 'B&B10', norm: 'B&B10' },
      { code: 'EMMA.20', norm: 'EMMA.20' },
      { code: 'JÖRGFIT', norm: 'JÖRGFIT' },
    ]);
    // lower case, decomposed umlaut (NFD, as macOS writes it): the same code, so it is taken
    expect((await callErr(t, 'codes.add', { collaborationId: joergCard, code: 'jo\u0308rgfit' })).code).toBe('CONFLICT');
    expect((await callErr(t, 'codes.add', { collaborationId: joergCard, code: 'emma.20' })).code).toBe('CONFLICT');
    // ß folds to SS
    await call(t, 'codes.add', { collaborationId: otherCard, code: 'STRASSE5' });
    expect((await callErr(t, 'codes.add', { collaborationId: joergCard, code: 'straße5' })).code).toBe('CONFLICT');
  });

  it('attributes earlier imported orders on add and releases them on remove', async () => {
    redemption('1001', 'SUMMER20', 5_000);
    redemption('1002', 'SUMMER20', 3_000);
    redemption('1003', 'SUMMER20', 9_999, 'refunded');
    redemption('1004', 'OTHER', 1_000);
    const { id } = await call(t, 'codes.add', { collaborationId: joergCard, code: 'summer20', validFrom: '2026-03-01', validTo: '2026-03-31' });
    const linked = t.core.db.$client.prepare('SELECT order_id, collaboration_id FROM redemptions WHERE voucher_code_id = ? ORDER BY order_id').all(id);
    expect(linked).toEqual([
      { order_id: '1001', collaboration_id: joergCard },
      { order_id: '1002', collaboration_id: joergCard },
      { order_id: '1003', collaboration_id: joergCard },
    ]);
    const card = await call(t, 'collaborations.get', { id: joergCard });
    expect(card.codes.find((c) => c.id === id)).toEqual({
      id,
      code: 'summer20',
      discountDescription: '',
      validFrom: '2026-03-01',
      validTo: '2026-03-31',
      orders: 2,
      revenueMinor: 8_000,
    });
    const board = await call(t, 'campaigns.board', { id: card.campaignId });
    expect(board.cards.find((c) => c.id === joergCard)?.badges.voucherCode).toBe(true);

    await call(t, 'codes.remove', { id });
    expect(t.core.db.$client.prepare("SELECT count(*) FROM redemptions WHERE code_norm = 'SUMMER20' AND (voucher_code_id IS NOT NULL OR collaboration_id IS NOT NULL)").pluck().get()).toBe(0);
    expect(t.core.db.$client.prepare("SELECT count(*) FROM redemptions WHERE code_norm = 'SUMMER20'").pluck().get()).toBe(3);
    // the freed code can be given to someone else, who then gets the orders
    const again = await call(t, 'codes.add', { collaborationId: otherCard, code: 'SUMMER20' });
    expect(t.core.db.$client.prepare('SELECT count(*) FROM redemptions WHERE voucher_code_id = ? AND collaboration_id = ?').pluck().get(again.id, otherCard)).toBe(3);
    expect((await callErr(t, 'codes.remove', { id: 999_999 })).code).toBe('NOT_FOUND');
  });

  it('checks the validity window order', async () => {
    const err = await callErr(t, 'codes.add', { collaborationId: joergCard, code: 'WINDOW', validFrom: '2026-04-01', validTo: '2026-03-01' });
    expect(err.field).toBe('validTo');
  });
});
