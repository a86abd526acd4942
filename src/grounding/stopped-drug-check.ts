/**
 * A drug the note has the patient taking that the patient said they had stopped: "Taking oxycodone two at night"
 * where "Still taking the oxycodone? — No, I stopped that two weeks ago". The drug is named, so the medication check
 * finds it said; what turned is whether it is taken now, which changes what the plan can add.
 */
import { findMedications, type MedicationMention } from './medication-check.js';
import type { SourceLine, TranscriptModel } from './transcript-model.js';

export interface StoppedDrugProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** The note has it taken now: "taking X", "on X", "continues X", "still uses X". */
const TAKEN_BEFORE_RE = /\b(?:taking|takes|take|on|using|uses|continues|continuing|still|currently|now)\s+(?:(?:her|his|their|the|a|an|regular|daily|nightly|prn)\s+)?$/i;
/** The note says it stopped, or was taken once: "stopped oxycodone", "previously on", "off oxycodone". */
const NOTE_STOP_RE = /\b(?:stopp?\w*|discontinu\w*|quit|ceased|off|no longer|previously|formerly|was on|were on|used to|weaned|tapered|finished|completed|held|denies|not)\b/i;
/** The patient says it stopped: "I stopped that", "I came off it", "not taking it anymore". */
const SAID_STOP_RE = /\b(?:(?:i|we|he|she)(?: have| had|'ve|'d)? (?:stopped|quit|finished)|came off|come off|gave (?:it|that|them) up|not taking (?:it|that|them|those) any ?more|no longer (?:take|taking)|don'?t take (?:it|that|them) any ?more)\b/i;
/** The clinician puts it back: "restart the oxycodone", "go back on it", "keep taking it". */
const RESTART_RE = /\b(?:restart\w*|re-?start\w*|go back on|start (?:it|that|them) again|keep (?:on )?taking|continue)\b/i;
/** How many lines before a patient's reply its question may be. */
const ASKED_REACH = 2;

function namesDrug(text: string, drug: MedicationMention): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return drug.aliases.some((a) => lower.includes(` ${a.toLowerCase()} `));
}

/** The patient's lines that stop the drug: named in the line, or in the question just before it ("Still on the oxycodone? — No, I stopped that"). */
function findStopsSaid(drug: MedicationMention, model: TranscriptModel): SourceLine[] {
  return model.lines.filter((l, k) => {
    if (l.role === 'clinician' || l.line <= 0 || !SAID_STOP_RE.test(l.text)) return false;
    if (namesDrug(l.text, drug)) return true;
    const asked = model.lines.slice(Math.max(0, k - ASKED_REACH), k).filter((q) => q.role === 'clinician' && q.turn === l.turn - 1);
    return asked.some((q) => namesDrug(q.text, drug));
  });
}

/** Drugs the statement has the patient taking now that the patient said they stopped, and nobody restarted. */
export function checkStoppedDrugs(statement: string, section: string, model: TranscriptModel): StoppedDrugProblem[] {
  if (section !== 'subjective' || NOTE_STOP_RE.test(statement)) return [];
  const problems: StoppedDrugProblem[] = [];
  for (const drug of findMedications(statement)) {
    const at = statement.toLowerCase().indexOf(drug.name.split(' ')[0] as string);
    if (at < 0 || !TAKEN_BEFORE_RE.test(statement.slice(0, at))) continue;
    const stops = findStopsSaid(drug, model);
    if (stops.length === 0) continue;
    if (model.lines.some((l) => l.line > 0 && namesDrug(l.text, drug) && RESTART_RE.test(l.text) && !SAID_STOP_RE.test(l.text))) continue;
    problems.push({ phrase: drug.name, reason: `the note has the patient taking ${drug.name}, but the patient said they stopped it ("${stops[0]?.text.trim().slice(0, 80)}")`, lines: stops.map((l) => l.line) });
  }
  return problems;
}
