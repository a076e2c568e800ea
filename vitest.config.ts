import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['knowledge/**/*.test.ts', 'dialogs/**/*.test.ts', 'bot/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests share one Playground port; HTTP tests use free ports.
    fileParallelism: true,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test/artifacts/vitest-report.json' },
  },
});
