import { afterAll, afterEach, beforeAll, test } from 'vitest';
import { startEmulator, type Emulator, type Reading } from '../emulator/index.js';

export const TEST_KEY = 'snapi_sk_test_k3yForTests0001';

/**
 * Starts one emulator for a test file (or a describe block), speaking `reading` (default seeds), resets it between
 * tests, and gives the env that points soap at it.
 */
export function useEmulator(options: { reading?: Reading } = {}): { emu: () => Emulator; env: () => Record<string, string> } {
  let emu: Emulator | undefined;
  beforeAll(async () => {
    emu = await startEmulator({ reading: options.reading });
  });
  afterEach(() => emu?.reset());
  afterAll(async () => emu?.close());
  return {
    emu: () => emu!,
    env: () => ({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu!.url }),
  };
}

/**
 * A test with an emulator of its own (`emu`, and the `env` that points soap at it), started before the test and
 * closed after it: for tests that run concurrently, which cannot share useEmulator()'s one emulator.
 */
export const testWithEmulator = test.extend<{ emu: Emulator; env: Record<string, string> }>({
  // Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  emu: async ({}, use) => {
    const emu = await startEmulator();
    await use(emu);
    await emu.close();
  },
  env: async ({ emu }, use) => use({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url }),
});

/** Aborts `controller` once the emulator has seen `count` requests matching `path` (a Ctrl-C at a known moment). */
export function abortAfterRequests(emu: () => { requests: { path: string }[] }, controller: AbortController, path: RegExp, count: number): () => void {
  const timer = setInterval(() => {
    if (emu().requests.filter((r) => path.test(r.path)).length >= count) {
      controller.abort();
      clearInterval(timer);
    }
  }, 10);
  return () => clearInterval(timer);
}
