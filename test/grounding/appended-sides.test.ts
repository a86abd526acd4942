import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe('a side set after a comma at the end of a diagnosis', () => {
  const wrist = 'Doctor: Any injuries to this arm before?\nPatient: I broke my left wrist as a kid, years back.\nDoctor: The film today shows a displaced distal radius fracture of the right wrist.\nPatient: Brilliant.';
  const knee = 'Patient: I had a left knee sprain playing rugby, years ago now.\nDoctor: Today it is a medial collateral ligament sprain of the right knee, grade one.\nPatient: How long off training?\nDoctor: Keep the right knee strapped for a fortnight.';

  it('passes the side the conversation gives the finding', () => {
    expect(reasons({ assessment: 'Displaced distal radius fracture, right.' }, wrist)).toBe('');
    expect(reasons({ assessment: 'Grade 1 medial collateral ligament sprain of the knee, right.' }, knee)).toBe('');
  });

  it('flags the other side, even where that side came up about something else', () => {
    expect(reasons({ assessment: 'Displaced distal radius fracture, left.' }, wrist)).toMatch(/right/);
    expect(reasons({ assessment: 'Grade 1 medial collateral ligament sprain of the knee, left; rest from training.' }, knee)).toMatch(/right knee/);
  });

  it('leaves the side said in passing to what was said of it', () => {
    expect(reasons({ subjective: 'Old wrist fracture, left, broke it as a kid.' }, wrist)).toBe('');
    expect(reasons({ subjective: 'Previous knee sprain, left, playing rugby.' }, knee)).toBe('');
  });
});
