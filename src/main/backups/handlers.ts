import path from 'node:path';
import type { HandlersFor } from '../api/handlers';
import type { backupsContract } from '../../shared/contract/backups';
import { awaitingWrite } from '../api/mutation';
import { DomainError } from '../../shared/envelope';
import { finishedUpload } from '../imports/uploads';
import { backupsDir, createBackup, listBackups, pruneBackups } from './service';
import { checkIntegrity, readRetention, writeRetention } from './queries';
import { replaceWorkspace } from './restore';
import { exportWorkspace, importWorkspace, readExportChunk } from './transfer';

/** Resolves a backup by its name (as listed) to its file; unknown names are a NOT_FOUND with a key. */
export function backupFile(dataDir: string, name: string): string {
  const found = listBackups(dataDir).find((b) => b.name === name);
  if (!found) throw new DomainError('NOT_FOUND', `The backup ${name} is no longer there.`, { field: 'name', key: 'backups.notFound', params: { name } });
  return path.join(backupsDir(dataDir), found.name);
}

export const backupHandlers: HandlersFor<keyof typeof backupsContract> = {
  'backups.list': (_input, core) => ({ backups: listBackups(core.dataDir), folder: backupsDir(core.dataDir), retention: readRetention(core.db) }),
  // A backup reads the workspace in its own transaction (VACUUM INTO), so it runs outside the write transaction.
  'backups.create': awaitingWrite(async (_input, core) => createBackup(core, 'manual')),
  'backups.restore': awaitingWrite(async (input, core) => {
    const source =
      'name' in input
        ? { file: backupFile(core.dataDir, input.name), label: input.name }
        : (() => {
            const up = finishedUpload(core.dataDir, input.fileId);
            return { file: up.file, label: up.fileName };
          })();
    const restored = 'name' in input ? (listBackups(core.dataDir).find((b) => b.name === input.name) ?? null) : null;
    const { safetyBackup } = replaceWorkspace(core, source.file, { label: source.label, reason: 'restore' });
    return { restored, safetyBackup };
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
  'workspace.check': (_input, core) => {
    const { problems, foreignKeyProblems } = checkIntegrity(core.db);
    return { ok: problems.length === 0 && foreignKeyProblems === 0, problems, foreignKeyProblems, checkedAt: core.clock.now().toISOString() };
  },
  'workspace.export': (_input, core) => exportWorkspace(core),
  'workspace.exportChunk': (input, core) => readExportChunk(core.dataDir, input.fileName, input.offset),
  'workspace.import': awaitingWrite(async (input, core) => {
    const up = finishedUpload(core.dataDir, input.fileId);
    return importWorkspace(core, up.file, up.fileName);
  }),
  'recovery.status': () => ({ state: 'ok' }),
};
