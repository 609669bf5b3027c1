/**
 * The influencers domain's SQL, the erasure statements (re-exported by queries.ts), defined once: run on the
 * workspace (privacy.ts) and on each backup file (privacy-backups.ts, in a worker — so this file imports nothing but
 * the driver's type, and takes the driver's connection rather than the workspace's Db).
 */
import type Database from 'better-sqlite3';

/** Removes rejected import rows that carry a trace and anonymises the person's codes on the shop's orders. */
export function eraseTraces(c: Database.Database, traces: readonly string[], codes: readonly string[]): void {
  const like = c.prepare<[string]>("DELETE FROM import_rejects WHERE raw LIKE ? ESCAPE '\\'");
  for (const t of traces) like.run(`%${t.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  // Every order of the code, linked or not: a scan of the orders (no index holds them all since migration 0018), rare and complete.
  const anonymise = c.prepare<[string]>("UPDATE redemptions SET code_norm = 'ERASED-' || id, voucher_code_id = NULL, collaboration_id = NULL WHERE code_norm = ?");
  for (const code of codes) anonymise.run(code);
}

/** FTS5 keeps deleted terms in old segments until they are merged: merges them now. */
export function mergeSearchIndex(c: Database.Database): void {
  c.prepare("INSERT INTO influencers_fts(influencers_fts) VALUES ('optimize')").run();
}

/** Deletes the person (cascading to everything hanging off them); in a backup only the same person (id and creation time). */
export function deletePerson(c: Database.Database, id: number, createdAt?: string): void {
  if (createdAt === undefined) c.prepare<[number]>('DELETE FROM influencers WHERE id = ?').run(id);
  else c.prepare<[number, string]>('DELETE FROM influencers WHERE id = ? AND created_at = ?').run(id, createdAt);
}
