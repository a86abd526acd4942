import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { loadDevset } from '../eval/devset.js';

const HERE = join(import.meta.dirname, 'non-clinical');
/** Texts with no clinical encounter in them: a recipe, a budget meeting, a support chat, sprint notes, lorem ipsum. */
const WRITTEN = readdirSync(HERE).map((f) => [f, readFileSync(join(HERE, f), 'utf8')] as const);
/** And files people point the tool at by mistake: the project's own package.json and source code. */
const FILES = ['package.json', 'src/local/index.ts', 'src/local/build-local-note.ts', 'tsconfig.json'].map((f) => [f, readFileSync(f, 'utf8')] as const);

describe('a text with no clinical encounter gives an empty note (issue 13, point 8)', () => {
  it.for([...WRITTEN, ...FILES])('%s: all four sections empty, no evidence', ([, text]) => {
    const note = generateLocalNote(text, { specialty: 'physician', patientSummary: true });
    expect([note.subjective, note.objective, note.assessment, note.plan]).toEqual(['', '', '', '']);
    expect(Object.values(note.evidence).flat()).toEqual([]);
    expect(note.patient_summary).toBe('');
  });

  it('a few words of clinical talk are still an encounter', () => {
    for (const text of [
      'Doctor: Any allergies?\nPatient: Penicillin.',
      'Patient seen for a sore throat for 2 days. Rapid strep positive. Amoxicillin 500 mg twice a day for 10 days.',
      'Nurse: What can I do for you?\nCaller: My son has had a fever of 102 since last night.',
    ]) {
      expect(hasClinicalContent(text), text).toBe(true);
      expect(generateLocalNote(text).subjective + generateLocalNote(text).plan).not.toBe('');
    }
  });

  it('every encounter of the development set passes the gate', () => {
    const refused = loadDevset().filter((e) => !hasClinicalContent(e.transcript)).map((e) => e.id);
    expect(refused).toEqual([]);
  });
});
