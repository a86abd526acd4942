/**
 * Which drug was missed: "Missed carvedilol on Sunday" where the patient said "I skipped the water pill Sunday". Both
 * drugs are on the list, so the medication check finds each said; what turned is which one the missed dose was, and
 * the plan's extra dose follows from it. A missed drug said by its everyday name ("the water pill", "my blood
 * thinner") is any drug of that kind.
 */
import { findMedications } from './medication-check.js';
import { INDICATIONS } from './medication-names.js';
import type { TranscriptModel } from './transcript-model.js';

export interface MissedDoseProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** The note's missed drug follows its word: "missed furosemide", "skipped her evening metformin", "forgot the dose of X". */
const NOTE_MISSED_RE = /\b(?:missed|skipped|forgot|omitted)\s+(?:(?:his|her|their|the|a|an|one|evening|morning|night|dose|doses|of)\s+){0,3}$/i;
/** A speaker says a dose was missed. */
const SAID_MISSED_RE = /\b(?:skipp?ed|missed|forgot|didn'?t take|did not take|left out)\b/i;

/** The drugs a line names, by name or by the everyday name of their kind; null when it names none. */
function readDrugsNamed(text: string): Set<string> | null {
  const named = new Set(findMedications(text).flatMap((m) => m.aliases.map((a) => a.toLowerCase())));
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  for (const row of INDICATIONS) if ((row.phrases ?? []).some((p) => lower.includes(` ${p} `))) for (const d of row.drugs) named.add(d);
  return named.size > 0 ? named : null;
}

export function checkMissedDoses(statement: string, model: TranscriptModel): MissedDoseProblem[] {
  const drugs = findMedications(statement).filter((m) => {
    const at = statement.toLowerCase().indexOf(m.name.split(' ')[0] as string);
    return at >= 0 && NOTE_MISSED_RE.test(statement.slice(0, at));
  });
  if (drugs.length === 0) return [];
  // "I forgot my metformin twice, the lisinopril I never miss": the drug of the clause that misses it.
  const said = model.lines.filter((l) => l.line > 0 && l.role !== 'clinician').flatMap((l) => l.text.split(/[.;,!?]|\bbut\b/).filter((c) => SAID_MISSED_RE.test(c)).map((clause) => ({ line: l, clause })));
  const named = said.map(({ line, clause }) => ({ line, drugs: readDrugsNamed(clause) }));
  // A missed dose said of no drug in particular ("I skipped it Sunday") may be any of them.
  if (named.length === 0 || named.some((n) => n.drugs === null)) return [];
  return drugs.filter((d) => !named.some((n) => d.aliases.some((a) => n.drugs?.has(a.toLowerCase())))).map((d) => ({
    phrase: d.name,
    reason: `the note says ${d.name} was missed, but the missed dose the conversation gives is another drug's ("${named[0]?.line.text.trim().slice(0, 80)}")`,
    lines: named.map((n) => n.line.line),
  }));
}
