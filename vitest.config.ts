import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['knowledge/**/*.test.ts', 'dialogs/**/*.test.ts', 'bot/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for a state (a card that changed, a count that grew): its default of one second
    // made a browser test pass or fail by how busy the machine was.
    expect: { poll: { timeout: 15_000 } },
    // The bot and the scripts that tests start as child processes, bundled once per run.
    // One TMPDIR per run, removed at its end (tmpSetup.ts).
    globalSetup: ['test/support/tmpSetup.ts', 'test/support/bundleSetup.ts'],
    // Every test that listens takes a free port, so files run side by side.
    fileParallelism: true,
    pool: 'forks',
    // vitest's default is the cores less one: on this project's two-core machines, one file at a time,
    // while most of the slow files wait on a child process, a browser or the database.
    maxWorkers: 2,
    // The files of a worker share its module cache: the bot, its libraries and the knowledge base are
    // loaded once per worker instead of once per file. No test mocks a module or keeps global state.
    isolate: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test/artifacts/vitest-report.json' },
  },
});
