import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { normaliseTokens } from '../../src/grounding/tokenize.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges, in the styles of a typed transcript, a speaker-labelled one and lower-case ASR.
describe('numbers as people say them', () => {
  it('reads "Five. Eight when I climb stairs." as two answers, not 5.8', () => {
    expect(normaliseTokens('Five. Eight when I climb stairs.', { lenient: true }).join(' ')).toBe('5 ; 8 when i climb stairs .');
    // ASR's spoken point stands alone and is still a decimal.
    expect(normaliseTokens('you take one . five of warfarin', { lenient: true }).join(' ')).toBe('you take 1.5 of warfarin');
    const t = 'Doctor: Out of ten, how bad is the knee?\nPatient: Five. Eight when I climb stairs.';
    expect(kinds({ subjective: 'Knee pain 5/10, 8/10 on stairs.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Knee pain 4/10, 8/10 on stairs.' }, t)).toEqual(['number']);
  });

  it('reads "about a millimeter" as 1 mm', () => {
    const t = '[medic] lead v five is down about a millimeter';
    expect(kinds({ objective: 'V5 ~1 mm depression.' }, t)).toEqual([]);
    expect(kinds({ objective: 'V5 ~3 mm depression.' }, t)).toEqual(['number']);
  });

  it('takes a bare number beside the drug name as its strength ("six of morphine", "morphine six")', () => {
    const t = '[medic] give six of morphine iv for the pain and two of ondansetron\n[medic 2] morphine six given';
    expect(kinds({ plan: 'Morphine 6 mg IV. Ondansetron 2 mg IV.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Morphine 8 mg IV.' }, t)).toEqual(['number']);
    // The number beside another drug's name is that drug's strength, not this one's.
    expect(kinds({ plan: 'Morphine 2 mg IV.' }, t)).toEqual(['number']);
  });

  it('takes a goal range said far from the name of what it is a goal for', () => {
    const t = [
      'Nurse: Your INR today is 4.1.',
      'Patient: Oh dear. I did have that curry on Sunday, and a glass of wine with it.',
      'Nurse: That can do it. Any bleeding?',
      'Patient: No.',
      'Nurse: Good. For the rhythm we aim for two to three, so that is high.',
    ].join('\n');
    expect(kinds({ objective: 'INR 4.1.', assessment: 'INR above goal 2-3.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'INR above goal 2-4.' }, t)).toEqual(['number']);
  });

  it('reads "f/u 5 days after discharge" in the history as time since discharge, not the next visit', () => {
    const t = 'Dr: I am calling to check in, you were discharged on Friday, five days ago.\nDr: We will speak again in one week.';
    expect(kinds({ subjective: 'Phone f/u 5 days after discharge.', plan: 'Phone f/u 1 week.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Phone f/u 9 days after discharge.' }, t)).toEqual(['number']);
    // In the plan the same words are the next visit.
    expect(kinds({ plan: 'Phone f/u 5 days after discharge.' }, t)).toEqual(['number']);
  });
});
