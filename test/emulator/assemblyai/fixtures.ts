import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small file of random bytes standing in for audio; its hash picks the emulated dialogue. */
export function writeFakeAudio(name = 'visit.mp3', size = 64 * 1024): { path: string; sha256: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'soap-audio-')), name);
  writeFileSync(path, randomBytes(size));
  return { path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}
