import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Core tests open real SQLite files and spawn workers; two cores here.
    pool: 'forks',
    // the job worker bundled once for all test cores (test/helpers/worker-bundle.global.ts)
    globalSetup: ['test/helpers/worker-bundle.global.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll waits for work in the background (a checkpoint in a quiet worker after an import, a log line): on a
    // slow or busy machine that takes longer than the default second. A poll never measures time; benchmarks do.
    expect: { poll: { timeout: 15_000 } },
  },
});
