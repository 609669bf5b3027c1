import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { parseBackupFileName } from '../db/snapshot';
import { fileMentions } from './privacy-files';
import { deletePerson, eraseTraces, mergeSearchIndex } from './queries/erasure';

/** Who was erased, as the backups may still hold them (see eraseInfluencer in privacy.ts). */
export interface ErasedPerson {
  id: number;
  /** The influencer row's creation time: with the id it names the same person in an older copy (ids can be reused). */
  createdAt: string;
  /** Name, e-mail, handles and codes (3 characters or more): what must not be found in any file afterwards. */
  traces: string[];
  /** Their voucher codes (normalised), which the shop's orders carry. */
  codes: string[];
}

export interface BackupScrubResult {
  rewritten: string[];
  removed: string[];
}

/**
 * Applies an erasure to the backups (runs in a worker: each backup is rewritten and vacuumed). Why this way:
 * a backup is a full copy of the workspace, so after an erasure every backup made before it still names the person
 * — restoring one would bring them back. Keeping no backups at all would lose the protection they give, so each
 * backup gets the same erasure as the workspace (the person's rows through the foreign keys, their rejected import
 * rows, their codes on orders anonymised), then VACUUM rewrites the file without the freed pages. A backup of an
 * older or newer schema gets the same statements; the erasure only counts when a scan of the file's bytes afterwards
 * finds none of their traces. A backup where a statement fails (its tables differ) or a trace is still found cannot
 * be cleaned and is deleted: a backup that still holds an erased person is worse than one backup fewer. The other
 * full copies — workspace exports in transfers/ and damaged files set aside next to the workspace — are compressed
 * or unreadable, so they cannot be rewritten: they are deleted when they are older than the erasure (exports) or
 * mention the person (set-aside files).
 */
export function scrubBackups(dataDir: string, person: ErasedPerson, nativeBinding?: string): BackupScrubResult {
  const out: BackupScrubResult = { rewritten: [], removed: [] };
  const needles = person.traces.map((t) => t.toLowerCase());
  const dir = path.join(dataDir, 'backups');
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => parseBackupFileName(n));
  } catch {
    // no backups folder
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      eraseIn(file, person, nativeBinding);
      if (needles.length && fileMentions(file, needles)) throw new Error('a trace is left');
      out.rewritten.push(name);
    } catch {
      for (const s of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${file}${s}`, { force: true });
      out.removed.push(name);
    }
  }
  // Workspace exports (zips): compressed copies that cannot be rewritten.
  const transfers = path.join(dataDir, 'transfers');
  for (const n of safeList(transfers)) {
    if (!n.endsWith('.zip')) continue;
    fs.rmSync(path.join(transfers, n), { force: true });
    out.removed.push(`transfers/${n}`);
  }
  // Files set aside by a recovery (kollab-damaged-*.db): kept for inspection unless they name the person.
  for (const n of safeList(dataDir)) {
    if (!/^kollab-damaged-.*\.db(-wal|-journal|-shm)?$/.test(n)) continue;
    const f = path.join(dataDir, n);
    if (needles.length && fileMentions(f, needles)) {
      fs.rmSync(f, { force: true });
      out.removed.push(n);
    }
  }
  return out;
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** The workspace's erasure statements on one backup file, then VACUUM. Throws when the file's schema does not fit. */
function eraseIn(file: string, person: ErasedPerson, nativeBinding?: string): void {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('journal_mode = DELETE'); // a backup is one self-contained file; no WAL next to it
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.transaction(() => {
      eraseTraces(db, person.traces, person.codes);
      deletePerson(db, person.id, person.createdAt);
    })();
    try {
      mergeSearchIndex(db);
    } catch {
      // a schema before the search index: nothing to merge (the scan afterwards decides)
    }
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}
