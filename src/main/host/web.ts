/**
 * Browser mode: the core plus the loopback HTTP host serving the built renderer.
 *   node out/main/web.js [--data-dir DIR] [--port N] [--empty] [--json]
 * KOLLAB_DATA_DIR also picks the folder; the default is the desktop app's per-user folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWorkspace } from '../core/context';
import { defaultDataDir } from '../core/paths';
import { NewerSchemaError } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { startHttpHost, type HttpHost } from './http-host';
import { chromiumPdfRenderer } from './pdf-chromium';

function findUp(start: string, rel: string): string | undefined {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, rel);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      empty: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = path.resolve(values['data-dir'] ?? process.env.KOLLAB_DATA_DIR ?? defaultDataDir());
  const pkgFile = findUp(here, 'package.json');
  const version = pkgFile ? (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string }).version : '0.0.0';
  const builtWorker = path.join(here, 'worker.js');
  const staticDir = findUp(here, path.join('out', 'renderer')) ?? path.join(here, '..', 'renderer');

  // PDFs are rendered host-side from the host's own print route (lazily, in a headless Chromium).
  let hostRef: HttpHost | null = null;
  let pdf: ReturnType<typeof chromiumPdfRenderer> | null = null;
  // Served at once: while the workspace still opens (the backup before an update's migration, in a worker) the
  // host answers `recovery.status` with the starting state and the renderer shows it; other calls wait.
  const running = startWorkspace({
    dataDir,
    firstRun: values.empty ? 'empty' : 'demo',
    appVersion: version,
    workerFile: fs.existsSync(builtWorker) && !import.meta.url.endsWith('.ts') ? builtWorker : undefined,
    quietLog: values.json,
    platform: {
      // Only the desktop app can open files with the system viewer; callers answer UNSUPPORTED as without a port.
      openPath: async () => {
        throw new DomainError('UNSUPPORTED', 'Opening files needs the desktop app; download it instead', { key: 'app.openNeedsDesktop' });
      },
      renderPdf: (route, opts) => pdf!.renderPdf(route, opts),
    },
  });
  pdf = chromiumPdfRenderer({ base: () => hostRef!.url, token: () => hostRef!.token, log: running.log });
  const host = await startHttpHost({
    dispatch: running.dispatch,
    events: running.events,
    log: running.log,
    staticDir,
    port: values.port ? Number(values.port) : 0,
  });
  hostRef = host;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ url: host.url, openUrl: host.openUrl, token: host.token, dataDir })}\n`);
  } else {
    process.stdout.write(`Kollab is running in browser mode on ${dataDir} — open ${host.openUrl}\n`);
  }
  await running.ready; // a failure that is not about the file (e.g. a full disk during the backup) ends the host
  const stop = async () => {
    await pdf?.close();
    await host.close();
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  if (err instanceof NewerSchemaError) {
    process.stderr.write(`Kollab: ${err.message}\n`);
  } else {
    process.stderr.write(`Kollab could not start: ${(err as Error).message}\n`);
  }
  process.exit(1);
});
