import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { expandNoteShorthand } from '../../src/grounding/note-shorthand.js';
import { normaliseTokens } from '../../src/grounding/tokenize.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('strength grades said the short way', () => {
  const transcript = 'Doctor: Squeeze my fingers. Grip strength on the left I would call 4 out of 5. Now the right. The right is a 5.\nPatient: The left has been weak since the stroke.';

  it('reads a bare grade after another grade out of five as out of five', () => {
    expect(reasons({ objective: 'Grip strength 4/5 L, 5/5 R.' }, transcript)).toEqual([]);
  });

  it('reads a bare grade in a turn about power as out of five', () => {
    const power = 'Doctor: Push up against my hand, power in the ankle is good, I would give that a 5.\nPatient: It feels fine.';
    expect(reasons({ objective: 'Ankle dorsiflexion power 5/5.' }, power)).toEqual([]);
  });

  it('still flags a grade the conversation never gives', () => {
    expect(reasons({ objective: 'Grip strength 3/5 L, 5/5 R.' }, transcript).join(' ')).toMatch(/3\/5/);
  });

  it('does not read a bare value after a grade out of five as a pain rating', () => {
    const mixed = 'Doctor: How bad is the pain out of ten?\nPatient: 3.\nDoctor: Hip abduction is 4 out of 5 on the right, and on the left it is a 5.';
    expect(reasons({ subjective: 'Hip pain 3/10.' }, mixed)).toEqual([]);
    expect(reasons({ subjective: 'Hip pain 5/10.' }, mixed).join(' ')).toMatch(/5\/10/);
  });
});

describe('times read within their sentence', () => {
  it('does not read "before then" of the next sentence as a past time', () => {
    const t = 'Nurse: I will see you again in four weeks. Before then, please weigh yourself every morning.\nPatient: OK.';
    expect(reasons({ plan: 'Review in 4 weeks; daily weights.' }, t)).toEqual([]);
    expect(reasons({ plan: 'Review in 8 weeks; daily weights.' }, t).join(' ')).toMatch(/8 weeks/);
  });
});

describe('doses at two times of day', () => {
  const t = 'Doctor: How are you taking the naproxen?\nPatient: The naproxen, one tablet with breakfast and one at bedtime.';

  it('reads a morning and a night dose as twice a day', () => {
    expect(reasons({ subjective: 'Naproxen 1 tab BD.' }, t)).toEqual([]);
  });

  it('still flags three times a day', () => {
    expect(reasons({ subjective: 'Naproxen 1 tab TDS.' }, t).join(' ')).toMatch(/3 times a day/);
  });
});

describe('temperature written as T', () => {
  it('reads "T 38.9" as a temperature and leaves a vertebra alone', () => {
    expect(expandNoteShorthand('T 38.9, HR 96.')).toBe('temp 38.9, HR 96.');
    expect(expandNoteShorthand('T99.1 F')).toBe('temp 99.1 F');
    expect(expandNoteShorthand('T10 wedge fracture; T 12 tender.')).toBe('T10 wedge fracture; T 12 tender.');
  });

  it('reads a decimal said bare, of nothing else, as the temperature it is', () => {
    const t = 'Doctor: Let me pop this in your ear... thirty-seven point eight. Now open wide.\nMum: He felt hot last night.';
    expect(reasons({ objective: 'T 37.8.' }, t)).toEqual([]);
  });

  it('flags a changed temperature and passes the said one', () => {
    const t = 'Doctor: Your temperature is 37.4 and your pulse is 88.\nPatient: I felt hot last night.';
    expect(reasons({ objective: 'T 37.4, HR 88.' }, t)).toEqual([]);
    expect(reasons({ objective: 'T 39.2, HR 88.' }, t).join(' ')).toMatch(/39.2/);
  });
});

describe('cause words and findings after a diagnostic cue', () => {
  it('does not read "multifactorial" as a condition', () => {
    const t = 'Doctor: I think the falls come from a mix of things: your blood pressure drops when you stand, and your eyesight is poor.\nPatient: Makes sense.';
    expect(reasons({ assessment: 'Recurrent falls, likely multifactorial: postural drop and poor vision.' }, t)).toEqual([]);
  });

  it('reads a finding after a cue in the everyday words it was told in', () => {
    const t = 'Nurse: The wound is oozing quite a lot, and the skin around it is soggy and white.\nPatient: It leaks through by lunchtime.';
    expect(reasons({ assessment: 'Periwound maceration secondary to exudate.' }, t)).toEqual([]);
  });

  it('still flags a condition the conversation never comes near', () => {
    const t = 'Nurse: The wound is oozing quite a lot.\nPatient: It leaks through by lunchtime.';
    expect(reasons({ assessment: 'Wound leak secondary to osteomyelitis.' }, t).join(' ')).toMatch(/osteomyelitis/);
  });
});

describe('spoken decimals', () => {
  it('joins only digits as written after a lead word, never a number word after a full stop', () => {
    expect(normaliseTokens('it measured about . 5 centimetres', { lenient: true }).join(' ')).toContain('0.5');
    expect(normaliseTokens('more than I would like. Three glasses most nights', { lenient: true }).join(' ')).not.toContain('0.3');
  });
});
