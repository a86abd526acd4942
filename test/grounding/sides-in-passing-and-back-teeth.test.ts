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

describe('a side before "back" and a part', () => {
  it('reads "upper left back tooth" as a side of the tooth, in the note and in the conversation', () => {
    const t = 'Dentist: Where is it sore?\nPatient: The upper left back tooth, it aches when I bite.\nDentist: Okay, I see a cracked cusp there.';
    expect(reasons({ subjective: 'Aching upper left back tooth on biting.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Aching upper right back tooth on biting.' }, t).join(' ')).toMatch(/right back tooth/);
  });

  it('reads it when the side is said apart from the part too', () => {
    const t = '>> Which one is bothering you?\n>> Down at the bottom, the back molar on the left side.\n>> Right, let me have a look.';
    expect(reasons({ subjective: 'Pain in the lower left back molar.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Pain in the lower right back molar.' }, t).join(' ')).toMatch(/right back molar/);
  });

  it('still reads "left back pain" as the back', () => {
    const t = 'Patient: My lower back hurts on the left.\nDoctor: Any leg pain?\nPatient: No.';
    expect(reasons({ subjective: 'Left back pain, no leg pain.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Right back pain, no leg pain.' }, t).join(' ')).toMatch(/right back/);
  });
});
