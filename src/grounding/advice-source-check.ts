/**
 * Whose idea it was: "skipped the statin on the GP's advice" where the patient said "nobody told me to, I just got
 * nervous", or "stopped it on his own initiative" where he said "the doctor told me to stop". A swapped source changes
 * who decided, with no name or number for the other checks to see. Judged on what the patient says of it.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface AdviceSourceProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

const NOTE_ADVISED = /\b(?:on (?:(?:the |her |his |their )?[\w.']+(?:'s)? ){0,2}(?:advice|instructions?|recommendation)|as (?:advised|instructed|directed|recommended) by|per (?:the )?(?:doctor|gp|dr\.? \w+|pharmacist|nurse)'?s? (?:advice|instructions?))\b/i;
const NOTE_OWN = /\b(?:on (?:(?:her|his|their) )?own (?:initiative|accord)|of (?:her|his|their) own accord|self-(?:initiated|directed|discontinued|stopped)|without (?:medical |professional )?advice)\b/i;

const SAID_OWN = /\b(?:(?:nobody|no one|no-one) (?:told|asked|advised) me|on my own(?! at home)|my own (?:idea|decision|choice)|i decided (?:myself|on my own)|off my own back)\b/i;
const SAID_ADVISED = /\b(?:(?:the |my )?(?:doctor|gp|dr\.? \w+|pharmacist|nurse|consultant|specialist|she|he|they) (?:told|advised|asked) me to|(?:i was|i've been|i got) (?:told|advised) to)\b/i;

export function checkAdviceSource(statement: string, model: TranscriptModel): AdviceSourceProblem[] {
  const advised = NOTE_ADVISED.exec(statement);
  const own = NOTE_OWN.exec(statement);
  if (!advised && !own) return [];
  const patient = model.lines.filter((l) => l.role === 'patient' && l.line > 0);
  const saidOwn = patient.filter((l) => SAID_OWN.test(l.text));
  const saidAdvised = patient.filter((l) => SAID_ADVISED.test(l.text));
  if (advised && saidOwn.length > 0 && saidAdvised.length === 0) {
    return [{ phrase: advised[0], reason: `the note says it was done "${advised[0]}", but the patient says it was their own decision`, lines: saidOwn.map((l) => l.line) }];
  }
  if (own && saidAdvised.length > 0 && saidOwn.length === 0) {
    return [{ phrase: own[0], reason: `the note says it was done "${own[0]}", but the patient says they were told to`, lines: saidAdvised.map((l) => l.line) }];
  }
  return [];
}
