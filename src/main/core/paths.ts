import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Kollab';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives the desktop app
 * (appData/<productName>), so browser mode and desktop app open the same workspace.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The workspace's own files next to the database: exported with it, moved with it, removed when it is emptied. */
export const WORKSPACE_FILE_FOLDERS = ['attachments', 'exports'] as const;
/** Uploads waiting for an import are the workspace's too (not exported: they are transient). */
const RESET_FOLDERS = [...WORKSPACE_FILE_FOLDERS, 'uploads'] as const;

/** Removes the workspace's files (after its rows are gone): attachments, exported briefings, uploads. */
export function removeWorkspaceFiles(dataDir: string): number {
  let removed = 0;
  for (const f of RESET_FOLDERS) {
    const dir = path.join(dataDir, f);
    if (!fs.existsSync(dir)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
