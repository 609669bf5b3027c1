import { createCore, type RunningCore } from '../../src/main/core/context';
import { inject } from 'vitest';
import { tempDir } from './tmp';

/** A real core on a real SQLite file in a temp folder; its workers run the job worker bundled once for the run. */
export async function testCore(firstRun: 'demo' | 'empty' = 'empty'): Promise<RunningCore & { dir: string; dispose: () => Promise<void> }> {
  const t = tempDir();
  const running = await createCore({ dataDir: t.dir, firstRun, quietLog: true, appVersion: '9.9.9', workerFile: inject('workerBundle') });
  return {
    ...running,
    dir: t.dir,
    dispose: async () => {
      await running.close();
      t.cleanup();
    },
  };
}
