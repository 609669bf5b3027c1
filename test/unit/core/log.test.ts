import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, LOG_FILE } from '../../../src/main/core/log';
import { tempDir } from '../../helpers/tmp';

const dirs: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  while (dirs.length) dirs.pop()!();
});
function folder() {
  const t = tempDir('kollab-log-');
  dirs.push(t.cleanup);
  return t.dir;
}

describe('the log', () => {
  it('rotates at its size cap and keeps only the configured number of old files', async () => {
    const dir = folder();
    const log = createLogger(dir, { quiet: true, size: '1K', keep: 2 });
    for (let i = 0; i < 200; i++) {
      log.info(`line ${i} ${'x'.repeat(40)}`);
      // rotation happens between writes; let the stream drain now and then
      if (i % 20 === 19) await new Promise((r) => setImmediate(r));
    }
    await log.close();
    const files = fs.readdirSync(dir).sort();
    expect(files).toContain(LOG_FILE);
    expect(files.filter((f) => f.startsWith(LOG_FILE)).length).toBeLessThanOrEqual(3);
    expect(files.some((f) => f === `${LOG_FILE}.1`)).toBe(true);
    expect(files).not.toContain(`${LOG_FILE}.3`);
    const total = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThan(4 * 1024);
    expect(fs.readFileSync(path.join(dir, LOG_FILE), 'utf8')).toMatch(/line 199/);
  });

  it('says so on stderr and keeps the fault when the disk is full, instead of swallowing it', async () => {
    // A real full disk: a 64 KiB tmpfs (the tests run as root here and in CI) filled up before logging.
    const dir = folder();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    dirs.push(() => execFileSync('umount', [dir]));
    try {
      fs.writeFileSync(path.join(dir, 'filler'), Buffer.alloc(200 * 1024));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createLogger(dir, { quiet: true });
    log.error('import failed', new Error('boom'));
    log.info('x'.repeat(8192));
    await vi.waitFor(() => expect(log.fault?.code).toBe('ENOSPC'));
    const said = stderr.mock.calls.map((c) => String(c[0])).join('');
    expect(said).toMatch(/cannot write its log file \(ENOSPC\)/);
    expect(said).toMatch(/import failed/);
    log.info('later line'); // no throw while the file is broken
    await log.close();
  });
});
