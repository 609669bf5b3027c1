import { describe, expect, it } from 'vitest';
import { systemLocale, translations } from '../../../src/renderer/src/i18n';

const { de, en } = translations;

function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

describe('i18n resources', () => {
  const d = leaves(de);
  const e = leaves(en);

  it('merges the feature sections (i18n/sections/*.ts) into both languages', () => {
    expect(d.get('errors.domain.storage.STORAGE_FULL')).toMatch(/Datenträger ist voll/);
    expect(e.get('errors.domain.storage.STORAGE_FULL')).toMatch(/disk is full/);
  });

  it('German and English have exactly the same keys', () => {
    expect([...d.keys()].sort()).toEqual([...e.keys()].sort());
  });

  it('has no empty or non-string values', () => {
    for (const [k, v] of [...d, ...e]) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim().length, k).toBeGreaterThan(0);
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of e) expect(vars(d.get(k)), k).toEqual(vars(v));
  });

  it('maps the system language', () => {
    expect(systemLocale({ language: 'de-AT' })).toBe('de');
    expect(systemLocale({ language: 'de' })).toBe('de');
    expect(systemLocale({ language: 'fr-CH' })).toBe('en');
    expect(systemLocale({ language: 'en-US' })).toBe('en');
  });
});
