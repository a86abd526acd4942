import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const exam = (note: { subjective?: string; objective?: string }, transcript: string) => checkGrounding(note, transcript).filter((f) => f.kind === 'exam');

describe('a part named by its place in a row', () => {
  const hand = [
    'Doctor: Where is the swelling?',
    'Patient: The ring finger on my right hand, by the knuckle.',
    'Doctor: Yes, the fourth finger is puffy at the middle joint. The thumbnail looks fine.',
  ].join('\n');

  it('catches another place than the one the conversation gives the part', () => {
    expect(exam({ objective: 'Swelling of the right third finger at the PIP joint.' }, hand)).toHaveLength(1);
  });

  it('supports the place said, in its number or its everyday name', () => {
    expect(exam({ objective: 'Swelling of the right fourth finger at the PIP joint.' }, hand)).toEqual([]);
    expect(exam({ objective: 'Right ring finger swollen.' }, hand)).toEqual([]);
  });

  it('leaves a part the conversation never places', () => {
    const foot = ['Podiatrist: Where does it rub?', 'Patient: On a toe on the left, the shoe presses it.'].join('\n');
    expect(exam({ objective: 'Corn over the left second toe.' }, foot)).toEqual([]);
  });
});
