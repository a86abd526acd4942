import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Sessions written for these tests (invented clients): plans a therapist or dietitian agrees rather than orders.
const note = (...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'psychotherapist' });
const OPENING = ['Therapist: How have the panic attacks been this week?', 'Client: Three this week, mostly on the bus.'];

describe('a plan put as a question and taken up', () => {
  it('writes what the client agreed to, or declined, in the plan, and not the yes as history', () => {
    const n = note(...OPENING,
      'Therapist: Would you be willing to try the breathing exercise twice a day?', 'Client: Yes, I can do that.',
      'Therapist: How do you feel about starting sertraline?', "Client: I'd rather not.");
    expect(n.plan.split('\n')).toEqual(['Agreed to try the breathing exercise twice a day.', 'Declined starting sertraline.']);
    expect(n.subjective).not.toMatch(/can do that/);
  });

  it('leaves a proposal that names nothing ("happy to do that?") to the sentences that say what', () => {
    const n = note(...OPENING, 'Therapist: Are you happy to do that?', 'Client: Yes.');
    expect(n.plan).not.toMatch(/Agreed/);
  });

  it('reads a question that is not a proposal ("Would you like to tell me more?") as before', () => {
    const n = note(...OPENING, 'Therapist: Would you like to talk about the bus?', 'Client: Not really.');
    expect(n.plan).not.toMatch(/Declined/);
  });
});

describe('follow-up, homework and crisis plans said in passing', () => {
  it('writes "same time next Wednesday", the homework and the crisis line in the plan', () => {
    const n = note(...OPENING, 'Therapist: Homework this week is the thought diary.', 'Therapist: Same time next Wednesday at four.',
      'Therapist: And remember the crisis line number is on the card if things get really bad.', 'Client: Okay.');
    expect(n.plan).toMatch(/Homework this week is the thought diary/);
    expect(n.plan).toMatch(/Same time next Wednesday at four/);
    expect(n.plan).toMatch(/crisis line number is on the card/);
  });

  it('writes a request for something done before the next visit, and advice given as "my advice would be"', () => {
    const n = note(...OPENING, 'Therapist: Can you keep a panic diary for the next two weeks?', 'Client: Okay.',
      'Therapist: My advice would be to avoid caffeine after lunch.');
    expect(n.plan).toMatch(/^Keep a panic diary for the next 2 weeks\./m);
    expect(n.plan).toMatch(/My advice would be to avoid caffeine after lunch/);
    expect(note(...OPENING, 'Therapist: Can you take a deep breath for me?', 'Client: Okay.').plan).toBe('');
  });

  it('does not take a question about the crisis line for a plan', () => {
    expect(note(...OPENING, 'Therapist: Have you ever had to ring the crisis line?', 'Client: No.').plan).not.toMatch(/crisis line/);
  });
});
