import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const kinds = (note: Note, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind);

describe('an allergen named only in a question answered no', () => {
  const visit = ['Nurse: Are you allergic to anything, plasters, iodine, eggs?', 'Patient: No, not that I know.', 'Nurse: Good, sit back.'].join('\n');

  it('is no allergy', () => {
    expect(kinds({ subjective: 'Allergic to iodine.' }, visit, 'allergy')).toHaveLength(1);
  });

  it('is one where the answer names it', () => {
    const told = visit.replace('No, not that I know.', 'Only iodine, I come out in a rash.');
    expect(kinds({ subjective: 'Allergic to iodine.' }, told, 'allergy')).toEqual([]);
  });
});

describe('a reaction the note says an allergen "caused"', () => {
  const visit = ['Doctor: Any allergies?', 'Patient: Codeine, it gave me a rash on my arms.'].join('\n');

  it('must be the reaction the conversation tells', () => {
    expect(kinds({ subjective: 'Allergic to codeine, which caused anaphylaxis.' }, visit, 'allergy')).toHaveLength(1);
    expect(kinds({ subjective: 'Allergic to codeine, which caused a rash.' }, visit, 'allergy')).toEqual([]);
  });
});

describe('an age said in passing', () => {
  const visit = ['Patient: My knee has been stiff for a month. I am 54 if that helps.', 'Doctor: And the sodium was 140, the creatinine 71.'].join('\n');

  it('is the age, and a test result of the same number is none', () => {
    expect(kinds({ subjective: '71-year-old with a stiff knee.' }, visit, 'number')).toHaveLength(1);
    expect(kinds({ subjective: '54-year-old with a stiff knee.' }, visit, 'number')).toEqual([]);
  });
});

describe('a count of a period just gone', () => {
  const visit = ['Doctor: Has the cough kept you up?', 'Patient: Three times this week, yes.'].join('\n');

  it('must be the count the conversation gives', () => {
    expect(kinds({ subjective: 'Woken by cough 5 times this week.' }, visit, 'number')).toHaveLength(1);
    expect(kinds({ subjective: 'Woken by cough 3 times this week.' }, visit, 'number')).toEqual([]);
  });
});

describe("a tooth's side", () => {
  const visit = ['Dentist: Where is the pain?', 'Patient: The upper right tooth at the back, when I chew.', 'Dentist: I can see a crack in that molar.'].join('\n');

  it('is the side the conversation gives the sore tooth', () => {
    expect(kinds({ subjective: 'Toothache upper left, worse on chewing.' }, visit, 'laterality')).toHaveLength(1);
    expect(kinds({ subjective: 'Toothache upper right, worse on chewing.' }, visit, 'laterality')).toEqual([]);
  });

  it('is left alone where the teeth are named only by number', () => {
    const numbered = ['Dentist: Tooth 46 has a deep cavity.', 'Patient: That is the one that hurts.'].join('\n');
    expect(kinds({ objective: 'Deep cavity in the lower right molar (46).' }, numbered, 'laterality')).toEqual([]);
  });
});

describe('a medicine the conversation gives by inhaler', () => {
  const visit = ['Doctor: Keep using the beclometasone inhaler, two puffs morning and night.', 'Patient: With the spacer?', 'Doctor: Yes.'].join('\n');

  it('is not written as taken by mouth', () => {
    expect(checkGrounding({ plan: 'Beclometasone tablets by mouth twice a day.' }, visit).filter((f) => /by mouth/.test(f.reason))).toHaveLength(1);
    expect(checkGrounding({ plan: 'Beclometasone inhaler 2 puffs twice a day.' }, visit).filter((f) => /by mouth|inhaled/.test(f.reason))).toEqual([]);
  });
});

describe('an allergy the note rules out beside a product that holds the allergen', () => {
  it('records no allergy', () => {
    const visit = ['Doctor: Any allergies, to nuts or anything?', 'Patient: No.', 'Doctor: Then this nasal cream is fine, it has arachis oil in it.'].join('\n');
    expect(kinds({ plan: 'Nasal cream twice a day (contains arachis oil; no nut allergy).' }, visit, 'allergy')).toEqual([]);
  });
});
