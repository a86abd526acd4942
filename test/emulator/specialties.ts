/** The 24 specialties, in the order of the API docs, with the display names the service uses. */
export const SPECIALTIES: readonly { id: string; name: string }[] = [
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

const NAMES_BY_ID = new Map(SPECIALTIES.map((s) => [s.id, s.name]));

export function isSpecialtyId(id: string): boolean {
  return NAMES_BY_ID.has(id);
}

export function getSpecialtyName(id: string): string {
  return NAMES_BY_ID.get(id) ?? id;
}
