import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, err?: unknown): void;
}

/** Logs to stderr and, when a folder is given, appends to `<dir>/kollab.log`. Never throws. */
export function createLogger(dir?: string, opts: { quiet?: boolean } = {}): Logger {
  let file: string | undefined;
  if (dir) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      file = path.join(dir, 'kollab.log');
    } catch {
      file = undefined;
    }
  }
  const write = (level: string, msg: string, extra?: unknown) => {
    const detail =
      extra instanceof Error ? `\n${extra.stack ?? extra.message}` : extra === undefined ? '' : ` ${safeJson(extra)}`;
    const line = `${new Date().toISOString()} ${level} ${msg}${detail}\n`;
    if (!opts.quiet || level === 'ERROR') process.stderr.write(line);
    if (file) {
      try {
        fs.appendFileSync(file, line);
      } catch {
        /* logging must never break the app */
      }
    }
  };
  return {
    info: (m, e) => write('INFO', m, e),
    warn: (m, e) => write('WARN', m, e),
    error: (m, e) => write('ERROR', m, e),
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
