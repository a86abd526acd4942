import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('a time of day', () => {
  it('passes the hour the conversation gives, morning or afternoon unsaid, and flags another', () => {
    const t = 'Carer: I found him on the kitchen floor at about nine o\'clock when I came in.\nMedic: And he was fine last night?';
    expect(reasons({ subjective: 'Found on the kitchen floor at about 9 am by his carer.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Found on the kitchen floor at 21:00 by his carer.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Found on the kitchen floor at about 4 pm by his carer.' }, t).join(' ')).toMatch(/4 pm/);
  });

  it('reads hours said bare after "at", and half past', () => {
    const t = 'Patient: I had the tablet at six, then the rash came up at half past seven.\nPharmacist: Any swelling of the lips?';
    expect(reasons({ subjective: 'Took the tablet at 6 pm; rash from 7:30 pm.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Took the tablet at 11 am.' }, t).join(' ')).toMatch(/11 am/);
  });

  it('leaves a time alone when the conversation never tells the clock', () => {
    const t = 'Doctor: When did the pain start?\nPatient: This morning, after breakfast. About four pints last night too.';
    expect(reasons({ subjective: 'Pain since 8 am, after breakfast.' }, t)).toEqual([]);
  });
});
