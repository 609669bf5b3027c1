// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/envelope';
import { describeError } from '../../../src/renderer/src/api/errors';
import { getI18n, initI18n, translations } from '../../../src/renderer/src/i18n';

/**
 * Every DomainError thrown in the core names its message by key (under `errors.domain.`), and the key has a
 * German and an English text that differ — so no English sentence from the core reaches the German UI.
 * The keys are read from the source itself: a new `throw new DomainError(...)` without a key, or with a key
 * nobody wrote texts for, fails here.
 */
const MAIN = path.resolve(__dirname, '../../../src/main');
/** Domains whose owners key their messages in this round; swept when they land (see issue 13). */
const PENDING: string[] = [];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The text of each `new DomainError(...)` call: from the name to its balanced closing parenthesis. */
function calls(src: string): string[] {
  const out: string[] = [];
  let at = src.indexOf('new DomainError(');
  while (at >= 0) {
    let depth = 0;
    let i = at + 'new DomainError'.length;
    for (; i < src.length; i++) {
      const ch = src[i];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    out.push(src.slice(at, i + 1));
    at = src.indexOf('new DomainError(', i);
  }
  return out;
}

/** The keys a call can name: `key: 'a.b'`, `key: cond ? 'a.b' : 'a.c'` or a template `key: \`a.${x}\`` (→ 'a.*'). */
function keysOf(call: string): string[] {
  const m = /\bkey:\s*(?:[^'`,\n]*\?\s*)?(['`][^'`]+['`])(?:\s*:\s*(['`][^'`]+['`]))?/.exec(call);
  if (!m) return [];
  return [m[1], m[2]].filter((k): k is string => !!k).map((k) => k.slice(1, -1).replace(/\$\{[^}]+\}.*$/, '*'));
}

function lookup(tree: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), tree);
}

function leavesOf(tree: unknown, prefix: string): string[] {
  if (typeof tree === 'string') return [prefix];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => leavesOf(v, `${prefix}.${k}`));
}

const found = sourceFiles(MAIN).flatMap((file) => {
  const rel = path.relative(MAIN, file).split(path.sep).join('/');
  return calls(fs.readFileSync(file, 'utf8')).map((call) => ({ rel, call, keys: keysOf(call) }));
});

describe('domain errors of the core in German and English', () => {
  it('finds the throws in the source (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(60);
    expect(found.some((f) => f.keys.includes('collaborations.codeTaken'))).toBe(true);
  });

  it('every DomainError names a key', () => {
    const missing = found.filter((f) => f.keys.length === 0 && !PENDING.some((p) => f.rel.startsWith(p))).map((f) => `${f.rel}: ${f.call.slice(0, 120)}`);
    expect(missing).toEqual([]);
  });

  it('every key has a German and an English text, and they differ', () => {
    const problems: string[] = [];
    const keys = new Set(found.flatMap((f) => f.keys));
    for (const key of keys) {
      const full = `errors.domain.${key}`;
      const leaves = key.endsWith('*') ? leavesOf(lookup(translations.en, full.slice(0, -2)), full.slice(0, -2)) : [full];
      if (leaves.length === 0) problems.push(`${key}: no texts`);
      for (const leaf of leaves) {
        const en = lookup(translations.en, leaf);
        const de = lookup(translations.de, leaf);
        if (typeof en !== 'string') problems.push(`${leaf}: no English text`);
        if (typeof de !== 'string') problems.push(`${leaf}: no German text`);
        else if (de === en) problems.push(`${leaf}: German text is the English one`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the shop import names every message by key (no pending exception left for it)', () => {
    const importThrows = found.filter((f) => f.rel.startsWith('redemptions/') || f.rel.startsWith('imports/'));
    expect(importThrows.length).toBeGreaterThan(20);
    expect(importThrows.filter((f) => f.keys.length === 0).map((f) => f.call.slice(0, 100))).toEqual([]);
  });

  it('import messages that embed other texts resolve them in the UI language', async () => {
    initI18n('de');
    await getI18n().changeLanguage('de');
    const mapFirst = new ApiError({ code: 'INVALID_INPUT', message: 'Map a column to “code” first.', key: 'imports.format.mapFirst', params: { field: 'code' } });
    expect(describeError(mapFirst).message).toBe('Wähle zuerst in der Zuordnung die Spalte für „Gutscheincode“.');
    const noCode = new ApiError({ code: 'INVALID_INPUT', message: 'No column with voucher codes was found.', key: 'imports.noCode.woocommerce', params: { hint: 'woocommerce' } });
    expect(describeError(noCode).message).toMatch(/^Keine Gutscheinspalte\. Diesem WooCommerce-Export fehlt eine Gutscheinspalte\./);
    await getI18n().changeLanguage('en');
    expect(describeError(mapFirst).message).toBe('Choose the column for “Voucher code” in the mapping first.');
  });

  it('the German message replaces the English fallback, with its parameters', async () => {
    initI18n('de');
    await getI18n().changeLanguage('de');
    const taken = new ApiError({
      code: 'CONFLICT',
      message: 'Code LENA10 is already used by Lena Berg in “Frühling”',
      key: 'collaborations.codeTaken',
      params: { code: 'LENA10', name: 'Lena Berg', campaign: 'Frühling' },
    });
    expect(describeError(taken).message).toBe('Der Code LENA10 wird schon von Lena Berg in „Frühling“ verwendet.');
    const handle = new ApiError({
      code: 'CONFLICT',
      message: 'instagram handle lena already belongs to Lena Berg',
      key: 'influencers.handleTaken',
      params: { platform: 'instagram', handle: 'lena', name: 'Lena Berg' },
    });
    expect(describeError(handle).message).toBe('Das Instagram-Handle lena gehört schon zu Lena Berg.');
    await getI18n().changeLanguage('en');
    expect(describeError(handle).message).toBe('The Instagram handle lena already belongs to Lena Berg.');
  });
});
