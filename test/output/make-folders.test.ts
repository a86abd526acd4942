import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/output/make-folders.js';

const scratch = mkdtempSync(join(tmpdir(), 'soap-folders-'));

describe('makeFolders: mkdir -p, a folder at a time', () => {
  it('makes every missing folder, with the mode asked for, and accepts one that is there', async () => {
    const deep = join(scratch, 'a', 'b', 'c');
    await makeFolders(deep, 0o700);
    for (const dir of [join(scratch, 'a'), join(scratch, 'a', 'b'), deep]) expect(statSync(dir).mode & 0o777).toBe(0o700);
    await expect(makeFolders(deep)).resolves.toBeUndefined();
  });

  it('twenty workers making the same folders at once all succeed', async () => {
    const deep = join(scratch, 'race', 'x', 'y', 'z');
    await Promise.all(Array.from({ length: 20 }, () => makeFolders(deep)));
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('a file where a folder is needed: EEXIST for the path itself, ENOTDIR below it', async () => {
    const file = join(scratch, 'plain.txt');
    writeFileSync(file, 'x');
    await expect(makeFolders(file)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(makeFolders(join(file, 'below'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // Node's { recursive: true } never returns here (it spins at full CPU); this returns the kernel's answer.
  it.skipIf(process.platform !== 'linux')('a folder under /proc that cannot exist: ENOENT, at once', async () => {
    await expect(makeFolders(`/proc/soap-no-such-${process.pid}/x`)).rejects.toMatchObject({ code: 'ENOENT', path: `/proc/soap-no-such-${process.pid}` });
  });
});
