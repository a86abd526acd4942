import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { readQualities } from '../../src/grounding/exam-qualities.js';
import { splitTokens } from '../../src/grounding/tokenize.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);
const read = (text: string) => readQualities(splitTokens(text)).map((r) => `${r.name}:${r.quality}`);

// Sentences follow the ACI-Bench dictated exams the checker is measured on.
describe('exam qualities: a function graded normal or not', () => {
  it('reads the quality nearest the function, turned over by a negation', () => {
    expect(read('Full range of motion, decreased sensation over the dorsum.')).toEqual(['range of motion:normal', 'sensation:abnormal']);
    expect(read('Strength 5/5 bilaterally. No loss of sensation.')).toEqual(['strength:normal', 'sensation:normal']);
    expect(read('Reflexes are not diminished.')).toEqual(['reflexes:normal']);
    expect(read('your heart is nice and regular . he has a history of heart failure')).toEqual(['rhythm:normal']);
  });

  it('catches "regular rate and rhythm" turned irregular, and "full range of motion" turned decreased', () => {
    const t = "[doctor] on your heart exam your heart is a nice regular rate and rhythm i do n't appreciate any murmurs . on your right knee exam you have full range of motion .";
    expect(kinds({ objective: 'Heart: Regular rate and rhythm. Right knee: Full range of motion.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Heart: Irregular rate and rhythm.' }, t)).toEqual(['exam']);
    expect(kinds({ objective: 'Right knee: Decreased range of motion.' }, t)).toEqual(['exam']);
  });

  it('catches "sensation intact" turned diminished, and the reverse', () => {
    expect(kinds({ objective: 'Sensation diminished in the left hand.' }, '[doctor] sensation is intact in the left hand .')).toEqual(['exam']);
    expect(kinds({ objective: 'Sensation intact in the left hand.' }, '[doctor] you have decreased sensation in the left hand .')).toEqual(['exam']);
  });

  it('leaves a grade on another movement, another place, or a question alone', () => {
    const t = '[doctor] you have little bit of limited range of motion on extension not on flexion .';
    expect(kinds({ objective: 'Full range of motion with flexion.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Sensation diminished in the left hand.' }, '[doctor] sensation is intact in the right foot , and your left shoulder moves well .')).toEqual([]);
    expect(kinds({ objective: 'Decreased ROM.' }, '[doctor] and it that you have a full range of motion does it hurt a lot')).toEqual([]);
    expect(kinds({ objective: 'Full range of motion.' }, '[doctor] is there any decreased range of motion do you feel')).toEqual([]);
  });

  it('reads a grip as strength: "you have good hand grips" is contradicted by a weak grip', () => {
    const t = '[doctor] there is no tenderness at the acromioclavicular joint you have good hand grips alright .';
    expect(read('Good hand grip. Weak grip on the left.')).toEqual(['strength:normal', 'strength:abnormal']);
    expect(kinds({ objective: 'Good hand grip.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Weak hand grip.' }, t)).toContain('exam');
  });
});

