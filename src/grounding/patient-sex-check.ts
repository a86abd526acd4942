/**
 * The patient's sex: "45-year-old female" where the dictation said "a forty-five-year-old man". A note gives it once,
 * beside the age, and the conversation gives it in a few plain shapes: the age with a noun ("a 45-year-old man") or a
 * title ("Mr. Bhatt", "Mrs. Ode"). Reported only when the conversation says the one sex in those shapes and never
 * the other, so a visit that leaves it to the chart, or speaks of two people, is left alone.
 */
import type { TranscriptModel } from './transcript-model.js';

type Sex = 'male' | 'female';

/** "45-year-old female", "45 yo man", "a 6-year-old boy": the sex beside the age in a note. */
const WRITTEN_RE = /\b(\d{1,3})[- ]?(?:years?[- ]old|y\.?o\.?|y\/o)[- ](male|female|man|woman|gentleman|lady|boy|girl)\b/i;

const FEMALE_WORDS = new Set(['female', 'woman', 'lady', 'girl']);

/** "a forty-five-year-old man": the age with a noun, said of the one the visit is about. */
const AGED: Readonly<Record<Sex, RegExp>> = {
  male: /\b(?:years?[- ]old|yo) (?:man|male|gentleman|guy|boy)\b/i,
  female: /\b(?:years?[- ]old|yo) (?:woman|female|lady|girl)\b/i,
};

/**
 * "Hi, Mr. Castellano": the clinician's title for the one before them. ("Sir" and "ma'am" are left out: a medic says
 * them to anyone on the scene.)
 */
const ADDRESSED: Readonly<Record<Sex, RegExp>> = {
  male: /\bMr\.? [A-Z][a-z]/,
  female: /\b(?:Mrs|Ms|Miss)\.? [A-Z][a-z]/,
};

/** An adult's sex only: a clinician greets a child's mother by her title. */
const ADULT_AGE = 18;

function readSaid(model: TranscriptModel): Set<Sex> {
  const all = model.lines.map((l) => l.text).join('\n');
  // Another speaker (a companion, a parent) may be the one the clinician greets by title.
  const others = model.lines.some((l) => l.role === 'other');
  const clinician = model.lines.filter((l) => l.role === 'clinician').map((l) => l.text).join('\n');
  const said = new Set<Sex>();
  for (const sex of ['male', 'female'] as const) if (AGED[sex].test(all) || (!others && ADDRESSED[sex].test(clinician))) said.add(sex);
  return said;
}

export function checkPatientSex(statement: string, section: string, model: TranscriptModel): { phrase: string; reason: string }[] {
  if (section !== 'subjective' && section !== 'assessment') return [];
  const m = WRITTEN_RE.exec(statement);
  if (!m || Number(m[1]) < ADULT_AGE) return [];
  const written: Sex = FEMALE_WORDS.has(m[2]!.toLowerCase()) ? 'female' : 'male';
  const said = readSaid(model);
  if (said.size !== 1 || said.has(written)) return [];
  return [{ phrase: m[0], reason: `the note gives the patient as ${written}, but the transcript speaks of the patient as ${written === 'male' ? 'female' : 'male'}` }];
}
