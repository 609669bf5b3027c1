/// <reference types="vite/client" />
/**
 * Feature sections of the resources: each file in `sections/` exports `section = { en, de }` with its own
 * top-level keys (or keys nested under an existing one, e.g. `errors.domain.backups`). They are merged into
 * the base resources of en.ts / de.ts, so a new feature adds a file instead of editing two 1,500-line files.
 * The key test (test/unit/renderer/i18n-keys.test.ts) checks the merged trees: same keys, same variables.
 */
export interface Tree {
  [key: string]: string | Tree;
}
export interface Section {
  en: Tree;
  de: Tree;
}

const modules = import.meta.glob<{ section: Section }>('./sections/*.ts', { eager: true });

export const sections: Section[] = Object.keys(modules)
  .sort()
  .map((k) => modules[k].section);

/** Deep merge of resource trees; a section may not redefine a string another one set. */
export function mergeTrees(base: Tree, ...more: Tree[]): Tree {
  const out: Tree = { ...base };
  for (const m of more) {
    for (const [k, v] of Object.entries(m)) {
      const cur = out[k];
      if (typeof v === 'string' || cur === undefined) {
        if (typeof cur === 'string' && cur !== v) throw new Error(`i18n key defined twice: ${k}`);
        out[k] = v;
      } else if (typeof cur === 'string') {
        throw new Error(`i18n key is both a text and a group: ${k}`);
      } else {
        out[k] = mergeTrees(cur, v);
      }
    }
  }
  return out;
}
