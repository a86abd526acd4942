import { distance } from 'fastest-levenshtein';
import { UsageError } from './errors.js';

/** The 24 specialties of SOAPNoteAPI with their display names (seed 004), used offline and for validation. */
export const SPECIALTIES: ReadonlyArray<{ id: string; name: string }> = [
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

/** The closest valid ids to a mistyped one, by edit distance over ids and display names. */
export function suggestSpecialties(input: string, max = 3): string[] {
  const needle = input.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return SPECIALTIES.map((s) => ({
    id: s.id,
    score: Math.min(
      distance(needle, s.id),
      distance(needle, s.name.toLowerCase().replace(/[\s-]+/g, '_')),
      s.id.startsWith(needle) || s.id.includes(needle) ? 1 : Infinity,
    ),
  }))
    .filter((s) => s.score <= Math.max(3, Math.floor(needle.length / 2)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((s) => s.id);
}

/** Accepts an id (or its display name, any case); refuses anything else with the closest names suggested. */
export function resolveSpecialty(input: string, source = '--specialty'): string {
  const needle = input.trim().toLowerCase();
  const found = SPECIALTIES.find((s) => s.id === needle || s.name.toLowerCase() === needle || s.id === needle.replace(/[\s-]+/g, '_'));
  if (found) return found.id;
  const suggestions = suggestSpecialties(input);
  throw new UsageError(`${source}: unknown specialty "${input}"${suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : ''}`, {
    hint: 'run `soap specialties` to list all 24',
  });
}
