// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/envelope';
import { validationMessage, fieldError } from '../../../src/renderer/src/api/errors';
import { initI18n, getI18n } from '../../../src/renderer/src/i18n';
import { zodToError } from '../../../src/main/api/dispatcher';
import { contract } from '../../../src/shared/contract';

/** Real validation errors from the real contract, said in the user's language. */
function errorFor(method: keyof typeof contract, input: unknown): ApiError {
  const parsed = contract[method].input.safeParse(input);
  if (parsed.success) throw new Error('expected a validation error');
  return new ApiError(zodToError(parsed.error));
}

describe('validation messages from the core, in German and English', () => {
  beforeEach(() => {
    initI18n('de');
  });

  it('translates the contract’s own rules by key', async () => {
    const err = errorFor('campaigns.create', { name: 'X', goal: 'launch', startDate: '2027-03-01', endDate: '2027-02-01' });
    expect(err.field).toBe('endDate');
    expect(validationMessage(err)).toBe('Das Enddatum liegt vor dem Startdatum.');
    await getI18n().changeLanguage('en');
    expect(fieldError(err)).toEqual({ field: 'endDate', message: 'End date is before start date.' });
  });

  it('translates zod’s kinds of problem: required, e-mail, too long', () => {
    expect(validationMessage(errorFor('influencers.create', { name: '' }))).toBe('Pflichtfeld.');
    expect(validationMessage(errorFor('influencers.create', { name: 'Lena', email: 'lena(at)example' }))).toBe('Keine gültige E-Mail-Adresse.');
    expect(validationMessage(errorFor('influencers.create', { name: 'x'.repeat(201) }))).toBe('Zu lang (höchstens 200 Zeichen).');
  });

  it('falls back to the core’s text without the field prefix when it knows no better', () => {
    const err = new ApiError({ code: 'INVALID_INPUT', message: 'name: something odd', field: 'name', details: { issue: 'custom' } });
    expect(validationMessage(err)).toBe('something odd');
  });
});
