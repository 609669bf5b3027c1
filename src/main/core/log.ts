import fs from 'node:fs';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

export interface Logger {
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, err?: unknown): void;
  /** The last error of the log file itself (disk full, no permission), or null; never swallowed silently. */
  readonly fault: { code: string; message: string } | null;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

export interface LoggerOptions {
  quiet?: boolean;
  /** Size at which `kollab.log` is rotated (rotating-file-stream syntax). */
  size?: string;
  /** How many rotated files (`kollab.log.1` …) are kept. */
  keep?: number;
}

export const LOG_FILE = 'kollab.log';

/**
 * Logs to stderr and, when a folder is given, to `<dir>/kollab.log`, rotated at 5 MB with 5 old files kept
 * (rotating-file-stream, classical logrotate naming), so the log never grows without bound. Never throws:
 * when the file cannot be written (disk full, read-only folder) the fault is said on stderr once, kept in
 * `fault` for the app to show, and the file is tried again after a minute.
 */
export function createLogger(dir?: string, opts: LoggerOptions = {}): Logger {
  let stream: RotatingFileStream | null = null;
  let fault: { code: string; message: string } | null = null;
  let retryAt = 0;

  const report = (err: unknown) => {
    const e = err as NodeJS.ErrnoException;
    const next = { code: e?.code ?? 'EIO', message: e?.message ?? String(err) };
    if (fault?.code !== next.code) process.stderr.write(`${new Date().toISOString()} ERROR Kollab cannot write its log file (${next.code}): ${next.message}\n`);
    fault = next;
    retryAt = Date.now() + 60_000;
    const broken = stream;
    stream = null;
    broken?.destroy();
  };

  const open = () => {
    if (!dir || stream || Date.now() < retryAt) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      const s = createStream(LOG_FILE, { path: dir, size: opts.size ?? '5M', rotate: opts.keep ?? 5 });
      s.on('error', report);
      stream = s;
    } catch (err) {
      report(err);
    }
  };

  const write = (level: string, msg: string, extra?: unknown) => {
    const detail = extra instanceof Error ? `\n${extra.stack ?? extra.message}` : extra === undefined ? '' : ` ${safeJson(extra)}`;
    const line = `${new Date().toISOString()} ${level} ${msg}${detail}\n`;
    if (!opts.quiet || level === 'ERROR') process.stderr.write(line);
    open();
    if (stream) {
      try {
        stream.write(line);
      } catch (err) {
        report(err);
      }
    }
  };

  return {
    info: (m, e) => write('INFO', m, e),
    warn: (m, e) => write('WARN', m, e),
    error: (m, e) => write('ERROR', m, e),
    get fault() {
      return fault;
    },
    close: () =>
      new Promise<void>((resolve) => {
        const s = stream;
        stream = null;
        if (!s) return resolve();
        s.end(() => resolve());
      }),
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
