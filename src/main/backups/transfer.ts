import fs from 'node:fs';
import path from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Core } from '../core/context';
import { knownMigrations, defaultMigrationsDir, schemaVersion, type Db } from '../db/connection';
import { snapshotInto } from '../db/snapshot';
import { DomainError } from '../../shared/envelope';
import type { BackupInfo, WorkspaceExport, WorkspaceManifest } from '../../shared/contract/backups';
import { WORKSPACE_FILE_FOLDERS } from '../core/paths';
import { replaceWorkspace } from './restore';

/**
 * The workspace as one file, for moving to another laptop: a zip with `manifest.json` (format, app and schema
 * version), `kollab.db` (a consistent copy, never the live file) and the workspace's file folders. Written and read
 * as streams (fflate), so a large workspace never sits in memory whole. A newer Kollab reads older exports: the
 * manifest's format version says what is inside, the database is migrated like a restored backup.
 */
export const TRANSFERS_DIR = 'transfers';
const CHUNK = 4 * 1024 * 1024;
const FORMAT_VERSION = 1;
const KEEP_EXPORTS = 3;
const EXPORT_RE = /^kollab-workspace-[0-9-]+\.zip$/;
const ALREADY_COMPRESSED = /\.(pdf|png|jpe?g|gif|webp|zip|xlsx|docx|mp4|mov)$/i;

export function transfersDir(dataDir: string): string {
  return path.join(dataDir, TRANSFERS_DIR);
}

function* walk(dir: string, rel: string): Generator<{ abs: string; rel: string }> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(dir, e.name);
    const r = `${rel}/${e.name}`;
    if (e.isDirectory()) yield* walk(abs, r);
    else if (e.isFile()) yield { abs, rel: r };
  }
}

function addFile(zip: Zip, name: string, file: string, compress: boolean): void {
  // Level 1: a database shrinks to about a fifth already, at several times the speed of the default level.
  const entry = compress ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
  zip.add(entry);
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1024 * 1024);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) entry.push(buf.subarray(0, n).slice());
    entry.push(new Uint8Array(0), true);
  } finally {
    fs.closeSync(fd);
  }
}

function stamp(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-'); // 20261201-073000
}

/**
 * Writes `<data folder>/transfers/kollab-workspace-<time>.zip` and keeps the last three. The copy and the
 * compression run in a worker thread (`workspace.export`), so the UI keeps being answered meanwhile.
 */
export async function exportWorkspace(core: Core): Promise<WorkspaceExport> {
  return core.jobs.run<WorkspaceExport>('workspace.export', { appVersion: core.appVersion, now: core.clock.now().toISOString() });
}

/** The export itself, on the worker's connection `db`. */
export function writeWorkspaceExport(core: { db: Db; dataDir: string; appVersion: string; now: Date }): WorkspaceExport {
  const dir = transfersDir(core.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `kollab-workspace-${stamp(core.now)}.zip`;
  const target = path.join(dir, fileName);
  const tmpZip = `${target}.tmp`;
  const dbCopy = path.join(dir, `db-${process.pid}-${Date.now()}.tmp`);
  const out = fs.openSync(tmpZip, 'w');
  let failure: Error | null = null;
  try {
    snapshotInto(core.db.$client, dbCopy);
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else fs.writeSync(out, chunk);
    });
    const files = WORKSPACE_FILE_FOLDERS.flatMap((f) => [...walk(path.join(core.dataDir, f), f)]);
    const manifest: WorkspaceManifest = {
      format: 'kollab-workspace',
      formatVersion: FORMAT_VERSION,
      appVersion: core.appVersion,
      schemaVersion: schemaVersion(core.db),
      createdAt: core.now.toISOString(),
      files: files.length,
    };
    const m = new ZipDeflate('manifest.json');
    zip.add(m);
    m.push(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), true);
    addFile(zip, 'kollab.db', dbCopy, true);
    for (const f of files) addFile(zip, f.rel, f.abs, !ALREADY_COMPRESSED.test(f.rel));
    zip.end();
    if (failure) throw failure;
    fs.fsyncSync(out);
  } catch (err) {
    fs.closeSync(out);
    fs.rmSync(tmpZip, { force: true });
    throw err;
  } finally {
    fs.rmSync(dbCopy, { force: true });
  }
  fs.closeSync(out);
  fs.renameSync(tmpZip, target);
  const exports = fs.readdirSync(dir).filter((n) => EXPORT_RE.test(n)).sort().reverse();
  for (const old of exports.slice(KEEP_EXPORTS)) fs.rmSync(path.join(dir, old), { force: true });
  return { fileName, sizeBytes: fs.statSync(target).size };
}

/** One piece of a written export (the browser downloads it in pieces, like uploads). */
export function readExportChunk(dataDir: string, fileName: string, offset: number): { dataBase64: string; offset: number; sizeBytes: number; done: boolean } {
  if (!EXPORT_RE.test(fileName)) throw new DomainError('INVALID_INPUT', 'Not a workspace export', { field: 'fileName', key: 'transfer.unknownExport' });
  const file = path.join(transfersDir(dataDir), fileName);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new DomainError('NOT_FOUND', 'This export is no longer there; export again.', { field: 'fileName', key: 'transfer.unknownExport' });
  }
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.max(0, Math.min(CHUNK, size - offset)));
    const n = buf.length ? fs.readSync(fd, buf, 0, buf.length, offset) : 0;
    return { dataBase64: buf.subarray(0, n).toString('base64'), offset: offset + n, sizeBytes: size, done: offset + n >= size };
  } finally {
    fs.closeSync(fd);
  }
}

/** Only these names may come out of a workspace zip; anything else (`..`, absolute paths, other folders) is refused. */
function safeEntryName(name: string): string | null {
  if (name === 'manifest.json' || name === 'kollab.db') return name;
  if (name.endsWith('/')) return null; // folder entries carry nothing
  const parts = name.split('/');
  if (!WORKSPACE_FILE_FOLDERS.includes(parts[0] as (typeof WORKSPACE_FILE_FOLDERS)[number])) return null;
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p))) return null;
  return name;
}

/** No export of a real workspace unpacks to more than this many times its zip (a database deflates to about 1/5). */
const MAX_RATIO = 50;
/** …except small zips, which may unpack to this much whatever their ratio (a nearly empty workspace). */
const MIN_ALLOWANCE = 64 * 1024 * 1024;
/** Room left on the disk after unpacking (the database is copied once more when it is staged). */
const DISK_RESERVE = 512 * 1024 * 1024;

function freeBytes(dir: string): number {
  try {
    const s = fs.statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * How many bytes a zip may unpack to: against a zip bomb (a few kilobytes that inflate to terabytes and fill the
 * disk) at most MAX_RATIO times its size (at least MIN_ALLOWANCE), and never more than the disk has to spare.
 * The bytes are counted as they are inflated — sizes in the zip's headers are the sender's claim, not a fact.
 */
export function unpackAllowance(zipFile: string, into: string): number {
  const size = fs.statSync(zipFile).size;
  return Math.min(Math.max(MIN_ALLOWANCE, size * MAX_RATIO), Math.max(0, freeBytes(into) - DISK_RESERVE));
}

/** Unpacks a workspace zip into `into` (streaming); returns the manifest. Throws a keyed DomainError for a bad file. */
export function unpackWorkspaceZip(zipFile: string, into: string, label: string, maxBytes = Number.NaN): WorkspaceManifest {
  fs.mkdirSync(into, { recursive: true });
  const allowance = Number.isNaN(maxBytes) ? unpackAllowance(zipFile, into) : maxBytes;
  let error: Error | null = null;
  const open = new Set<number>();
  let entries = 0;
  let unpacked = 0;
  const tooLarge = () =>
    new DomainError('INVALID_INPUT', `The file ${label} unpacks to more than ${Math.floor(allowance / 1024 / 1024)} MB; it is not a workspace export Kollab wrote. Nothing was changed.`, {
      key: 'transfer.tooLarge',
      params: { file: label, mb: Math.floor(allowance / 1024 / 1024) },
    });
  const unzip = new Unzip((file) => {
    entries++;
    const name = safeEntryName(file.name);
    if (!name) {
      error ??= new DomainError('INVALID_INPUT', `The file ${label} contains an entry Kollab does not accept (${file.name.slice(0, 80)}).`, { key: 'transfer.badEntry', params: { file: label, entry: file.name.slice(0, 80) } });
      return;
    }
    // What the entry says it unpacks to: refused before a byte is written when that is already too much.
    if (error || unpacked + (file.originalSize ?? 0) > allowance) {
      error ??= tooLarge();
      return;
    }
    const target = path.join(into, ...name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const fd = fs.openSync(target, 'w');
    open.add(fd);
    file.ondata = (err, data, final) => {
      if (err) error ??= err;
      else if (error) {
        // a limit was hit: write nothing more
      } else if (data.length) {
        unpacked += data.length;
        if (unpacked > allowance) error = tooLarge();
        else fs.writeSync(fd, data);
      }
      if (final || err) {
        fs.closeSync(fd);
        open.delete(fd);
      }
    };
    try {
      file.start();
    } catch (err) {
      error ??= err as Error;
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const fd = fs.openSync(zipFile, 'r');
  try {
    // Small pieces: one piece of a zip bomb inflates to at most ~1000 times its size before the count stops it.
    const buf = Buffer.alloc(64 * 1024);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0 && !error) unzip.push(buf.subarray(0, n).slice());
    if (!error) unzip.push(new Uint8Array(0), true);
  } catch (err) {
    error ??= err as Error;
  } finally {
    fs.closeSync(fd);
    for (const o of open) fs.closeSync(o);
  }
  if (error instanceof DomainError) throw error;
  if (!error && entries === 0) error = new Error('no zip entries');
  if (error) throw new DomainError('INVALID_INPUT', `The file ${label} is not a readable workspace export (${error.message.slice(0, 120)}).`, { key: 'transfer.notZip', params: { file: label } });
  let manifest: WorkspaceManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(into, 'manifest.json'), 'utf8')) as WorkspaceManifest;
  } catch {
    throw new DomainError('INVALID_INPUT', `The file ${label} is not a Kollab workspace export (no manifest).`, { key: 'transfer.notWorkspace', params: { file: label } });
  }
  if (manifest?.format !== 'kollab-workspace' || typeof manifest.formatVersion !== 'number' || typeof manifest.schemaVersion !== 'number') {
    throw new DomainError('INVALID_INPUT', `The file ${label} is not a Kollab workspace export.`, { key: 'transfer.notWorkspace', params: { file: label } });
  }
  const known = knownMigrations(defaultMigrationsDir()).count;
  if (manifest.formatVersion > FORMAT_VERSION || manifest.schemaVersion > known) {
    throw new DomainError('INVALID_INPUT', `The file ${label} was exported by a newer Kollab (${String(manifest.appVersion)}). Update Kollab to import it.`, { key: 'transfer.newer', params: {
      file: label,
      version: String(manifest.appVersion).slice(0, 40),
    } });
  }
  if (!fs.existsSync(path.join(into, 'kollab.db'))) throw new DomainError('INVALID_INPUT', `The file ${label} holds no workspace database.`, { key: 'transfer.notWorkspace', params: { file: label } });
  return manifest;
}

/**
 * Replaces the workspace with an export: unpack and check, back up the current workspace, swap the database in
 * (restore.ts), then the file folders (the old ones are removed only after the new ones are in place).
 */
export async function importWorkspace(core: Core, zipFile: string, label: string): Promise<{ manifest: WorkspaceManifest; safetyBackup: BackupInfo }> {
  const work = path.join(transfersDir(core.dataDir), `import-${process.pid}-${Date.now()}`);
  try {
    // Inflating a large export takes seconds: in a worker (`workspace.unpack`).
    const manifest = await core.jobs.run<WorkspaceManifest>('workspace.unpack', { zipFile, into: work, label });
    const { safetyBackup } = await replaceWorkspace(core, path.join(work, 'kollab.db'), { label, reason: 'transfer' });
    for (const folder of WORKSPACE_FILE_FOLDERS) {
      const incoming = path.join(work, folder);
      const current = path.join(core.dataDir, folder);
      const old = `${current}.old-${Date.now()}`;
      if (fs.existsSync(current)) fs.renameSync(current, old);
      if (fs.existsSync(incoming)) fs.renameSync(incoming, current);
      fs.rmSync(old, { recursive: true, force: true });
    }
    return { manifest, safetyBackup };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
