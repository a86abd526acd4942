import { createServer } from 'node:net';

/**
 * A port nothing listens on: bound, then closed. Taken below the kernel's ephemeral range (32768 and up on Linux), where
 * every `listen(0)` of the emulators in the other test files picks its port: a port from that range, freed, could be
 * handed to one of them at once under a parallel run, and the "refused" connection would reach an emulator instead.
 */
export async function findClosedPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = 20000 + Math.floor(Math.random() * 12000);
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(candidate, '127.0.0.1', () => resolve(true));
    });
    if (!bound) continue;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return candidate;
  }
  throw new Error('no free port below the ephemeral range');
}
