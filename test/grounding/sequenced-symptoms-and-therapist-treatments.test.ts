import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const kinds = (note: Note, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind);

describe('a complaint ordered before another event', () => {
  const visit = ['Doctor: Does anything come before the dizzy spells, a ringing, a fullness in the ear?', 'Patient: No, no ringing at all. No nausea either.'].join('\n');

  it('is a claim of now, which a denial contradicts', () => {
    expect(kinds({ subjective: 'Nausea before the dizzy spells.' }, visit, 'negation')).toHaveLength(1);
  });

  it('leaves a complaint said to have been had before', () => {
    expect(kinds({ subjective: 'Has had nausea before.' }, visit, 'negation')).toEqual([]);
  });
});

describe("a manual or traditional therapist's treatment the plan names", () => {
  const visit = ['Physio: Today we did soft tissue work on the calf and some ankle mobilisations.', 'Patient: Felt good.', 'Physio: Same again next week.'].join('\n');

  it('must be one the conversation mentions', () => {
    expect(kinds({ plan: 'Soft tissue work to the calf, then cupping over the calf.' }, visit, 'plan')).toHaveLength(1);
    expect(kinds({ plan: 'Soft tissue work to the calf; shockwave therapy to the Achilles.' }, visit, 'plan')).toHaveLength(1);
  });

  it('is left alone where the conversation says it', () => {
    const cupped = visit.replace('some ankle mobilisations', 'a few minutes of cupping');
    expect(kinds({ plan: 'Soft tissue work to the calf, then cupping over the calf.' }, cupped, 'plan')).toEqual([]);
  });
});

describe('the material a tooth is filled with', () => {
  const visit = ['Dentist: I have put a temporary dressing in that tooth for now.', 'Patient: Okay.'].join('\n');

  it('is not a lasting one where only a temporary filling was placed', () => {
    expect(kinds({ plan: 'Amalgam filling placed in the lower molar.' }, visit, 'plan')).toHaveLength(1);
    const white = ['Dentist: I will do a white filling, tooth coloured, on that one.', 'Patient: Good.'].join('\n');
    expect(kinds({ plan: 'Composite filling placed.' }, white, 'plan')).toEqual([]);
  });
});

describe('whose idea a change was', () => {
  const own = ['Nurse: Are you still on the water tablet?', "Patient: I stopped it last week, no one told me to, it had me up all night.", 'Nurse: Right.'].join('\n');
  const told = ['Nurse: Are you still on the water tablet?', 'Patient: No, the consultant told me to stop it last week.', 'Nurse: Right.'].join('\n');

  it('is the patient\'s where they say so, not a clinician\'s advice', () => {
    expect(kinds({ subjective: 'Stopped furosemide last week on the cardiologist\'s advice.' }, own, 'contradiction')).toHaveLength(1);
    expect(kinds({ subjective: 'Stopped furosemide last week on his own initiative.' }, told, 'contradiction')).toHaveLength(1);
  });

  it('agrees where the note gives the source the patient gave', () => {
    expect(kinds({ subjective: 'Stopped furosemide last week on his own initiative.' }, own, 'contradiction')).toEqual([]);
    expect(kinds({ subjective: 'Stopped furosemide last week on the consultant\'s advice.' }, told, 'contradiction')).toEqual([]);
  });
});

describe('"before" that opens a clause of its own', () => {
  it('still marks history: "never twisted it before she slipped"', () => {
    const visit = ['Doctor: Have you twisted this knee before?', 'Patient: Yes, twice, playing netball.'].join('\n');
    expect(kinds({ subjective: 'Has never twisted this knee before she slipped on the stairs.' }, visit, 'negation')).toEqual([]);
  });
});
