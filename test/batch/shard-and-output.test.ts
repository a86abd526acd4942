import { describe, expect, it } from 'vitest';
import { assertDistinctOutputs, outputPathFor } from '../../src/batch/output-path.js';
import { parseShard, selectShard } from '../../src/batch/shard.js';
import { UsageError } from '../../src/errors.js';

const ITEMS = Array.from({ length: 1000 }, (_, i) => ({ relative: `clinic-${i % 7}/visit-${i}.txt` }));

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  let seed = 42;
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('shards', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('10000/10000')).toEqual({ index: 10000, count: 10000 });
    for (const bad of ['0/4', '5/4', '1/0', '1/10001', '1', 'a/b', '1/2/3', '-1/2', '1.5/2', '']) {
      expect(() => parseShard(bad), bad).toThrow(UsageError);
    }
  });

  it('splits so that the union is every input, no input is in two shards, and the split is about even', () => {
    const count = 4;
    const shards = Array.from({ length: count }, (_, i) => selectShard(ITEMS, { index: i + 1, count }));
    const all = shards.flat().map((s) => s.relative);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(ITEMS.map((i) => i.relative)));
    for (const shard of shards) expect(Math.abs(shard.length - ITEMS.length / count)).toBeLessThan(60);
  });

  it('does not depend on the order the inputs are listed in, and keeps their order within a shard', () => {
    const shuffled = shuffle(ITEMS);
    for (let index = 1; index <= 3; index++) {
      const a = selectShard(ITEMS, { index, count: 3 }).map((s) => s.relative);
      const b = selectShard(shuffled, { index, count: 3 }).map((s) => s.relative);
      expect(new Set(b)).toEqual(new Set(a));
      expect(a).toEqual(ITEMS.map((i) => i.relative).filter((r) => a.includes(r)));
    }
  });

  it('gives the same split on every machine (pinned hash)', () => {
    expect(selectShard(ITEMS.slice(0, 12), { index: 1, count: 3 }).map((s) => s.relative)).toMatchInlineSnapshot(`
      [
        "clinic-0/visit-7.txt",
        "clinic-2/visit-9.txt",
        "clinic-3/visit-10.txt",
      ]
    `);
  });

  it('1/1 is everything', () => {
    expect(selectShard(ITEMS, { index: 1, count: 1 })).toEqual(ITEMS);
  });
});

describe('output paths', () => {
  const input = (relative: string) => ({ path: `in/${relative}`, relative });

  it('mirrors the relative path and names the file by format', () => {
    expect(outputPathFor(input('clinic/a/visit-1.txt'), 'out', 'text')).toBe('out/clinic/a/visit-1.soap.txt');
    expect(outputPathFor(input('visit.2024.txt'), 'out', 'json')).toBe('out/visit.2024.soap.json');
    expect(outputPathFor(input('x/rec.mp3'), '/tmp/out', 'markdown')).toBe('/tmp/out/x/rec.soap.md');
    expect(outputPathFor(input('rec.wav'), 'out', 'fhir')).toBe('out/rec.soap.fhir.json');
    expect(outputPathFor({ path: '-', relative: 'stdin' }, 'out', 'text')).toBe('out/stdin.soap.txt');
  });

  it('never climbs out of the output folder', () => {
    expect(() => outputPathFor(input('../x.txt'), 'out', 'text')).toThrow(UsageError);
    expect(() => outputPathFor(input('/etc/x.txt'), 'out', 'text')).toThrow(UsageError);
  });

  it('refuses two inputs that would share an output file', () => {
    expect(() => assertDistinctOutputs([{ path: 'a/visit.txt', relative: 'visit.txt' }, { path: 'b/visit.txt', relative: 'visit.txt' }], 'out', 'text')).toThrow(
      'a/visit.txt and b/visit.txt would both be written to out/visit.soap.txt',
    );
    expect(() => assertDistinctOutputs([input('visit.mp3'), input('visit.wav')], 'out', 'json')).toThrow(UsageError);
    expect(() => assertDistinctOutputs([input('a/visit.txt'), input('b/visit.txt')], 'out', 'json')).not.toThrow();
  });
});
