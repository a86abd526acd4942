import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('the other side named in passing', () => {
  const knee = [
    'Nurse: Which knee did you twist?',
    'Patient: My right knee. I twisted the right knee stepping off the kerb this morning.',
    'Nurse: Any trouble with that knee before?',
    'Patient: Never that one. I twisted my left knee skiing in 2019 and had keyhole surgery on it.',
    'Nurse: The twisted right knee is swollen along the inner joint line. Bend the right knee for me.',
    'Patient: Ouch, that catches.',
    'Nurse: So the twisted right knee has an effusion and medial joint line tenderness.',
  ].join('\n');

  it('passes a history of the other side told in words only its own clause uses', () => {
    expect(reasons({ subjective: 'Twisted the left knee skiing in 2019, keyhole surgery afterwards.' }, knee)).toEqual([]);
  });

  it('still flags today\'s injury put on the side named only in passing', () => {
    expect(reasons({ subjective: 'Twisted the left knee stepping off the kerb this morning.' }, knee).join(' ')).toMatch(/left knee/);
  });

  const shoulder = [
    'Physio: Tell me about the shoulder.',
    'Client: Right shoulder, I fell off my bike on Sunday onto it.',
    'Physio: Hurt either shoulder before?',
    'Client: Fell on the left shoulder playing rugby as a teenager, it dislocated and popped back in at the hospital.',
    'Physio: The right shoulder you fell on, lift it for me... painful arc on the right shoulder between 70 and 120 degrees.',
    'Client: Yeah, there.',
    'Physio: And the right shoulder you fell on is tender over the top.',
  ].join('\n');

  it('reads the same way for another part and other words', () => {
    expect(reasons({ subjective: 'Fell on the left shoulder as a teenager at rugby, with a dislocation.' }, shoulder)).toEqual([]);
    expect(reasons({ objective: 'Painful arc on the left shoulder between 70 and 120 degrees.' }, shoulder).join(' ')).toMatch(/left shoulder/);
  });
});
