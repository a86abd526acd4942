import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: an examiner asks for a manoeuvre in plain words and dictates the rest of the leg exam.
describe('a straight leg raise asked for in plain words', () => {
  const exam = (asked: string) => `Physio: ${asked} Good. On exam the knee is a bit swollen, no redness, no warmth, tender over the joint line, no crepitus.`;

  it('reads the manoeuvre as done', () => {
    expect(kinds({ objective: 'Straight leg raise without pain.' }, exam('Lift the leg straight up for me, as high as is comfortable.'))).toEqual([]);
    expect(kinds({ objective: 'SLR negative on the left.' }, exam('Now raise your left leg, keep it straight, all the way up.'))).toEqual([]);
    expect(kinds({ objective: 'Straight leg raise intact.' }, exam('Can you lift that straight leg off the bed?'))).toEqual([]);
  });

  it('still catches a manoeuvre the examiner never asked for', () => {
    expect(kinds({ objective: 'Straight leg raise without quad lag.' }, exam('Bend the knee as far as you can for me.'))).toContain('exam');
  });
});
