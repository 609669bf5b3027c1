import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface RunningHost {
  url: string;
  openUrl: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built browser-mode host (out/main/web.js) on a data folder and waits for its URL line. */
/** `env` adds variables for the host, e.g. `KOLLAB_NOW` to pin the core's clock (start again later on the same folder to move it). */
export async function startHost(opts: { dataDir?: string; empty?: boolean; env?: Record<string, string> } = {}): Promise<RunningHost> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-e2e-'));
  const args = ['out/main/web.js', '--data-dir', dataDir, '--json', ...(opts.empty ? ['--empty'] : [])];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const line = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`host did not start in 30 s: ${stderr}`)), 30_000);
  });
  const info = JSON.parse(line) as { url: string; openUrl: string; token: string };
  return {
    ...info,
    dataDir,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
