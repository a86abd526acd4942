import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).map((f) => f.kind);

// Invented exchanges.
describe('anaphylaxis as the reaction an allergy records', () => {
  const screened = [
    'Nurse: Any allergies to medicines?',
    'Patient: Co-trimoxazole. I got itchy blotches all over, a long time ago.',
    'Nurse: Itchy blotches. Any wheeze or trouble with your breathing at the moment?',
    'Patient: No, breathing is fine.',
    'Nurse: And any swelling of the feet?',
    'Patient: A bit by the evening.',
  ].join('\n');

  it('is not told by the screening questions asked after a skin reaction', () => {
    expect(kinds('Allergy: co-trimoxazole (anaphylaxis).', screened)).toEqual(['allergy']);
    expect(kinds('Allergy: co-trimoxazole (itchy rash).', screened)).toEqual([]);
  });

  it('is told by a sign only it has', () => {
    const told = 'Nurse: Any allergies to medicines?\nPatient: Co-trimoxazole. My throat closed up and they had to call an ambulance.';
    expect(kinds('Allergy: co-trimoxazole (anaphylaxis).', told)).toEqual([]);
  });
});
