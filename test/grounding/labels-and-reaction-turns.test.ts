import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: an informant who speaks under their own label, and an allergy's reaction
// told after the next question.
const findings = (note: Record<string, string>, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind).map((f) => f.claim);

describe('an informant who speaks as a labelled speaker', () => {
  const t = 'Paramedic: What happened?\nTeacher: He went very pale in assembly and slid off the bench, out for a few seconds.\nParamedic: Any jerking?\nTeacher: No.';

  it('is in the conversation, though no one names them in words', () => {
    expect(findings({ subjective: 'Per teacher, went pale in assembly and slid off the bench, out for a few seconds.' }, t, 'attribution')).toEqual([]);
  });

  it('still makes an informant nobody named or heard a finding', () => {
    expect(findings({ subjective: 'Per his coach, went pale in assembly and slid off the bench.' }, t, 'attribution')).not.toEqual([]);
  });
});

describe('an allergy\'s reaction told after the next question', () => {
  const t = 'Nurse: Any allergies to medicines?\nPatient: Amoxicillin.\nNurse: What happens when you take it?\nPatient: My lips swell up.\nNurse: Okay. And your regular tablets?\nPatient: Just ramipril. My ankles swell a bit in the heat.';

  it('supports the reaction said in the answer to "what happens?"', () => {
    expect(findings({ subjective: 'Allergies: amoxicillin (lip swelling).' }, t, 'allergy')).toEqual([]);
  });

  it('still flags a reaction never said of it', () => {
    expect(findings({ subjective: 'Allergies: amoxicillin (vomiting).' }, t, 'allergy')).not.toEqual([]);
  });
});

describe('a repeat test timed in words', () => {
  const t = '[doctor] your x-ray today shows no break .\n[doctor] so i will put you in a splint , and we will repeat the x-ray in ten days .';

  it('is not a test put off, when the conversation times the repeat in words', () => {
    expect(findings({ plan: 'Splint; repeat the x-ray in 10 days.' }, t, 'plan')).toEqual([]);
  });
});
