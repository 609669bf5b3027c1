import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { handlers } from '../../../src/main/api/registry';

/**
 * Contract file = domain folder, one to one: the methods declared in src/shared/contract/<domain>.ts are exactly
 * the ones served by src/main/<domain>/handlers.ts, so "where is X" is answered by a folder name.
 */

const CONTRACT_DIR = path.resolve('src/shared/contract');
const MAIN_DIR = path.resolve('src/main');
/** Contract files that declare no methods: the barrel, the `method()` helper, shared schemas and types. */
const NOT_A_DOMAIN = new Set(['index', 'define', 'common']);

/**
 * Methods allowed to be declared in one domain's contract file and served by another folder: method → why.
 * Empty on purpose; add an entry only with its reason (e.g. a handler that cannot move without an import cycle).
 */
const EXCEPTIONS: Record<string, string> = {};

type Owners = Map<string, string>;

/** method → domain, from each module's exported method maps (`<domain>Contract` / the handler objects). */
function owners(modules: Record<string, Record<string, unknown>>, pick: (domain: string, exported: Record<string, unknown>) => object[]): Owners {
  const out: Owners = new Map();
  for (const [domain, exported] of Object.entries(modules)) {
    for (const map of pick(domain, exported)) {
      for (const method of Object.keys(map)) {
        expect(out.has(method), `${method} is declared twice (${out.get(method)} and ${domain})`).toBe(false);
        out.set(method, domain);
      }
    }
  }
  return out;
}

/** Every method whose contract file and handler folder disagree (outside the exceptions), as readable lines. */
function mismatches(declaredIn: Owners, servedFrom: Owners, exceptions: Record<string, string> = EXCEPTIONS): string[] {
  const out: string[] = [];
  for (const [method, domain] of declaredIn) {
    const folder = servedFrom.get(method);
    if (folder === undefined) out.push(`${method}: declared in contract/${domain}.ts, served by no src/main/*/handlers.ts`);
    else if (folder !== domain && !(method in exceptions)) out.push(`${method}: declared in contract/${domain}.ts, served by src/main/${folder}/handlers.ts`);
  }
  for (const [method, folder] of servedFrom) {
    if (!declaredIn.has(method)) out.push(`${method}: served by src/main/${folder}/handlers.ts, declared in no contract file`);
  }
  return out.sort();
}

async function load(files: Record<string, string>): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [domain, file] of Object.entries(files)) out[domain] = (await import(file)) as Record<string, unknown>;
  return out;
}

const contractFiles = Object.fromEntries(
  fs
    .readdirSync(CONTRACT_DIR)
    .filter((f) => f.endsWith('.ts') && !NOT_A_DOMAIN.has(path.basename(f, '.ts')))
    .map((f) => [path.basename(f, '.ts'), path.join(CONTRACT_DIR, f)]),
);
const handlerFiles = Object.fromEntries(
  fs
    .readdirSync(MAIN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'api' && fs.existsSync(path.join(MAIN_DIR, d.name, 'handlers.ts')))
    .map((d) => [d.name, path.join(MAIN_DIR, d.name, 'handlers.ts')]),
);

const isHandlerMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.keys(v).length > 0 && Object.values(v).every((f) => typeof f === 'function');

describe('contract layout: one contract file per domain folder', () => {
  it('has a contract file for every folder with handlers, and a folder for every contract file', () => {
    expect(Object.keys(contractFiles).sort()).toEqual(Object.keys(handlerFiles).sort());
  });

  it('declares each method in the contract file of the folder whose handlers.ts serves it', async () => {
    const declaredIn = owners(await load(contractFiles), (domain, exported) => {
      const map = exported[`${domain}Contract`];
      expect(map, `contract/${domain}.ts exports ${domain}Contract`).toBeTypeOf('object');
      return [map as object];
    });
    const servedFrom = owners(await load(handlerFiles), (_domain, exported) => Object.values(exported).filter(isHandlerMap));
    expect(mismatches(declaredIn, servedFrom)).toEqual([]);
    // The files read here are the whole API: the barrel's contract and the dispatcher's registry hold the same methods.
    expect([...declaredIn.keys()].sort()).toEqual(Object.keys(contract).sort());
    expect([...servedFrom.keys()].sort()).toEqual(Object.keys(handlers).sort());
    for (const method of Object.keys(EXCEPTIONS)) expect(declaredIn.get(method), `exception ${method} still differs`).not.toBe(servedFrom.get(method));
  });

  it('names a method served from the wrong folder, one missing a handler and one missing a declaration', () => {
    const declaredIn: Owners = new Map([
      ['campaigns.delete', 'campaigns'],
      ['samples.list', 'samples'],
      ['posts.list', 'content'],
    ]);
    const servedFrom: Owners = new Map([
      ['campaigns.delete', 'trash'],
      ['posts.list', 'content'],
      ['uploads.begin', 'imports'],
    ]);
    expect(mismatches(declaredIn, servedFrom, {})).toEqual([
      'campaigns.delete: declared in contract/campaigns.ts, served by src/main/trash/handlers.ts',
      'samples.list: declared in contract/samples.ts, served by no src/main/*/handlers.ts',
      'uploads.begin: served by src/main/imports/handlers.ts, declared in no contract file',
    ]);
    expect(mismatches(declaredIn, servedFrom, { 'campaigns.delete': 'test' })).toHaveLength(2);
  });
});
