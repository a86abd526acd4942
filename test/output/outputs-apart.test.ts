import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertOutputsApart, type NamedPath } from '../../src/output/outputs-apart.js';
import { UsageError } from '../../src/errors.js';

/**
 * Each case builds real files in a fresh folder: the input transcript `in/visit.txt`, and whatever links the case
 * needs. `outputs` name paths relative to that folder (the cwd of the check).
 */
interface Case {
  name: string;
  setup?: (dir: string) => void;
  inputs?: string[];
  outputs: string[];
  /** The refusal names both: undefined when the outputs are fine. */
  refused?: RegExp;
}

const IN = 'in/visit.txt';

const CASES: Case[] = [
  { name: 'the input itself', outputs: [IN], refused: /-o in\/visit\.txt is the same file as the input in\/visit\.txt: writing it would destroy the input/ },
  { name: './ in front', outputs: ['./in/visit.txt'], refused: /-o \.\/in\/visit\.txt is the same file as the input in\/visit\.txt/ },
  { name: 'a detour through ..', outputs: ['in/../in/visit.txt'], refused: /is the same file as the input in\/visit\.txt/ },
  { name: 'the absolute path', outputs: ['<abs>/in/visit.txt'], refused: /is the same file as the input in\/visit\.txt/ },
  { name: 'a symlink to the input', setup: (d) => symlinkSync(join(d, IN), join(d, 'link.txt')), outputs: ['link.txt'], refused: /-o link\.txt is the same file as the input in\/visit\.txt/ },
  { name: 'a relative symlink chain to the input', setup: (d) => (symlinkSync('in/visit.txt', join(d, 'a.txt')), symlinkSync('a.txt', join(d, 'b.txt'))), outputs: ['b.txt'], refused: /-o b\.txt is the same file as the input/ },
  { name: 'a hard link to the input', setup: (d) => linkSync(join(d, IN), join(d, 'hard.txt')), outputs: ['hard.txt'], refused: /-o hard\.txt is the same file as the input in\/visit\.txt/ },
  { name: 'the input reached through a symlinked folder', setup: (d) => symlinkSync(join(d, 'in'), join(d, 'alias')), outputs: ['alias/visit.txt'], refused: /-o alias\/visit\.txt is the same file as the input/ },
  {
    name: 'an input given through a link, the output by its real name',
    setup: (d) => symlinkSync(join(d, IN), join(d, 'link.txt')),
    inputs: ['link.txt'],
    outputs: [IN],
    refused: /-o in\/visit\.txt is the same file as the input link\.txt/,
  },
  { name: 'two outputs that are one file', outputs: ['out/a.txt', 'out/./a.txt'], refused: /-o out\/\.\/a\.txt is the same file as -o out\/a\.txt$/ },
  {
    name: 'two outputs, one through a symlinked folder that does not hold it yet',
    setup: (d) => (mkdirSync(join(d, 'out')), symlinkSync(join(d, 'out'), join(d, 'out-alias'))),
    outputs: ['out/new/a.txt', 'out-alias/new/a.txt'],
    refused: /-o out-alias\/new\/a\.txt is the same file as -o out\/new\/a\.txt/,
  },
  // What stays allowed.
  { name: 'a file beside the input', outputs: ['in/visit.soap.txt'] },
  { name: 'the same name in another folder', setup: (d) => mkdirSync(join(d, 'out')), outputs: ['out/visit.txt'] },
  { name: 'a dangling symlink (the rename replaces the link)', setup: (d) => symlinkSync(join(d, 'nowhere.txt'), join(d, 'dangling.txt')), outputs: ['dangling.txt'] },
  { name: 'a folder that does not exist yet', outputs: ['new/deeper/note.txt'] },
  { name: 'stdin as the input', inputs: ['-'], outputs: ['-'] },
  { name: 'a URL as the input', inputs: ['https://example.org/visit.mp3'], outputs: ['visit.mp3'] },
  { name: 'the same input twice (context for every input)', inputs: [IN, `./${IN}`], outputs: ['note.txt'] },
];

describe('outputs apart from inputs and from each other (links followed, hard links by inode)', () => {
  it.for(CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-apart-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, IN), 'Doctor: what brings you in? Patient: a cough for two weeks.');
    c.setup?.(dir);
    const named = (p: string): NamedPath => {
      const path = p.replace('<abs>', dir);
      return { path, label: p.startsWith('<abs>') ? `-o ${relative(dir, path)}` : `-o ${path}` };
    };
    const inputs = (c.inputs ?? [IN]).map((p) => ({ path: p, label: `the input ${p}` }));
    const check = assertOutputsApart(inputs, c.outputs.map(named), dir);
    if (c.refused) {
      const err = await check.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(c.refused);
    } else {
      await expect(check).resolves.toBeUndefined();
    }
  });
});
