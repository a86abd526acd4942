/**
 * Builds the injection benchmark: for each note and each of the 14 kinds, up to two variants (four for kinds with
 * few sites) with exactly one error injected into one sentence whose fact the transcript states (the changed number,
 * side or drug is in the transcript; an added name is not). Deterministic: the same corpus gives the same variants.
 */
import type { Encounter } from './corpora.js';
import { injectDose, injectDuration, injectFollowUp, injectLabValue, injectVital, type Candidate } from './inject-numbers.js';
import { injectAllergy, injectCode, injectDrugInvented, injectDrugSwapped } from './inject-terms.js';
import { injectExamFlipped, injectNegativeFlipped, injectSideSwapped } from './inject-findings.js';
import { injectDiagnosis, injectSideInvented } from './inject-inventions.js';
import { createRandom, listSentences, readTranscriptFacts, replaceSentence, type Note, type NoteSentence, type TranscriptFacts } from './note-sentences.js';

export const INJECTION_KINDS = [
  'dose', 'vital', 'duration', 'side swapped', 'side invented', 'negative flipped', 'exam finding flipped', 'drug invented',
  'drug swapped', 'diagnosis invented', 'code invented', 'lab value changed', 'allergy invented', 'follow-up changed',
] as const;

export type InjectionKind = (typeof INJECTION_KINDS)[number];

type Injector = (sentences: readonly NoteSentence[], facts: TranscriptFacts, random: () => number, noteText: string) => Candidate[];

const INJECTORS: Readonly<Record<InjectionKind, Injector>> = {
  dose: injectDose,
  vital: injectVital,
  duration: injectDuration,
  'side swapped': injectSideSwapped,
  'side invented': injectSideInvented,
  'negative flipped': injectNegativeFlipped,
  'exam finding flipped': injectExamFlipped,
  'drug invented': injectDrugInvented,
  'drug swapped': injectDrugSwapped,
  'diagnosis invented': injectDiagnosis,
  'code invented': injectCode,
  'lab value changed': injectLabValue,
  'allergy invented': injectAllergy,
  'follow-up changed': injectFollowUp,
};

export interface Variant {
  kind: InjectionKind;
  encounter: Encounter;
  sentence: NoteSentence;
  after: string;
  note: Note;
  /** Left out of the figures under the fairness rule (the flipped item is never discussed; see discussed.ts). */
  excluded: boolean;
}

/** Two variants per note and kind; kinds with few sites per note (numbers that are rarely spoken) get up to four. */
const VARIANTS_PER_KIND: Partial<Record<InjectionKind, number>> = { dose: 4, vital: 4, 'lab value changed': 4, 'follow-up changed': 4, 'side swapped': 3 };

export function buildVariants(encounter: Encounter): Variant[] {
  const sentences = listSentences(encounter.note);
  const facts = readTranscriptFacts(encounter.transcript);
  const noteText = Object.values(encounter.note).join('\n');
  const variants: Variant[] = [];
  for (const kind of Object.keys(INJECTORS) as InjectionKind[]) {
    const random = createRandom(`${encounter.id}:${kind}`);
    const all = INJECTORS[kind](sentences, facts, random, noteText).filter((c) => c.after !== c.sentence.text);
    // Fair and excluded candidates are drawn apart, so the exclusions never take a fair variant's place.
    for (const candidates of [all.filter((c) => !c.excluded), all.filter((c) => c.excluded)]) {
      const used = new Set<NoteSentence>();
      while (used.size < (VARIANTS_PER_KIND[kind] ?? 2) && candidates.length > 0) {
        const [candidate] = candidates.splice(Math.floor(random() * candidates.length), 1);
        if (!candidate || used.has(candidate.sentence)) continue;
        used.add(candidate.sentence);
        const note = replaceSentence(encounter.note, candidate.sentence, candidate.after);
        variants.push({ kind, encounter, sentence: candidate.sentence, after: candidate.after, note, excluded: candidate.excluded === true });
      }
    }
  }
  return variants;
}
