import { describe, expect, it } from 'vitest';
import { isSceneObservation } from '../../src/local/scene-observations.js';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

// Invented scripts of home visits, typed to the screenplay page in two house styles: what the writer sets down between
// the cues is observed, the stage business is not.
describe('a script action sentence', () => {
  it('is an observation when it tells how things are or what was noticed', () => {
    expect(isSceneObservation('A stack of unpaid bills on the table.')).toBe(true);
    expect(isSceneObservation('The kitchen is bare, the heating off.')).toBe(true);
    expect(isSceneObservation('Joan notes he is short of breath on the stairs.')).toBe(true);
    expect(isSceneObservation('Dennis looks thin, his belt pulled to the last hole.')).toBe(true);
  });

  it('is stage business when someone does something, and no narrator speaks in the first person', () => {
    expect(isSceneObservation('Sam opens the cupboard.', ['SAM', 'JOAN'])).toBe(false);
    expect(isSceneObservation('He nods.')).toBe(false);
    expect(isSceneObservation('JOAN, the district nurse, kneels by the bed.', ['SAM', 'JOAN'])).toBe(false);
    // (a capitalised word that is no speaker's name opens a noun phrase)
    expect(isSceneObservation('Empty bottles under the sink.', ['SAM', 'JOAN'])).toBe(true);
    expect(isSceneObservation('I can see the damp on the wall.')).toBe(false);
    expect(isSceneObservation('FADE OUT.')).toBe(false);
  });
});

const cue = (name: string, deep = 26) => `${' '.repeat(deep)}${name}`;
const say = (words: string, deep = 12) => `${' '.repeat(deep)}${words}`;

describe('a paged script of a visit', () => {
  it('puts what its action lines show among the findings, and none of them in the history', () => {
    const text = [
      'INT. BASEMENT FLAT - AFTERNOON', '',
      'Damp on the bedroom wall. A stack of unpaid bills on the table.', '',
      cue('JOAN'), say('Hello Dennis, how have you been keeping since the hospital?'), '',
      cue('DENNIS'), say('Tired. My breathing is worse on the stairs.'), '',
      'Dennis looks thin, his belt pulled to the last hole. He sits down heavily.', '',
      cue('JOAN'), say('I will ask the GP to review your inhalers and refer you for a benefits check.'), '',
      cue('DENNIS'), say('Thank you, love.'),
    ].join('\n');
    const note = generateLocalNote(text);
    expect(note.objective).toMatch(/unpaid bills/);
    expect(note.objective).toMatch(/looks thin/i);
    expect(note.subjective).not.toMatch(/sits down|unpaid bills|looks thin/);
    expect(`${note.subjective} ${note.objective}`).not.toMatch(/sits down/);
    expect(checkGrounding(note, text)).toEqual([]);
  });

  it('reads the same way in a house style with tabs and a parenthesis under the cue', () => {
    const text = [
      'EXT. ALLOTMENT SHED - MORNING', '',
      'A camp bed inside the shed. Empty bottles under it.', '',
      '\t\t\tMAUREEN', '\t\t(kindly)', '\tYou have been sleeping out here, Ray?', '',
      '\t\t\tRAY', '\tSince the eviction. My feet are swollen and sore.', '',
      'Maureen notes his ankles are puffy and the skin is broken on the left heel.', '',
      '\t\t\tMAUREEN', '\tI will get the nurse to dress that heel today and find you a hostel bed.', '',
      '\t\t\tRAY', '\tAll right.',
    ].join('\n');
    const note = generateLocalNote(text);
    expect(note.objective).toMatch(/empty bottles/i);
    expect(note.objective).toMatch(/ankles are puffy/i);
    expect(note.subjective).not.toMatch(/camp bed|bottles/);
  });
});
