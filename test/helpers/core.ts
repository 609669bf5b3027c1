import { createCore, type RunningCore } from '../../src/main/core/context';
import { tempDir } from './tmp';

/** A real core on a real SQLite file in a temp folder (worker jobs run through tsx from source). */
export async function testCore(firstRun: 'demo' | 'empty' = 'empty'): Promise<RunningCore & { dir: string; dispose: () => Promise<void> }> {
  const t = tempDir();
  const running = await createCore({ dataDir: t.dir, firstRun, quietLog: true, appVersion: '9.9.9' });
  return {
    ...running,
    dir: t.dir,
    dispose: async () => {
      await running.close();
      t.cleanup();
    },
  };
}
