import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// How often a course of visits runs is a fact of the plan: a note's "fortnightly sessions" where the clinician booked
// weekly ones is wrong, judged only where the conversation gives some interval for visits.
describe('visit intervals', () => {
  const osteo = [
    'OSTEOPATH: Let us book you in every two weeks for the next couple of months.',
    'CLIENT: Fine, Fridays suit me.',
    'OSTEOPATH: And do the stretches daily.',
  ].join('\n');

  const nurse = [
    '[nurse] the dressing needs changing , so i will see you weekly at the clinic until it heals .',
    '[patient] okay , same day each week ?',
  ].join('\n');

  it('reports an interval of visits the conversation does not give', () => {
    expect(checkGrounding({ plan: 'Monthly sessions for two months.' }, osteo)).toEqual([expect.objectContaining({ kind: 'number' })]);
    expect(checkGrounding({ plan: 'Dressing clinic visits every other day until healed.' }, nurse)).toEqual([expect.objectContaining({ kind: 'number' })]);
  });

  it('keeps the interval said, in other words', () => {
    expect(checkGrounding({ plan: 'Fortnightly sessions for two months. Stretches daily.' }, osteo).filter((f) => f.kind === 'number')).toEqual([]);
    expect(checkGrounding({ plan: 'Dressing clinic visits once a week until healed.' }, nurse).filter((f) => f.kind === 'number')).toEqual([]);
  });

  it('says nothing where no interval of visits was given', () => {
    const silent = 'Doctor: Keep the leg up when you can.\nPatient: Will do.';
    expect(checkGrounding({ plan: 'Weekly reviews.' }, silent).filter((f) => f.kind === 'number')).toEqual([]);
  });
});
