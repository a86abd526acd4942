import { distance } from 'fastest-levenshtein';
import { UsageError } from './errors.js';

/** A specialty as a list names it. */
export interface KnownSpecialty {
  id: string;
  name: string;
}

/**
 * The 24 specialties of SOAPNoteAPI with their display names (seed 004): the list used offline, and the first one a
 * specialty is checked against (the service's own list, fetched and cached, is the authority beyond it).
 */
export const SPECIALTIES: ReadonlyArray<KnownSpecialty> = [
  { id: 'nurse_practitioner', name: 'Nurse Practitioner' },
  { id: 'physician', name: 'Physician' },
  { id: 'psychiatrist', name: 'Psychiatrist' },
  { id: 'psychotherapist', name: 'Psychotherapist' },
  { id: 'physical_therapy', name: 'Physical Therapy' },
  { id: 'occupational_therapy', name: 'Occupational Therapy' },
  { id: 'chiropractor', name: 'Chiropractor' },
  { id: 'dentist', name: 'Dentist' },
  { id: 'acupuncture', name: 'Acupuncture' },
  { id: 'social_worker', name: 'Social Worker' },
  { id: 'registered_nurse', name: 'Registered Nurse' },
  { id: 'slp', name: 'Speech Language Pathology' },
  { id: 'veterinary', name: 'Veterinary' },
  { id: 'massage_therapy', name: 'Massage Therapy' },
  { id: 'pharmacy', name: 'Pharmacy' },
  { id: 'podiatrist', name: 'Podiatrist' },
  { id: 'dietitian_nutritionist', name: 'Dietitian / Nutritionist' },
  { id: 'athletic_trainer', name: 'Athletic Trainer' },
  { id: 'aroma_therapy', name: 'Aromatherapy' },
  { id: 'exercise_therapy', name: 'Exercise Therapy' },
  { id: 'ems', name: 'Emergency Medical Services' },
  { id: 'paramedic', name: 'Paramedic' },
  { id: 'genetic_counselling', name: 'Genetic Counseling' },
  { id: 'generic', name: 'Generic' },
];

/** A typo this close to a known id (two edits: a swapped or missing letter) is refused without asking the service. */
const TYPO_DISTANCE = 2;

function slug(text: string): string {
  return text.trim().toLowerCase().replace(/[\s/-]+/g, '_').replace(/_+/g, '_');
}

/** The id an input names in `list`: the id itself or its display name, any case, spaces or hyphens for underscores. */
export function matchSpecialty(input: string, list: ReadonlyArray<KnownSpecialty> = SPECIALTIES): string | undefined {
  const needle = slug(input);
  return list.find((s) => s.id === input.trim() || slug(s.id) === needle || slug(s.name) === needle)?.id;
}

/** The closest ids of `list` to a mistyped one, by edit distance over ids and display names. */
export function suggestSpecialties(input: string, max = 3, list: ReadonlyArray<KnownSpecialty> = SPECIALTIES): string[] {
  const needle = slug(input);
  return list
    .map((s) => ({
      id: s.id,
      score: Math.min(distance(needle, s.id), distance(needle, slug(s.name)), s.id.startsWith(needle) || s.id.includes(needle) ? 1 : Infinity),
    }))
    .filter((s) => s.score <= Math.max(3, Math.floor(needle.length / 2)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i)
    .slice(0, max)
    .map((s) => s.id);
}

/** True when the input is within a typo of an id (or name) in `list` without being one. */
export function isNearTypo(input: string, list: ReadonlyArray<KnownSpecialty> = SPECIALTIES): boolean {
  const needle = slug(input);
  return needle.length > 3 && list.some((s) => Math.min(distance(needle, s.id), distance(needle, slug(s.name))) <= TYPO_DISTANCE);
}

/** The refusal of a specialty no list has: one line, the closest known ids suggested. */
export function unknownSpecialtyError(input: string, source: string, suggestions: string[], hint: string): UsageError {
  return new UsageError(`${source}: unknown specialty "${input}"${suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : ''}`, { hint });
}

/** Accepts an id of the built-in list (or its display name, any case); refuses anything else with the closest names suggested. */
export function resolveSpecialty(input: string, source = '--specialty'): string {
  const found = matchSpecialty(input);
  if (found) return found;
  throw unknownSpecialtyError(input, source, suggestSpecialties(input), 'run `soap specialties` to list them');
}
