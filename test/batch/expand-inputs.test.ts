import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type ExpandOptions } from '../../src/batch/expand-inputs.js';
import { UsageError } from '../../src/errors.js';

let root: string;

function touch(path: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), 'x');
}

function options(extra: Partial<ExpandOptions> = {}, stdinText?: string): ExpandOptions {
  const stdin = Object.assign(Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]), { isTTY: stdinText === undefined });
  return { stdin, signal: new AbortController().signal, extensions: ['.txt'], cwd: root, ...extra };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'soap-expand-'));
  for (const p of ['notes/b.txt', 'notes/a.TXT', 'notes/skip.json', 'notes/clinic/z.txt', 'notes/clinic/deep/y.txt', 'notes/.hidden.txt', 'notes/.git/x.txt', 'notes/a.soap.txt', 'other/c.txt', 'other/a.txt', 'odd[1].txt']) touch(p);
});

describe('expandInputs', () => {
  it('walks folders recursively for the extensions (case-insensitive), sorted, skipping hidden files and our outputs', async () => {
    const inputs = await expandInputs(['notes'], options());
    expect(inputs).toEqual([
      { path: 'notes/a.TXT', relative: 'a.TXT' },
      { path: 'notes/b.txt', relative: 'b.txt' },
      { path: 'notes/clinic/deep/y.txt', relative: 'clinic/deep/y.txt' },
      { path: 'notes/clinic/z.txt', relative: 'clinic/z.txt' },
    ]);
  });

  it('expands a quoted glob itself, relative to the static base', async () => {
    const inputs = await expandInputs(['notes/**/*.txt'], options());
    expect(inputs.map((i) => i.relative)).toEqual(['b.txt', 'clinic/deep/y.txt', 'clinic/z.txt']);
    expect(inputs[1]!.path).toBe('notes/clinic/deep/y.txt');
    const braces = await expandInputs(['{notes,other}/*.txt'], options());
    expect(braces.map((i) => i.path)).toEqual(['notes/b.txt', 'other/a.txt', 'other/c.txt']);
    expect(braces.map((i) => i.relative)).toEqual(['notes/b.txt', 'other/a.txt', 'other/c.txt']);
    const absolute = await expandInputs([`${root}/other/*.txt`], options());
    expect(absolute).toEqual([
      { path: join(root, 'other/a.txt'), relative: 'a.txt' },
      { path: join(root, 'other/c.txt'), relative: 'c.txt' },
    ]);
  });

  it('takes an existing file literally even when its name looks like a glob', async () => {
    expect(await expandInputs(['odd[1].txt'], options())).toEqual([{ path: 'odd[1].txt', relative: 'odd[1].txt' }]);
  });

  it('gives plain files their basename as relative path, keeps argument order and removes duplicates', async () => {
    const inputs = await expandInputs(['other/c.txt', 'other', join(root, 'other/c.txt'), './other/a.txt', 'notes/b.txt'], options());
    expect(inputs).toEqual([
      { path: 'other/c.txt', relative: 'c.txt' },
      { path: 'other/a.txt', relative: 'a.txt' },
      { path: 'notes/b.txt', relative: 'b.txt' },
    ]);
  });

  it('reads --from-list from a file (blank lines and comments ignored) after the arguments', async () => {
    writeFileSync(join(root, 'list'), '# tonight\nother/c.txt\n\n  notes/b.txt  \r\nother/c.txt\n');
    const inputs = await expandInputs(['other/a.txt'], options({ fromList: 'list' }));
    expect(inputs.map((i) => i.path)).toEqual(['other/a.txt', 'other/c.txt', 'notes/b.txt']);
  });

  it('reads --from-list - from stdin, entries taken literally', async () => {
    const inputs = await expandInputs([], options({ fromList: '-' }, 'notes/clinic/z.txt\nodd[1].txt\n'));
    expect(inputs.map((i) => i.path)).toEqual(['notes/clinic/z.txt', 'odd[1].txt']);
    await expect(expandInputs([], options({ fromList: '-' }, 'notes/*.txt\n'))).rejects.toThrow('notes/*.txt: no such file or directory');
  });

  it('keeps "-" as stdin once', async () => {
    expect(await expandInputs(['-', 'other/a.txt', '-'], options())).toEqual([
      { path: '-', relative: 'stdin' },
      { path: 'other/a.txt', relative: 'a.txt' },
    ]);
    await expect(expandInputs(['-'], options({ fromList: '-' }, 'other/a.txt\n'))).rejects.toThrow(/only one input can come from stdin/);
  });

  it.each<[string[], Partial<ExpandOptions>, string]>([
    [['missing.txt'], {}, 'missing.txt: no such file or directory'],
    [['nothing/*.txt'], {}, 'nothing/*.txt: no files match'],
    [['notes'], { extensions: ['.mp3'] }, 'notes: no .mp3 files in this folder'],
    [[], {}, 'no inputs given'],
    [[], { fromList: 'no-such-list' }, '--from-list no-such-list: no such file'],
  ])('refuses %j with a usage error naming it', async (args, extra, message) => {
    const err = await expandInputs(args, options(extra)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(message);
  });
});
