import { describe, expect, it } from 'vitest';
import { dropStageDirections } from '../../src/local/stage-directions.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('a transcriber\'s direction that opens a sentence', () => {
  it('is taken out, however the channel or manner is written', () => {
    expect(dropStageDirections('(through the interpreter) I get breathless on the hill.')).toBe('I get breathless on the hill.');
    expect(dropStageDirections('(via INT) My knees ache in the cold.')).toBe('My knees ache in the cold.');
    expect(dropStageDirections('Okay. (quietly) The bleeding came back twice.')).toBe('Okay. The bleeding came back twice.');
    expect(dropStageDirections('(dictating for the record) Abdomen soft.')).toBe('Abdomen soft.');
  });

  it('leaves a name, a value or a direction that is the whole turn', () => {
    expect(dropStageDirections('(Maria) I feel dizzy.')).toBe('(Maria) I feel dizzy.');
    expect(dropStageDirections('(2 tablets) twice a day.')).toBe('(2 tablets) twice a day.');
    expect(dropStageDirections('(responds in Somali)')).toBe('(responds in Somali)');
    expect(dropStageDirections('The pain is worse (mostly at night).')).toBe('The pain is worse (mostly at night).');
  });

  it('lets the answer behind it be read as the patient\'s', () => {
    const s = generateLocalNote([
      'Nurse: Who is at home with you these days?',
      'Patient: (via interpreter) I live with my daughter, she works nights.',
      'Nurse: And how far can you walk?',
      'Patient: (through INT) About fifty yards, then my chest gets tight.',
    ].join('\n')).subjective;
    expect(s).not.toMatch(/via interpreter|through INT/i);
    expect(s).toMatch(/daughter/);
    expect(s).toMatch(/fifty yards|50 yards/);
  });
});
