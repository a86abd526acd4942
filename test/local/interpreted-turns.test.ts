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
