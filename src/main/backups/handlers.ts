import path from 'node:path';
import type { HandlersFor } from '../api/handlers';
import type { BackupInfo, backupsContract } from '../../shared/contract/backups';
import { awaitingWrite } from '../api/mutation';
import { DomainError } from '../../shared/envelope';
import { discardUpload, finishedUpload } from '../imports/uploads';
import { backupsDir, createBackup, knownSchema, listBackups, pruneBackups, refuseNewerBackup } from './service';
import { readRetention, writeRetention, type checkIntegrity } from './queries';
import { replaceWorkspace } from './restore';
import { exportWorkspace, importWorkspace, readExportChunk } from './transfer';

/** Resolves a backup by its name (as listed) to its file; unknown names are a NOT_FOUND with a key. */
export function findBackup(dataDir: string, name: string, known = knownSchema()): BackupInfo & { file: string } {
  const found = listBackups(dataDir, known).find((b) => b.name === name);
  if (!found) throw new DomainError('NOT_FOUND', `The backup ${name} is no longer there.`, { field: 'name', key: 'backups.notFound', params: { name } });
  return { ...found, file: path.join(backupsDir(dataDir), found.name) };
}

export const backupHandlers: HandlersFor<keyof typeof backupsContract> = {
  'backups.list': (_input, core) => ({ backups: listBackups(core.dataDir, knownSchema(core.dbOptions.migrationsDir)), folder: backupsDir(core.dataDir), retention: readRetention(core.db) }),
  // A backup reads the workspace in its own transaction (VACUUM INTO), so it runs outside the write transaction.
  'backups.create': awaitingWrite((_input, core) => createBackup(core, 'manual')),
  'backups.restore': awaitingWrite(async (input, core) => {
    if ('name' in input) {
      const known = knownSchema(core.dbOptions.migrationsDir);
      const { file, ...restored } = findBackup(core.dataDir, input.name, known);
      refuseNewerBackup(restored, known);
      const { safetyBackup } = await replaceWorkspace(core, file, { label: input.name, reason: 'restore' });
      return { restored, safetyBackup };
    }
    // An uploaded database file is a copy of the whole workspace: it does not stay in uploads/ once used,
    // whether the restore worked or not (the restored data lives on in the workspace, the old one in a backup).
    try {
      const up = finishedUpload(core.dataDir, input.fileId);
      const { safetyBackup } = await replaceWorkspace(core, up.file, { label: up.fileName, reason: 'restore' });
      return { restored: null, safetyBackup };
    } finally {
      discardUpload(core.dataDir, input.fileId);
    }
  }),
  'backups.setRetention': (input, core) => {
    const retention = writeRetention(core.db, input);
    pruneBackups(core);
    return retention;
  },
  'backups.openFolder': async (_input, core) => {
    if (!core.platform) throw new DomainError('UNSUPPORTED', 'Opening folders needs the desktop app.', { key: 'backups.desktopOnly' });
    try {
      return { opened: await core.platform.openPath(backupsDir(core.dataDir)) };
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNSUPPORTED') {
        throw new DomainError('UNSUPPORTED', 'Opening folders needs the desktop app.', { key: 'backups.desktopOnly' });
      }
      throw err;
    }
  },
  // integrity_check reads every page (many seconds for a large workspace): in a worker on its own connection.
  'workspace.check': async (_input, core) => {
    const { problems, foreignKeyProblems } = await core.jobs.run<ReturnType<typeof checkIntegrity>>('workspace.check');
    return { ok: problems.length === 0 && foreignKeyProblems === 0, problems, foreignKeyProblems, checkedAt: core.clock.now().toISOString() };
  },
  'workspace.export': (_input, core) => exportWorkspace(core),
  'workspace.exportChunk': (input, core) => readExportChunk(core.dataDir, input.fileName, input.offset),
  'workspace.import': awaitingWrite(async (input, core) => {
    try {
      const up = finishedUpload(core.dataDir, input.fileId);
      return await importWorkspace(core, up.file, up.fileName);
    } finally {
      discardUpload(core.dataDir, input.fileId);
    }
  }),
  'recovery.status': () => ({ state: 'ok' }),
};
