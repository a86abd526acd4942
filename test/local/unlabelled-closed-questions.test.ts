import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A visit pasted a turn a line with no labels, whose clinician asks closed questions that name no "you".
describe('a line ending on a closed question that names no "you"', () => {
  const note = generateLocalNote([
    'Morning, take a seat. You must be Tom?',
    'Yes, that is me.',
    'I hear your ear has been bothering you?',
    'It has, for about five days now, the left one.',
    'Does it come and go? Worse lying down, better sitting?',
    'Worse lying down, definitely. It throbs and keeps me awake half the night.',
    'That sounds miserable. Is it helping, the paracetamol?',
    'It dulls it for an hour or two, no more.',
    'Let me check a couple of things first. Anything else in your past health I should know?',
    'Only the grommets as a boy. Nothing since.',
    'Let me look in the ear. The left eardrum is red and bulging.',
    'This is a middle ear infection, otitis media. I will give you amoxicillin 500 mg three times a day for five days.',
  ].join('\n'), { specialty: 'physician' });

  it('reads the line after "Does it…?" as the answer', () => {
    expect(note.subjective).toMatch(/Worse lying down, definitely/);
  });

  it('reads the line after "Is it helping…?" as the answer', () => {
    expect(note.subjective).toMatch(/dulls it for an hour or two/);
    expect(note.objective).not.toMatch(/dulls it/);
  });

  it('reads the line after "Anything else…?" as the answer', () => {
    expect(note.subjective).toMatch(/Only the grommets as a boy/);
  });

  it("keeps the clinician's own lines the clinician's", () => {
    expect(note.subjective).not.toMatch(/sounds miserable/);
    expect(note.objective).toMatch(/eardrum is red and bulging/);
    expect(note.plan).toMatch(/amoxicillin 500 mg/);
  });
});
