import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Headache visits written for these tests: a history that reports what a past test showed needs the conversation to
// name that test, or a scan of the patient's own it could be.
const history = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history').map((f) => f.claim);

describe('a past test result the history reports', () => {
  const denied = 'Doctor: How long have the headaches been going on?\nPatient: About two months.\nDoctor: Has anyone ever done a scan of your head?\nPatient: No, never.';

  it('is made up when the only scan spoken of was denied', () => {
    expect(history('Headaches for 2 months. CT head in 2021 revealed a small meningioma.', denied)).not.toEqual([]);
  });

  it('is made up when the test is one no one named', () => {
    expect(history('Headaches for 2 months. Sleep study last year showed mild apnoea.', denied)).not.toEqual([]);
  });

  it('is supported when the patient names the test', () => {
    const said = 'Doctor: Any tests before?\nPatient: I had a CT of my head two years ago, they told me it was clear.';
    expect(history('CT head two years ago was normal.', said)).toEqual([]);
  });

  it('is supported when the patient speaks of a scan without naming which', () => {
    const scan = 'Doctor: Any tests before?\nPatient: They did a scan of my head last spring and said it showed nothing.';
    expect(history('MRI brain last spring showed no abnormality.', scan)).toEqual([]);
  });

  it('leaves a test named without a result to the other checks', () => {
    expect(history('Headaches for 2 months; had an MRI at another hospital.', denied)).toEqual([]);
  });
});
