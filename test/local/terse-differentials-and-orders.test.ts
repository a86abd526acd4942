import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a differential and a plan listed in two or three words', () => {
  const n = generateLocalNote([
    'Doctor: How is the ankle?',
    'Patient: Swollen and sore since I went over on it on Saturday.',
    'Doctor: Let me have a look. Tender over the outer side. Can you stand on it?',
    'Patient: Just about. Could it be a fracture?',
    "Doctor: I think it's a bad sprain. Fracture's unlikely.",
    'Doctor: Ankle support. Physio referral. Back in two weeks if no better.',
  ].join('\n'));

  it('names the sprain in the assessment after the patient\'s own guess', () => {
    expect(n.assessment).toMatch(/sprain/);
  });

  it('keeps a condition weighed in two words as the assessment', () => {
    expect(n.assessment).toMatch(/Fracture's unlikely/);
  });

  it('keeps a referral listed without a verb as the plan', () => {
    expect(n.plan).toMatch(/Physio referral/);
  });
});
