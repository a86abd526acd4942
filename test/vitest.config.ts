import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Commands are run in-process against loopback servers; forks keep each file's globals apart.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, which then ran the
    // files one after another while each mostly waited on timers, sockets and child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Concurrent suites (the fault matrix, the secrets sentinel) are rows that mostly wait on timers and sockets,
    // each against emulators of its own; 5 at a time (the default) left both cores idle. More than 10 made each row
    // wait on the others' CPU long enough to meet its own deadlines on a loaded machine.
    maxConcurrency: 10,
  },
});
