import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

// Invented dictations and exchanges.
describe('a relative who told something, in a dictation', () => {
  const t = [
    'Dictation for the shoulder clinic. Mrs. Ferreira is a sixty-year-old retired cleaner with right shoulder',
    'pain for two months. Her son drove her in today and he tells me she has stopped hanging out the washing',
    'because she cannot lift her arm above her head. On exam there is painful abduction from sixty degrees.',
  ].join('\n');

  it('passes the relative the dictation names', () => {
    expect(reasons({ subjective: 'Son reports she has stopped hanging out the washing as she cannot lift her arm overhead.' }, t)).toEqual([]);
  });

  it('flags another relative said to have told it', () => {
    expect(reasons({ subjective: 'Husband reports she has stopped hanging out the washing as she cannot lift her arm overhead.' }, t).join(' ')).toMatch(/husband/);
  });
});

describe('the passive wish asked with the risk screen', () => {
  const t = [
    'Nurse: Have you felt at all that your life is not worth living, these last weeks?',
    'Patient: No, never. I have my grandchildren.',
  ].join('\n');

  it('passes the denial', () => {
    expect(reasons({ subjective: 'Denies feeling her life is not worth living.' }, t)).toEqual([]);
  });

  it('flags the wish affirmed', () => {
    expect(reasons({ subjective: 'Reports feeling at times that her life is not worth living.' }, t).join(' ')).toMatch(/worth living/);
  });
});
