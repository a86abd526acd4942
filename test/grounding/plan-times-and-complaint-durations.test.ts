import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// How long the patient has had a complaint is the history's time: it does not support a time to come in the plan that
// happens to have the same count.
describe('a plan time is not met by the complaint duration', () => {
  const counter = [
    'Chemist: What can I help with?',
    'Client: I have had this sore throat for about five days now, and a runny nose.',
    'Chemist: Try these lozenges. If it is no better in two days, or you cannot swallow, see your doctor.',
    'Client: Okay, thanks.',
  ].join('\n');

  const physio = [
    '[therapist] how long has the ankle been swollen ?',
    '[client] the swelling has been there about three weeks since i went over on it .',
    '[therapist] ok , do these exercises daily and we will look again in a week .',
  ].join('\n');

  it('reports a plan time that only the complaint duration has', () => {
    expect(checkGrounding({ plan: 'See doctor if no better in 5 days.' }, counter)).toEqual([expect.objectContaining({ kind: 'number' })]);
    expect(checkGrounding({ plan: 'Reassess in 3 weeks.' }, physio)).toEqual([expect.objectContaining({ kind: 'number' })]);
  });

  it('keeps the plan time the clinician said', () => {
    expect(checkGrounding({ plan: 'See doctor if no better in 2 days.' }, counter).filter((f) => f.kind === 'number')).toEqual([]);
    expect(checkGrounding({ plan: 'Reassess in 1 week.' }, physio).filter((f) => f.kind === 'number')).toEqual([]);
  });

  it('keeps the complaint duration in the history', () => {
    expect(checkGrounding({ subjective: 'Sore throat for about 5 days.' }, counter).filter((f) => f.kind === 'number')).toEqual([]);
  });
});
