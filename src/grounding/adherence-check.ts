/**
 * Adherence: "no missed doses" where the patient said "I forget the evening one", "rarely doing HEP" where they said
 * "I do them three times a day". A flipped adherence changes the plan that follows (a dose raised for a patient who
 * is not taking it), and it has no number or name to catch. Judged on what the patient says in the turns about the
 * same medicine or exercise, or in the whole conversation when the statement names neither.
 */
import { findMedications } from './medication-check.js';
import type { TranscriptModel } from './transcript-model.js';

export interface AdherenceProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

type Adherence = 'taking' | 'missing';

const NOTE_TAKING = /\b(?:(?<!not )taking (?:\w+ ){0,4}as (?:prescribed|directed)|no missed doses|never miss(?:es|ed)?(?: an?| any)? doses?|not missed any|taking (?:it |them )?(?:daily|every day|regularly)|(?:good|full|excellent) (?:adherence|compliance)|(?<!non-?)(?:adherent|compliant)|(?<!(?:rarely|not|never|inconsistently) )doing (?:HEP|home exercise program|exercises|them)\b(?! (?:rarely|inconsistently)))/i;
const NOTE_MISSING = /\b(?:(?<!(?:no|never|not|any|n't|n’t) )miss(?:es|ed|ing)? (?:\w+ ){0,2}doses?|forget(?:s|ting)?|forgot|rarely (?:doing|taking|done)|not (?:doing|done|taking|completed?)|poor(?:ly)? adheren\w*|non-?adheren\w*|non-?complian\w*|partial(?:ly)? adheren\w*|inconsistent(?:ly)?)\b/i;

const SAID_TAKING = /\b(?:haven'?t missed|never miss|not missed|don'?t miss|i take (?:it|them) every (?:day|morning|night)|i do them|i did them|i'?ve been doing (?:them|it|the exercises)|every single day)\b/i;
const SAID_MISSING = /\b(?:i (?:sometimes |often |always )?forg[eo]t|i (?:sometimes |often )?miss (?:the|a|some|it|one|doses?)|i skip|haven'?t been (?:doing|taking)|haven'?t (?:done|taken) (?:them|it|any)|i stopped taking|(?:i|he|she|we) (?:haven'?t|hasn'?t) (?:started|begun|picked up|collected) (?:it|them|that|this|the)|(?:haven'?t|hasn'?t) picked (?:it|them) up|(?:haven'?t|hasn'?t) (?:had|taken|got|gotten) (?:that|this|the new) one|not (?:started|taking) (?:it|them) yet|(?:still )?waiting (?:for|on) the pharmacy)\b/i;

/** Words that name what is (or is not) being done, besides medicines. */
const ROUTINES = /\b(?:medications?|medicines?|meds|home exercise program|exercises?|putty|stretch\w*|thought records?|diary|inhaler|tablets?|pills?|injections?)\b/gi;

function readNoteAdherence(statement: string): { value: Adherence; phrase: string } | undefined {
  const missing = NOTE_MISSING.exec(statement);
  const taking = NOTE_TAKING.exec(statement);
  if (missing && !taking) return { value: 'missing', phrase: missing[0] };
  if (taking && !missing) return { value: 'taking', phrase: taking[0] };
  return undefined;
}

/** The patient's turns about the subjects (the turn that names one and the reply to it), or all of theirs when none is named. */
function listPatientTurns(subjects: readonly string[], model: TranscriptModel): { line: number; text: string }[] {
  const spoken = model.lines.filter((l) => l.role === 'patient' || l.role === 'other');
  if (subjects.length === 0) return spoken;
  const turns: { line: number; text: string }[] = [];
  model.lines.forEach((l, i) => {
    if (!subjects.some((s) => l.text.toLowerCase().includes(s))) return;
    for (const t of [l, model.lines[i + 1]]) if (t && t.role !== 'clinician' && !turns.some((x) => x.line === t.line)) turns.push(t);
  });
  return turns;
}

export function checkAdherence(statement: string, model: TranscriptModel): AdherenceProblem[] {
  const claim = readNoteAdherence(statement);
  if (!claim) return [];
  const subjects = [
    ...findMedications(statement).flatMap((m) => m.aliases.map((a) => a.toLowerCase())),
    ...[...statement.matchAll(ROUTINES)].map((m) => m[0].toLowerCase().replace(/s$/, '')),
  ];
  const turns = listPatientTurns(subjects, model);
  const taking = turns.filter((t) => SAID_TAKING.test(t.text));
  const missing = turns.filter((t) => SAID_MISSING.test(t.text));
  const against = claim.value === 'taking' ? missing : taking;
  const forIt = claim.value === 'taking' ? taking : missing;
  if (against.length === 0 || forIt.length > 0) return [];
  const said = claim.value === 'taking' ? 'miss some or have not started them' : 'keep to it';
  return [{ phrase: claim.phrase, reason: `the note says "${claim.phrase}", but the patient says they ${said} ("${against[0]!.text.trim().slice(0, 80)}")`, lines: against.map((t) => t.line) }];
}
