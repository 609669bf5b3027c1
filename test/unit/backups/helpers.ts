import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { defaultMigrationsDir, readJournal } from '../../../src/main/db/connection';

/** A copy of drizzle/ that knows only the first `k` migrations (a database "at schema version k"). */
export function migrationsUpTo(k: number, into: string): string {
  const dir = path.join(into, `drizzle-${k}`);
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journal = readJournal(dir);
  journal.entries = journal.entries.slice(0, k);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  return dir;
}

export function knownCount(): number {
  return readJournal(defaultMigrationsDir()).entries.length;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file under `dir`, relative, sorted. */
export function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(dir, p)).isFile())
    .map((p) => p.split(path.sep).join('/'))
    .sort();
}
