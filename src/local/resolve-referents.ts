/**
 * Resolves "that one" / "it" / "them" in what a patient says about a medicine to the drug named just before:
 * "I stopped that one three months ago" after "you were on atorvastatin 40" → "I stopped atorvastatin three months
 * ago". Only a drug named within the last few turns, and only as the object of a medication verb, so nothing new
 * is claimed.
 */
import type { Utterance } from './types.js';
import { findDrugs } from './clinical-vocabulary.js';

const MAX_TURNS_BACK = 3;
const MED_VERB_PRONOUN = /\b(stopped|started|quit|tried|took|take|taking|tolerate|tolerated|finished|skipped|missed|used|using|ran out of|stopped taking|started taking|been taking|been on|came off|went off)\s+(that one|this one|that|it|them|those)\b/i;

/** Returns the resolved text of each utterance whose pronoun could be resolved, by utterance index. */
export function resolveDrugReferents(utterances: Utterance[]): Map<number, string> {
  const out = new Map<number, string>();
  let lastDrug: { name: string; turn: number } | undefined;
  utterances.forEach((u, i) => {
    const drugs = findDrugs(u.text).filter((d) => !/^(?:fluids|saline|antibiotics?|steroids?|inhalers?|statins?)$/i.test(d));
    if (u.role !== 'clinician' && drugs.length === 0 && lastDrug && u.turn - lastDrug.turn <= MAX_TURNS_BACK) {
      const m = MED_VERB_PRONOUN.exec(u.text);
      if (m) out.set(i, `${u.text.slice(0, m.index)}${m[1]} ${lastDrug.name}${u.text.slice(m.index + m[0].length)}`);
    }
    if (drugs.length > 0) lastDrug = { name: drugs.at(-1)!.toLowerCase(), turn: u.turn };
  });
  return out;
}
