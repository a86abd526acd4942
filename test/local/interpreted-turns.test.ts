import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isForeignSentence } from '../../src/local/interpreted-turns.js';
import { checkGrounding } from '../../src/grounding/index.js';

const VISIT = [
  'Dr. Patel: Please ask her what brings her in.',
  'Interpreter: ¿Qué la trae por aquí?',
  'Mrs. Lopez: Me duele el estómago después de comer.',
  'Interpreter: She says her stomach hurts after she eats.',
  'Dr. Patel: Any vomiting or fever?',
  'Interpreter: ¿Ha tenido vómito o fiebre?',
  'Mrs. Lopez: No, nada de eso.',
  'Interpreter: No, none of that.',
  'Dr. Patel: Please explain that I think this is most likely gallstones.',
  'Interpreter: El doctor piensa que probablemente son piedras en la vesícula.',
  "Dr. Patel: I'm ordering an ultrasound of the gallbladder.",
].join('\n');

describe('an interpreter-mediated visit', () => {
  const note = generateLocalNote(VISIT);

  it('writes nothing in another language, and the interpreter\'s renderings as the patient\'s account', () => {
    const all = [note.subjective, note.objective, note.assessment, note.plan].join('\n');
    expect(all).not.toMatch(/duele|nada|piensa|¿/);
    expect(note.subjective).toContain('Her stomach hurts after she eats.');
    expect(note.subjective).toMatch(/denies vomiting or fever/);
    expect(note.subjective).not.toMatch(/interpreter/i);
  });

  it('reads "please explain that…" as the clinician\'s own statement', () => {
    expect(note.assessment).toBe('I think this is most likely gallstones.');
    expect(note.plan).toContain('ultrasound of the gallbladder');
    expect(checkGrounding(note, VISIT)).toEqual([]);
  });

  it('tells a sentence in another language from English', () => {
    for (const s of ['Unas tres semanas.', 'Je suis très fatiguée depuis une semaine.', 'Ich habe seit zwei Tagen Fieber und bin müde.', '¿Desde cuándo?']) expect(isForeignSentence(s), s).toBe(true);
    for (const s of ['No, none of that.', 'I had a café latte and then the pain started.', 'Me too.', 'The patient is from El Paso.']) expect(isForeignSentence(s), s).toBe(false);
  });
});

describe('an interpreter speaking in the first person, the patient\'s turns only "[speaks Dari]" (round 5)', () => {
  const t = [
    'Psychiatrist: Can you ask him how his mood has been?',
    "Interpreter: He says his mood is very low. He doesn't enjoy anything anymore.",
    'Patient: [speaks Dari]',
    "Interpreter: I can't sleep, I wake at 2 or 3 every night.",
    "Interpreter: I'll ask him that again.",
    'Psychiatrist: He is casually dressed, makes little eye contact, and his speech is quiet and slow.',
    'Psychiatrist: No evidence of psychosis.',
    'Psychiatrist: I think he has a moderate depressive episode.',
    'Psychiatrist: I would like to start mirtazapine 15 mg at night.',
  ].join('\n');
  const n = generateLocalNote(t, { specialty: 'psychiatrist' });

  it('the first-person rendering is the patient\'s account, not a quote of the interpreter', () => {
    expect(n.subjective).toMatch(/can't sleep/);
    expect(n.subjective).not.toMatch(/interpreter states/i);
    expect(n.subjective).not.toContain('ask him that again');
  });

  it('the mental state said in the third person is Objective; the episode named is the Assessment', () => {
    expect(n.objective).toContain('casually dressed');
    expect(n.objective).toContain('No evidence of psychosis');
    expect(n.subjective).not.toContain('casually dressed');
    expect(n.assessment).toContain('depressive episode');
  });
});
