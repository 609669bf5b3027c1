import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCallHandler } from '../../../src/main/shell/call-handler';
import { shellPaths } from '../../../src/main/shell/paths';

describe('createCallHandler', () => {
  const ok = { ok: true as const, value: { n: 1 } };

  it('dispatches calls from the app origin', async () => {
    const dispatch = vi.fn().mockResolvedValue(ok);
    const handle = createCallHandler(async () => dispatch);
    await expect(handle('app://kollab/index.html', 'app.info', { a: 1 })).resolves.toEqual(ok);
    expect(dispatch).toHaveBeenCalledWith('app.info', { a: 1 });
  });

  it.each([undefined, null, 'https://evil.example/', 'app://evil/', 'file:///x/index.html', 'http://localhost:5173/'])(
    'refuses calls from %s with FORBIDDEN and never dispatches',
    async (frameUrl) => {
      const dispatch = vi.fn().mockResolvedValue(ok);
      const handle = createCallHandler(async () => dispatch);
      const res = await handle(frameUrl, 'app.info', {});
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('FORBIDDEN');
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('never throws: a non-string method or a failing core become error envelopes', async () => {
    const handle = createCallHandler(async () => vi.fn().mockResolvedValue(ok));
    const bad = await handle('app://kollab/', 42, {});
    expect(bad).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const broken = createCallHandler(() => Promise.reject(new Error('db gone')));
    await expect(broken('app://kollab/', 'app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('shellPaths', () => {
  const mainDir = path.resolve('/repo/out/main');
  it('dev: uses the Electron-ABI build in .electron-native when present', () => {
    const p = shellPaths({ mainDir, isPackaged: false, exists: () => true });
    expect(p.nativeBinding).toBe(path.resolve('/repo/.electron-native/better_sqlite3.node'));
    expect(p.migrationsDir).toBeUndefined();
    expect(p.preload).toBe(path.resolve('/repo/out/preload/index.cjs'));
    expect(p.rendererDir).toBe(path.resolve('/repo/out/renderer'));
    expect(p.workerFile).toBe(path.resolve('/repo/out/main/worker.js'));
    expect(shellPaths({ mainDir, isPackaged: false, exists: () => false }).nativeBinding).toBeUndefined();
  });
  it('packaged: no native override, migrations from resources', () => {
    const p = shellPaths({ mainDir, isPackaged: true, resourcesPath: '/Apps/Kollab/resources', exists: () => true });
    expect(p.nativeBinding).toBeUndefined();
    expect(p.migrationsDir).toBe(path.join('/Apps/Kollab/resources', 'drizzle'));
  });
});
