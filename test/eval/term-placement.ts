/**
 * Where the offline engine puts what clinicians wrote: an automatic fact set read from clinician-written notes.
 *
 * For each encounter with a clinician's note, every condition, drug, symptom and exam finding the note names in a
 * section — and the transcript also says — is a fact of that section (the clinician's "Imp: gastroenteritis" is an
 * assessment fact, "paracetamol" under "Plan:" a plan fact). The engine's note on the transcript keeps the fact in
 * the right section when that section names it in any of its forms (the grounding lexicons' names and synonyms).
 * Unlike the hand-written development set, nobody chose these facts with the engine in mind, so they measure the
 * engine on encounters it was not written for; they are shallow (terms, not statements) and say nothing of wording.
 *
 * Split fixed before it was first run: PriMock57 days 1–3 are "tune" (their misses may be read), days 4–5 "measure"
 * (figures only; the engine's development set holds a few day-4 and day-5 encounters, named in its README).
 */
import { findConditions } from '../../src/grounding/diagnosis-check.js';
import { CONDITION_ROWS } from '../../src/grounding/condition-names.js';
import { findMedications } from '../../src/grounding/medication-check.js';
import { findTerms, listTermPhrases } from '../../src/grounding/clinical-terms.js';
import { stemPhrase } from '../../src/grounding/word-index.js';
import type { NoteSections } from '../../src/note/sections.js';

export type PlacedSection = keyof NoteSections;
export const PLACED_SECTIONS: readonly PlacedSection[] = ['subjective', 'objective', 'assessment', 'plan'];

export interface TermFact {
  section: PlacedSection;
  kind: 'condition' | 'drug' | 'symptom' | 'finding';
  /** The name the clinician's note used. */
  label: string;
  /** Every form that counts as the same fact, each as stems. */
  forms: string[][];
}

/**
 * What each section's facts may be. A plan's symptoms and conditions are mostly safety-netting ("return if short of
 * breath or feverish") or the reason for a drug, and an exam's conditions ("swelling") are its findings again; the
 * assessment's symptoms restate the history.
 */
const KINDS_BY_SECTION: Readonly<Record<PlacedSection, readonly TermFact['kind'][]>> = {
  subjective: ['symptom', 'condition', 'drug'],
  objective: ['finding'],
  assessment: ['condition'],
  plan: ['drug'],
};

/** The names of a condition's lexicon row (before "||"), without the "~" everyday words. */
function listConditionNames(row: number): string[] {
  const [names = ''] = (CONDITION_ROWS[row] ?? '').split('||');
  return names.split('|').filter((n) => n && !n.startsWith('~'));
}

/** The facts a clinician's note section names, each with the forms that count as it. */
export function readSectionFacts(section: PlacedSection, text: string): TermFact[] {
  const facts: TermFact[] = [];
  for (const statement of text.split(/(?<=[.;!?])\s+|\n+/)) {
    for (const c of findConditions(statement)) {
      if (c.queried) continue;
      const names = c.row !== undefined ? listConditionNames(c.row) : [c.phrase];
      facts.push({ section, kind: 'condition', label: c.phrase, forms: names.map(stemPhrase) });
    }
    for (const m of findMedications(statement)) facts.push({ section, kind: 'drug', label: m.name, forms: m.aliases.map(stemPhrase) });
    for (const t of findTerms(stemPhrase(statement))) {
      facts.push({ section, kind: t.kind, label: t.term, forms: [t.term, ...listTermPhrases(t.term)].map(stemPhrase) });
    }
  }
  const seen = new Set<string>();
  return facts.filter((f) => KINDS_BY_SECTION[section].includes(f.kind) && f.forms.some((x) => x.length > 0) && !seen.has(f.label) && seen.add(f.label));
}

/** Whether a stemmed text holds any of the forms as consecutive stems. */
export function namesFact(stems: readonly string[], forms: readonly (readonly string[])[]): boolean {
  const joined = ` ${stems.join(' ')} `;
  return forms.some((f) => f.length > 0 && joined.includes(` ${f.join(' ')} `));
}

export interface PlacementScore {
  facts: number;
  right: number;
  anywhere: number;
  bySection: Map<PlacedSection, { facts: number; right: number }>;
  misses: { fact: TermFact; foundIn: PlacedSection[] }[];
}

export function newPlacementScore(): PlacementScore {
  return { facts: 0, right: 0, anywhere: 0, bySection: new Map(PLACED_SECTIONS.map((s) => [s, { facts: 0, right: 0 }])), misses: [] };
}

/** Scores one engine note against the clinician note's facts that the transcript also says. */
export function scorePlacement(score: PlacementScore, clinician: NoteSections, transcript: string, engine: NoteSections, kind?: string): void {
  const said = stemPhrase(transcript);
  const engineStems = new Map(PLACED_SECTIONS.map((s) => [s, stemPhrase(engine[s])]));
  for (const section of PLACED_SECTIONS) {
    for (const fact of readSectionFacts(section, clinician[section])) {
      if ((kind && fact.kind !== kind) || !namesFact(said, fact.forms)) continue;
      const foundIn = PLACED_SECTIONS.filter((s) => namesFact(engineStems.get(s)!, fact.forms));
      const row = score.bySection.get(section)!;
      score.facts += 1;
      row.facts += 1;
      if (foundIn.length > 0) score.anywhere += 1;
      if (foundIn.includes(section)) {
        score.right += 1;
        row.right += 1;
      } else score.misses.push({ fact, foundIn });
    }
  }
}
