import type { NoteLike } from '../../src/note/index.js';

/** A made-up note (no real patient) with every optional field filled. */
export const FULL_NOTE: NoteLike = {
  noteId: 'note_abc123',
  provider: 'soapnoteapi',
  subjective: 'Right knee pain for 3 weeks after a soccer injury.\nTakes lisinopril 10 mg daily.',
  objective: 'BP 130/85 mmHg, HR 72 bpm.\nSwelling of the right knee.',
  assessment: 'Medial meniscus strain, right knee.',
  plan: '- X-ray of the right knee.\n- Ibuprofen 400 mg TID for 2 weeks.',
  billing_codes: {
    icd10: [
      { code: 'S83.241A', description: 'Other tear of medial meniscus, current injury, right knee, initial encounter' },
      { code: 'I10', description: 'Essential (primary) hypertension' },
    ],
    cpt: [{ code: '99213', description: 'Office visit, established patient, low complexity' }],
  },
  billing_codes_disclaimer: 'Codes are suggestions only; verify before billing.',
  patient_summary: 'You hurt the inside of your right knee. Rest it and take ibuprofen for two weeks.',
  expires_at: '2030-01-01T00:00:00Z',
};

export const MINIMAL_NOTE: NoteLike = {
  subjective: 'Cough for 2 days.',
  objective: '',
  assessment: 'Viral upper respiratory infection.',
  plan: 'Fluids and rest.',
};

export const NOW = new Date('2025-03-04T05:06:07.000Z');
