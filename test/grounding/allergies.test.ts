import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const transcript = '[doctor] any allergies to medications ?\n[patient] penicillin , i get hives .\n[doctor] okay .\n[patient] fine .\n[doctor] and what do you eat ?\n[patient] i eat shrimp all the time .';

describe('allergies', () => {
  it('supports an allergy given in answer to the allergy question, with its reaction', () => {
    expect(checkGrounding({ subjective: 'Allergic to penicillin (hives).' }, transcript)).toEqual([]);
  });

  it('catches an invented allergen — a drug, a food, latex — and one the transcript never gives as an allergy', () => {
    expect(checkGrounding({ subjective: 'Allergies: latex.' }, transcript)[0]?.reason).toBe('the note records an allergy to "latex", which the transcript never mentions');
    expect(checkGrounding({ subjective: 'Allergic to shellfish.' }, transcript)[0]?.reason).toBe(
      'the note records an allergy to "shellfish", but the transcript never gives it as an allergy',
    );
  });

  it('catches a reaction the transcript does not say', () => {
    expect(checkGrounding({ subjective: 'Allergic to penicillin (anaphylaxis).' }, transcript).map((f) => f.kind)).toEqual(['allergy']);
  });

  it('"no known allergies" is contradicted by a stated allergy', () => {
    expect(checkGrounding({ subjective: 'No known allergies.' }, "[patient] i'm allergic to peanuts .").map((f) => f.kind)).toEqual(['allergy']);
  });
});

describe('allergy findings name the lines that say the allergy', () => {
  it('"no known allergies" against the line that states one', () => {
    const t = ['Doctor: Have you got a history of any allergies to anything?', 'Patient: Uh, I\'m allergic to penicillin.', 'Doctor: And no food allergies?', 'Patient: No.'].join('\n');
    const [finding] = checkGrounding({ subjective: 'No known allergies.' }, t);
    expect(finding).toMatchObject({ kind: 'allergy', lines: [2] });
  });
});
