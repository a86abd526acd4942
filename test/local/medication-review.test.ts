import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a medication review with a companion', () => {
  const n = generateLocalNote([
    'Pharmacist: Afternoon Mr Lowe, and you must be Janet. Let me go through your tablets.',
    'Pharmacist: Ramipril 5, atorvastatin 40, metformin 500 twice a day and tamsulosin 400.',
    'Speaker 2: I take them all, though I feel dizzy on the tamsulosin.',
    'Pharmacist: Your blood pressure is 104/60 standing, which is low.',
    'Pharmacist: Here is what I would like to do. Stop the tamsulosin for now and I will tell your GP.',
    'Pharmacist: Janet, can you take the tamsulosin out of his dosette box tonight?',
  ].join('\n'));

  it('writes the list read out as history, not plan, and the agenda nowhere', () => {
    expect(n.subjective).toMatch(/Ramipril 5, atorvastatin 40, metformin 500 twice a day and tamsulosin 400/);
    expect(n.plan).not.toMatch(/Ramipril 5|go through/);
  });

  it('writes a request of the companion as a note does', () => {
    expect(n.plan).toMatch(/Janet asked to take the tamsulosin out of his dosette box tonight\./);
    expect(`${n.subjective}${n.plan}`).not.toMatch(/must be Janet/);
  });
});
