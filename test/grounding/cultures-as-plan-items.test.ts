import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters: cultures and swabs are plan items like any other test.
describe('cultures nobody discussed', () => {
  const t = [
    '[doctor] your chest x-ray shows a patch of pneumonia on the left .',
    '[doctor] i will start you on an antibiotic and we will check your bloods .',
  ].join('\n');

  it('catches an added sputum culture', () => {
    expect(kinds({ plan: 'Start antibiotic. Check bloods.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Start antibiotic. Sputum culture sent.' }, t)).toEqual(['plan']);
  });

  it('catches added blood cultures', () => {
    expect(kinds({ plan: 'Blood cultures drawn before the first dose.' }, t)).toEqual(['plan']);
  });

  it('catches an added sputum sample and a single blood culture', () => {
    expect(kinds({ plan: 'Sputum sample for microscopy.' }, t)).toEqual(['plan']);
    expect(kinds({ plan: 'Blood culture x1 if temperature spikes.' }, t)).toEqual(['plan']);
  });

  it('leaves one said in everyday words', () => {
    const said = '[doctor] can you cough up some phlegm into this pot for the lab ?\n[doctor] and i will take a swab from the back of your throat .';
    expect(kinds({ plan: 'Sputum sample sent. Throat swab taken.' }, said)).toEqual([]);
  });
});
