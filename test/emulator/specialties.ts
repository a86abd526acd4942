/** The 24 specialties, in the order of the API docs, with the display names the service uses. */
// The service's list, as seed 004 gives it; src/specialties.ts carries the same copy for offline use.
export { SPECIALTIES } from '../../src/specialties.js';
import { SPECIALTIES } from '../../src/specialties.js';
import type { Reading } from './types.js';

/** One entry of the current reading's public list: `{value, label}` with its sub-templates (help center: "41 sub-templates"). */
export interface ListedSpecialty {
  value: string;
  label: string;
  templates: { value: string; label: string }[];
}

const TEMPLATE_LABELS: Record<string, string> = {
  standard: 'Standard',
  follow_up: 'Follow-up',
  annual_physical: 'Annual physical',
  initial_evaluation: 'Initial evaluation',
  daily_note: 'Daily note',
  intake: 'Intake',
  medication_management: 'Medication management',
};

const EXTRA_TEMPLATES: Record<string, string[]> = {
  physician: ['follow_up', 'annual_physical'],
  nurse_practitioner: ['follow_up'],
  psychiatrist: ['intake', 'medication_management'],
  physical_therapy: ['initial_evaluation', 'daily_note'],
  primary_care_physician: ['follow_up', 'annual_physical'],
};

function listed(value: string, label: string): ListedSpecialty {
  return { value, label, templates: ['standard', ...(EXTRA_TEMPLATES[value] ?? [])].map((t) => ({ value: t, label: TEMPLATE_LABELS[t] ?? t })) };
}

/**
 * The current reading's list: the 24, plus `primary_care_physician`, which the help center's examples use. Its
 * shape is not documented; `{value, label}` objects wrapped in `{specialties}` is one of those the client reads.
 */
export const CURRENT_SPECIALTIES: readonly ListedSpecialty[] = [
  ...SPECIALTIES.map((s) => listed(s.id, s.name)),
  listed('primary_care_physician', 'Primary Care Physician'),
];

const NAMES: Record<Reading, Map<string, string>> = {
  seeds: new Map(SPECIALTIES.map((s) => [s.id, s.name])),
  current: new Map(CURRENT_SPECIALTIES.map((s) => [s.value, s.label])),
};

export function isSpecialtyId(id: string, reading: Reading = 'seeds'): boolean {
  return NAMES[reading].has(id);
}

export function listSpecialtyIds(reading: Reading): string[] {
  return [...NAMES[reading].keys()];
}

export function getSpecialtyName(id: string): string {
  return NAMES.current.get(id) ?? id;
}
