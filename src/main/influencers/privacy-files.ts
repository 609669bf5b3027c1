import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir` (none when it does not exist). */
export function* walk(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** Streams the file in 1 MiB blocks (with an overlap for needles across blocks), case-insensitively. */
export function fileMentions(file: string, needles: string[]): boolean {
  if (!needles.length) return false;
  const overlap = Math.max(...needles.map((n) => Buffer.byteLength(n))) * 2;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let carry = '';
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) return false;
      const text = carry + buf.toString('latin1', 0, n) + '\u0000' + buf.toString('utf8', 0, n);
      const lower = text.toLowerCase();
      if (needles.some((needle) => lower.includes(needle))) return true;
      carry = buf.toString('utf8', Math.max(0, n - overlap), n);
    }
  } finally {
    fs.closeSync(fd);
  }
}
