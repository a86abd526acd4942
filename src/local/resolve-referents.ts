/**
 * Resolves "that one" / "it" / "them" in what a patient says about a medicine to the drug named just before:
 * "I stopped that one three months ago" after "you were on atorvastatin 40" → "I stopped atorvastatin three months
 * ago". Only a drug named within the last few turns, and only as the object of a medication verb, so nothing new
 * is claimed.
 */
import type { Utterance } from './types.js';
import { findDrugs } from './clinical-vocabulary.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { caseless } from '../text/caseless-pattern.js';

const MAX_TURNS_BACK = 3;
const MED_VERB_PRONOUN = caseless(/\b(stopped|started|quit|tried|took|take|taking|tolerate|tolerated|finished|skipped|missed|used|using|ran out of|stopped taking|started taking|been taking|been on|came off|went off)\s+(that one|this one|that|it|them|those|one(?= *(?:[.,;]|$| (?:a|every|each|when|if|at|in|for)\b)))\b/);

/** Returns the resolved text of each utterance whose pronoun could be resolved, by utterance index. */
export function resolveDrugReferents(utterances: Utterance[]): Map<number, string> {
  const out = resolveBodyPartReferents(utterances);
  for (const [i, text] of resolveSymptomReferents(utterances)) if (!out.has(i)) out.set(i, text);
  let lastDrug: { name: string; turn: number } | undefined;
  utterances.forEach((u, i) => {
    const drugs = findDrugs(u.text).filter((d) => !/^(?:fluids|saline|antibiotics?|steroids?|inhalers?|statins?)$/i.test(d));
    if (u.role !== 'clinician' && drugs.length === 0 && !out.has(i) && lastDrug && u.turn - lastDrug.turn <= MAX_TURNS_BACK) {
      const m = MED_VERB_PRONOUN.exec(u.text);
      if (m) out.set(i, `${u.text.slice(0, m.index)}${m[1]} ${lastDrug.name}${u.text.slice(m.index + m[0].length)}`);
    }
    if (drugs.length > 0) lastDrug = { name: withDose(u.text, drugs.at(-1)!), turn: u.turn };
  });
  return out;
}

/** "How are you getting on with sertraline 50 mg?": the drug as named, with the dose said right after it. */
function withDose(text: string, drug: string): string {
  const name = drug.toLowerCase();
  const at = text.toLowerCase().indexOf(name);
  if (at < 0) return name;
  const dose = DOSE_AFTER.exec(normalizeMeasurements(text.slice(at + name.length)));
  return dose ? `${name} ${dose[1]}` : name;
}
const DOSE_AFTER = /^\s+(\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|g|units?|mL|ml))\b/i;

/** "It's my back." — "I hurt it lifting a wardrobe": the body part the complaint named, in the same turn. */
const NAMED_PART = caseless(/^(?:(?:it's|it is|it's just|just|mostly|well,?)\s+)?(?:my|the) ((?:left |right |lower |upper )?(?:back|neck|knee|ankle|wrist|shoulder|hip|elbow|foot|heel|hand|thumb|toe|jaw|tooth|ear|eye|chest|stomach|throat|head|leg|arm|finger))\.?$/);
const PART_PRONOUN = caseless(/^(?:(?:and|so|but)\s+)?(?:i (?:hurt|injured|twisted|strained|tweaked|pulled|hit|banged|bumped|jarred|wrenched) (it)\b|(it)(?:'s| has| is| was)? (?:been )?(?:hurting|aching|sore|stiff|swollen|throbbing|killing me|bothering me|hurts|aches|started))/);

function resolveBodyPartReferents(utterances: Utterance[]): Map<number, string> {
  const out = new Map<number, string>();
  utterances.forEach((u, i) => {
    const part = u.role !== 'clinician' ? NAMED_PART.exec(u.text)?.[1] : undefined;
    if (!part) return;
    const next = utterances[i + 1];
    if (!next || next.turn !== u.turn || next.role !== u.role) return;
    const m = PART_PRONOUN.exec(next.text);
    if (!m) return;
    const at = m.index + m[0].toLowerCase().indexOf(m[1] ? ' it' : 'it') + (m[1] ? 1 : 0);
    const start = at === 0 ? 'My' : 'my';
    out.set(i + 1, `${next.text.slice(0, at)}${start} ${part.toLowerCase()}${next.text.slice(at + 2)}`);
  });
  return out;
}

/** "How's the heartburn been?" — "Much better. I still get it some nights": "it" is the symptom just asked about. */
const SYMPTOM_NOUN = caseless(/\b(?:the|your|his|her|that) (heartburn|reflux|pain|headaches?|migraines?|cough|rash|itch(?:ing)?|swelling|nausea|dizziness|numbness|tingling|wheez(?:e|ing)|bleeding|discharge|diarrh(?:o)?ea|constipation|palpitations|stiffness|cramps?|spasms?|fluttering|ringing|burning)\b/, 'g');
const SYMPTOM_PRONOUN = caseless(/\b(?:i (?:still |only |mostly |usually |sometimes )?(?:get|have|had|feel|notice|noticed|got)|makes|made|triggers?|brings? on) (it)\b|^(it)(?:'s| is| was)? (?:still |only |mostly |usually )?(?:comes?|came|happens?|happened|gets? worse|got worse|worse|better|started|starts|goes|went|wakes? me|bothers? me)\b/);

function resolveSymptomReferents(utterances: Utterance[]): Map<number, string> {
  const out = new Map<number, string>();
  let asked: { symptom: string; turn: number } | undefined;
  utterances.forEach((u, i) => {
    if (u.role === 'clinician') {
      const named = [...new Set(SYMPTOM_NOUN.matchAll(u.text).map((m) => m[1]!.toLowerCase()))];
      asked = named.length === 1 ? { symptom: named[0]!, turn: u.turn } : named.length > 1 ? undefined : asked;
      return;
    }
    if (!asked || u.turn - asked.turn > 1) return;
    const m = SYMPTOM_PRONOUN.exec(u.text);
    if (!m) return;
    const at = m.index + m[0].search(/\bit\b/i);
    out.set(i, `${u.text.slice(0, at)}${at === 0 ? 'The' : 'the'} ${asked.symptom}${u.text.slice(at + 2)}`);
  });
  return out;
}
