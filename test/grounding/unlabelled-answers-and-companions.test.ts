import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('answers in a transcript without speaker labels', () => {
  const t = 'So what has brought you in. I have had this cough for a week and it keeps me up. Any shortness of breath. No, not really. Any chest pain. Yes, a bit when I cough. Okay let me listen to your chest. It sounds clear.';

  it('reads the "no" after a question as its answer', () => {
    expect(reasons({ subjective: 'Cough for 1 week. Denies shortness of breath.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Cough for 1 week with shortness of breath.' }, t).join(' ')).toMatch(/shortness of breath/);
  });

  it('does not turn a "yes" into a denial', () => {
    expect(reasons({ subjective: 'Chest pain on coughing.' }, t)).toEqual([]);
  });
});

describe('a companion account given to the patient', () => {
  const t = [
    'Doctor: What has been happening with his sleep?',
    'Patient: I sleep fine, I think.',
    'Wife: He snores really loudly and stops breathing for a few seconds several times every night, then gasps.',
    'Doctor: Right. Any daytime sleepiness?',
    'Patient: I nod off in front of the television most evenings.',
  ].join('\n');

  it('passes the account given to the one who told it', () => {
    expect(reasons({ subjective: 'Wife reports he snores loudly and stops breathing for a few seconds several times every night, then gasps.' }, t)).toEqual([]);
  });

  it('flags the companion account given to the patient', () => {
    expect(reasons({ subjective: 'Pt reports he snores loudly and stops breathing for a few seconds several times every night, then gasps.' }, t).join(' ')).toMatch(/companion/);
  });

  it('passes what the patient said himself', () => {
    expect(reasons({ subjective: 'Pt reports nodding off in front of the television most evenings.' }, t)).toEqual([]);
  });
});
