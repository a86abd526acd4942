/**
 * Which of the offline engine's regular expressions cost a note the most to compile (issue 16): compiling them is
 * about 40% of a note's instructions, and this says where that goes, pattern by pattern.
 *
 *   node --import tsx test/bench/regexp-cost.ts [transcript] [specialty] [top]
 *     (default: fixtures/transcripts/knee-injury.txt, physician, 30)
 *
 * Two steps. First the engine writes the note with RegExp.prototype.exec wrapped, which collects every pattern
 * (source and flags) it runs and how often. Then each pattern is compiled alone, the way a note compiles it (under
 * src/v8-flags.ts's flags for a note, natively on its first run): the time of a first exec on a short text, the best
 * of several fresh copies. A copy gets a never-matching alternative of its own, or V8 would hand back the code it
 * compiled for the same source. Wrapping exec turns V8's fast paths off (`split` then runs a sticky copy at every
 * position), so the run counts are a guide to which patterns run often, not what an unwrapped note does.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// As src/v8-flags.ts sets them for `soap note`, before the engine compiles anything.
setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--no-regexp-optimization');

const COPIES = 5;

interface Pattern {
  source: string;
  flags: string;
  runs: number;
  compileUs: number;
}

/** Every pattern the engine runs on one note, by source and flags, with how many times it was run. */
async function collectPatterns(transcript: string, specialty: string): Promise<Pattern[]> {
  const patterns = new Map<string, Pattern>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function collect(this: RegExp, text: string) {
    const key = `/${this.source}/${this.flags}`;
    const seen = patterns.get(key) ?? { source: this.source, flags: this.flags, runs: 0, compileUs: 0 };
    seen.runs++;
    patterns.set(key, seen);
    return exec.call(this, text);
  };
  try {
    const { generateLocalNote } = await import('../../src/local/index.js');
    generateLocalNote(transcript, { specialty });
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...patterns.values()];
}

/** Microseconds to compile a pattern and run it once on a short text: the best of COPIES fresh copies. */
function timeCompile({ source, flags }: Pattern, sample: string, copy: number): number {
  let best = Infinity;
  for (let i = 0; i < COPIES; i++) {
    const fresh = new RegExp(`${source}|(?:\\uE000{${copy * COPIES + i + 1}}x)`, flags);
    const started = process.hrtime.bigint();
    fresh.exec(sample);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e3);
  }
  return best;
}

const [file = 'fixtures/transcripts/knee-injury.txt', specialty = 'physician', top = '30'] = process.argv.slice(2);
const transcript = readFileSync(file, 'utf8');
const patterns = await collectPatterns(transcript, specialty);
const sample = transcript.toLowerCase().slice(0, 200);
patterns.forEach((p, i) => (p.compileUs = timeCompile(p, sample, i)));
patterns.sort((a, b) => b.compileUs - a.compileUs);
const total = patterns.reduce((sum, p) => sum + p.compileUs, 0);
const chars = patterns.reduce((sum, p) => sum + p.source.length, 0);
console.log(`${patterns.length} patterns (${chars} source characters) run on ${file} as ${specialty}: ${(total / 1000).toFixed(1)} ms to compile alone`);
let cumulative = 0;
for (const p of patterns.slice(0, Number(top))) {
  cumulative += p.compileUs;
  const share = `${((100 * cumulative) / total).toFixed(0)}%`;
  console.log(`${p.compileUs.toFixed(0).padStart(6)} µs ${share.padStart(4)} ${String(p.runs).padStart(6)} runs ${String(p.source.length).padStart(5)} ch  /${p.source.slice(0, 90)}/${p.flags}`);
}
