import { afterAll, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { tempDir } from '../../helpers/tmp';

/** The reminder on start reaches the desktop shell's system notification through the platform port (browser mode: none). */
const dirs = [tempDir(), tempDir()];
const cores: RunningCore[] = [];
afterAll(async () => {
  for (const c of cores) await c.close();
  for (const d of dirs) d.cleanup();
});

describe('today.notify', () => {
  it('hands title and body to the platform with the Today route; without a desktop shell nothing is shown', async () => {
    const shown: unknown[] = [];
    const desktop = await createCore({ dataDir: dirs[0]!.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), platform: { openPath: async () => true, notify: async (n) => (shown.push(n), true) } });
    const browser = await createCore({ dataDir: dirs[1]!.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle') });
    cores.push(desktop, browser);
    const input = { title: '3 Beiträge diese Woche fällig', body: '1 überfällig, 2 nachfassen' };
    expect(await desktop.dispatch('today.notify', input)).toEqual({ ok: true, value: { shown: true } });
    expect(shown).toEqual([{ ...input, route: '/today' }]);
    expect(await browser.dispatch('today.notify', input)).toEqual({ ok: true, value: { shown: false } });
    expect((await desktop.dispatch('today.notify', { title: ' ', body: '' })).ok).toBe(false);
    expect(shown).toHaveLength(1);
  });
});
