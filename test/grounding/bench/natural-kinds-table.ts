/**
 * The natural-kinds table of `npm run eval:grounding`: each rule of natural-kinds.ts applied to up to two sentences
 * of each note, one variant per sentence, caught when the checker reports something it did not on the unmodified
 * note. Misses are only ever listed for readable splits (dev, notes-tune, notes2-tune), so the others stay figures and nothing more.
 */
import { checkGrounding, type GroundingFinding } from '../../../src/grounding/index.js';
import { READABLE_SPLITS, type Encounter, type Split } from './corpora.js';
import { NATURAL_KIND_RULES, NATURAL_KINDS } from './natural-kinds.js';
import { listSentences, readTranscriptFacts, replaceSentence } from './note-sentences.js';

interface Tally { caught: number; total: number }
export interface NaturalTallies { byKey: Map<string, Tally>; missed: string[] }

const SENTENCES_PER_RULE = 2;

export function createNaturalTallies(): NaturalTallies {
  return { byKey: new Map(), missed: [] };
}

function describeFinding(f: GroundingFinding): string {
  return `${f.section}|${f.kind}|${f.reason}`;
}

/** Adds one encounter's natural-kind variants; `missedKind` (a kind or a rule name) collects dev misses to print. */
export function tallyNaturalKinds(tallies: NaturalTallies, encounter: Encounter, known: ReadonlySet<string>, missedKind?: string): void {
  const facts = readTranscriptFacts(encounter.transcript);
  const sentences = listSentences(encounter.note);
  for (const rule of NATURAL_KIND_RULES) {
    let used = 0;
    for (const sentence of sentences) {
      if (used >= SENTENCES_PER_RULE) break;
      const after = rule.rewrite(sentence, facts);
      if (after === undefined || after === sentence.text) continue;
      used += 1;
      const note = replaceSentence(encounter.note, sentence, after);
      const caught = checkGrounding(note, encounter.transcript).some((f) => !known.has(describeFinding(f)));
      for (const key of [`${rule.kind}|${encounter.split}`, `  ${rule.name}|${encounter.split}`, `all|${encounter.split}`]) {
        const t = tallies.byKey.get(key) ?? { caught: 0, total: 0 };
        t.total += 1;
        if (caught) t.caught += 1;
        tallies.byKey.set(key, t);
      }
      if (!caught && READABLE_SPLITS.includes(encounter.split) && (missedKind === rule.kind || missedKind === rule.name)) {
        tallies.missed.push(`${encounter.id} [${rule.name}]\n  - ${sentence.text.trim()}\n  + ${after.trim()}`);
      }
    }
  }
}

export function printNaturalKinds(tallies: NaturalTallies, splits: readonly Split[]): void {
  const head = `${'natural kind'.padEnd(40)} ${splits.map((s) => `${s} caught`.padStart(20)).join(' ')}`;
  console.log(`\nnatural kinds (found missed by blind sets; natural-kinds.ts)\n${head}\n${'-'.repeat(head.length)}`);
  const row = (key: string) => {
    const cells = splits.map((s) => {
      const t = tallies.byKey.get(`${key}|${s}`);
      return (!t || t.total === 0 ? '   –   (0/0)' : `${((100 * t.caught) / t.total).toFixed(1).padStart(5)}% (${t.caught}/${t.total})`).padStart(20);
    });
    console.log(`${key.padEnd(40)} ${cells.join(' ')}`);
  };
  for (const kind of NATURAL_KINDS) {
    row(kind);
    for (const rule of NATURAL_KIND_RULES.filter((r) => r.kind === kind)) row(`  ${rule.name}`);
  }
  console.log('-'.repeat(head.length));
  row('all');
}
