/**
 * A dose the plan continues is the one the patient stays on: "Continue lisdexamfetamine 70 mg" where the doctor said
 * "carry on with the 50 milligrams" and 70 was only the increase the patient asked about. The dose check finds 70
 * said of the drug; what the conversation says to carry on with decides which dose is continued.
 */
import { findMedications } from './medication-check.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

const NOTE_CONTINUE_RE = /\b(?:continue|cont\.?|carry on(?: with)?|remain on|stay on|keep on)\b/i;
const NOTE_DOSE_RE = /\b(\d+(?:\.\d+)?)\s*(mg|mcg|micrograms?|milligrams?|g|grams?|units?)\b/i;
/** Milligrams in one of each unit: "1 g" in the note is the "1000 milligrams" said, "0.1 mg" the "100 micrograms". */
const MG_PER: Readonly<Record<string, number>> = { g: 1000, gram: 1000, grams: 1000, mcg: 0.001, microgram: 0.001, micrograms: 0.001 };

/** The note's dose as the numbers it may have been said as: itself, and in milligrams and micrograms. */
function readDoseForms(value: number, unit: string): number[] {
  const mg = value * (MG_PER[unit.toLowerCase()] ?? 1);
  return [value, mg, mg * 1000].map((n) => Math.round(n * 1000) / 1000);
}
/**
 * "carry on with the 50 milligrams", "stay on 20 mg", "keep taking the 10": the dose said to carry on with. A count of
 * tablets or puffs ("keep taking the 2 tablets", "carry on with 2 puffs") or a rate ("the 2 a day") is not a dose.
 */
const SAID_CONTINUE_RE = /\b(?:carry on with|carrying on with|continue(?: with| on)?|stay on|staying on|keep (?:taking|on|going with)|remain on)(?: the| your| it at| at)? (\d+(?:\.\d+)?)(?: mg| milligrams?| mcg| micrograms?)?\b(?! (?:days?|weeks?|months?|hours?|minutes?|years?|times?|more|of|percent|%|a|an|at|in|per|each|every|tablets?|tabs?|capsules?|caps?|puffs?|sprays?|drops?|sachets?|patch(?:es)?|pills?|doses?|spoons?|ml))/;

/** The doses the conversation says to carry on with, for the drug: in lines naming it alone, or naming none where it is the only drug said. */
function readContinuedDoses(model: TranscriptModel, aliases: readonly string[], onlyDrug: boolean): number[] {
  const names = new Set(aliases.map((a) => a.toLowerCase()));
  return model.lines.flatMap((line) => {
    const m = SAID_CONTINUE_RE.exec(normaliseTokens(line.text).join(' '));
    if (!m || line.role !== 'clinician') return [];
    const drugs = findMedications(line.text);
    // A line that names other drugs too may give the dose to any of them.
    const ours = drugs.length === 1 && drugs[0]?.aliases.some((a) => names.has(a.toLowerCase())) === true;
    return ours || (drugs.length === 0 && onlyDrug) ? [Number(m[1])] : [];
  });
}

export function checkContinuedDose(statement: string, section: string, model: TranscriptModel): { phrase: string; reason: string }[] {
  if (section !== 'plan' || !NOTE_CONTINUE_RE.test(statement)) return [];
  const drugs = findMedications(statement);
  const dose = NOTE_DOSE_RE.exec(statement);
  if (drugs.length !== 1 || !dose) return [];
  const drug = drugs[0] as (typeof drugs)[number];
  const said = findMedications(model.lines.map((l) => l.text).join('\n'));
  const onlyDrug = said.length === 1 && said[0]?.name === drug.name;
  const continued = readContinuedDoses(model, drug.aliases, onlyDrug);
  const forms = readDoseForms(Number(dose[1]), dose[2] ?? '');
  if (continued.length === 0 || continued.some((n) => forms.includes(n))) return [];
  return [{ phrase: dose[0], reason: `the plan continues ${drug.name} at ${dose[0]}, but the transcript says to carry on with ${continued[0]}` }];
}
