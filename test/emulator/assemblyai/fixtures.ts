import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// Registered in the root suite of whichever test file imports this module.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small file of random bytes standing in for audio; its hash picks the emulated dialogue. Removed after the file's tests. */
export function writeFakeAudio(name = 'visit.mp3', size = 64 * 1024): { path: string; sha256: string } {
  const dir = mkdtempSync(join(tmpdir(), 'soap-fake-audio-'));
  made.push(dir);
  const path = join(dir, name);
  writeFileSync(path, randomBytes(size));
  return { path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}
