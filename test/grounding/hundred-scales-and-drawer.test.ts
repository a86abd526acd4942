import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

// Invented exchanges.
describe('a rating on a scale named up to a hundred', () => {
  const t = [
    'Therapist: We will hold your hand over the dirty bin lid. Score your distress from zero to a hundred as we go.',
    'Client: Okay.',
    'Therapist: Touching it now. Score?',
    'Client: Eighty. My chest is tight.',
    'Therapist: Stay with it. And now?',
    'Client: Forty-five. It is easing off.',
  ].join('\n');

  it('reads the bare ratings as out of a hundred', () => {
    expect(reasons({ objective: 'Distress rose to 80/100 on touching the bin lid and eased to 45/100.' }, t)).toEqual([]);
  });

  it('still flags a rating that was never given', () => {
    expect(reasons({ objective: 'Distress rose to 90/100 on touching the bin lid and eased to 45/100.' }, t).join(' ')).toMatch(/90\/100/);
  });
});

describe('a drawer test done without its name', () => {
  const exam = (done: string) => `Doctor: Lie back and bend the knee for me. ${done} Now the kneecap, no tenderness there, no swelling, no warmth over the joint.`;

  it('reads pulling the shin forward as the drawer test', () => {
    expect(reasons({ objective: 'Anterior drawer: a little more give than the other knee, firm end point.' }, exam('I am sitting on your foot and pulling the shin forward, good firm stop.'))).toEqual([]);
  });

  it('still flags a drawer test never done', () => {
    expect(reasons({ objective: 'Anterior drawer: a little more give than the other knee, firm end point.' }, exam('Push your foot against my hand, good strength.')).join(' ')).toMatch(/drawer/);
  });
});
