import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Commands are run in-process against loopback servers; forks keep each file's globals apart.
    pool: 'forks',
    // Concurrent suites (the fault matrix, the secrets sentinel) are rows that mostly wait on timers and sockets,
    // each against emulators of its own; 5 at a time (the default) left both cores idle.
    maxConcurrency: 20,
  },
});
