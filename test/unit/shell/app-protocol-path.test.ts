import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../src/main/shell/app-protocol-path';

const root = path.resolve('/srv/kollab/out/renderer');
const inRoot = (...p: string[]) => path.join(root, ...p);

describe('resolveAppPath', () => {
  it('serves files below the root', () => {
    expect(resolveAppPath(root, 'app://kollab/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://kollab/assets/index-abc123.js')).toBe(inRoot('assets', 'index-abc123.js'));
    expect(resolveAppPath(root, 'app://kollab/assets/logo.svg?v=2#x')).toBe(inRoot('assets', 'logo.svg'));
    expect(resolveAppPath(root, 'app://kollab/assets/Inter%20Var.woff2')).toBe(inRoot('assets', 'Inter Var.woff2'));
  });

  it('falls back to index.html for routes (SPA)', () => {
    expect(resolveAppPath(root, 'app://kollab')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://kollab/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://kollab/campaigns')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://kollab/campaigns/42/content/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://kollab/influencers?q=anna')).toBe(inRoot('index.html'));
  });

  it('keeps a missing file with an extension as a file (404 later), not index.html', () => {
    expect(resolveAppPath(root, 'app://kollab/assets/missing.js')).toBe(inRoot('assets', 'missing.js'));
  });

  it.each([
    ['dot-dot', 'app://kollab/../../etc/passwd'],
    ['dot-dot in the middle', 'app://kollab/assets/../../secret.txt'],
    ['dot-dot at the end', 'app://kollab/assets/..'],
    ['single dot segment', 'app://kollab/./index.html'],
    ['encoded dot-dot', 'app://kollab/%2e%2e/%2e%2e/etc/passwd'],
    ['uppercase encoded dot-dot', 'app://kollab/%2E%2E/secret.txt'],
    ['mixed encoded dot-dot', 'app://kollab/.%2e/secret.txt'],
    ['double-encoded dot-dot', 'app://kollab/%252e%252e/secret.txt'],
    ['encoded slash', 'app://kollab/..%2f..%2fsecret.txt'],
    ['backslash', 'app://kollab/..\\..\\secret.txt'],
    ['encoded backslash', 'app://kollab/..%5c..%5csecret.txt'],
    ['plain backslash in name', 'app://kollab/assets\\index.js'],
    ['null byte', 'app://kollab/index.html%00.js'],
    ['absolute path (double slash)', 'app://kollab//etc/passwd'],
    ['drive letter', 'app://kollab/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://kollab/C%3A/Windows/win.ini'],
    ['hidden file', 'app://kollab/.env'],
    ['malformed escape', 'app://kollab/%E0%A4%A.js'],
    ['other host', 'app://evil/index.html'],
    ['host prefix trick', 'app://kollab.evil/index.html'],
    ['userinfo trick', 'app://kollab@evil/index.html'],
    ['port', 'app://kollab:1234/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://kollab/index.html'],
  ])('rejects %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the input', () => {
    const tricky = ['..', '%2e%2e', '%2E%2e', '.%2E', '..%c0%af', '%c0%ae%c0%ae', '....', '.../...', '%u002e%u002e'];
    for (const a of tricky) {
      for (const b of tricky) {
        const r = resolveAppPath(root, `app://kollab/${a}/${b}/etc/passwd`);
        if (r !== null) expect(r.startsWith(root + path.sep)).toBe(true);
      }
    }
  });
});
