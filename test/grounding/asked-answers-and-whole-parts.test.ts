import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe('a complaint reported or denied "when asked"', () => {
  const breath = 'Doctor: Any shortness of breath with all this?\nPatient: No, my breathing is fine.\nDoctor: Good.';
  const sick = 'Nurse: Has there been any vomiting?\nMother: Yes, twice in the night, after his milk.\nNurse: Okay.';

  it('reads what was answered as the claim', () => {
    expect(reasons({ subjective: 'Reported shortness of breath when asked.' }, breath)).toMatch(/shortness of breath/);
    expect(reasons({ subjective: 'Denied vomiting upon being asked.' }, sick)).toMatch(/vomiting/);
  });

  it('passes the answer given, and still reads advice to ask as a hedge', () => {
    expect(reasons({ subjective: 'Denied shortness of breath when asked.' }, breath)).toBe('');
    expect(reasons({ subjective: 'Reported vomiting upon being asked.' }, sick)).toBe('');
    expect(reasons({ plan: 'Asked to ring back if any shortness of breath.' }, breath)).toBe('');
  });
});

describe('a complaint closed by "denied" and how the answer was had', () => {
  const breath = 'Doctor: Any shortness of breath with all this?\nPatient: No, my breathing is fine.\nDoctor: Good.';
  const sick = 'Nurse: Has there been any vomiting?\nMother: Yes, twice in the night, after his milk.\nNurse: Okay.';

  it('reads the complaint as denied', () => {
    expect(reasons({ subjective: 'Vomiting denied on direct questioning.' }, sick)).toMatch(/vomiting/);
    expect(reasons({ subjective: 'Shortness of breath denied when asked.' }, breath)).toBe('');
  });

  it('leaves a denial held to a condition alone', () => {
    expect(reasons({ subjective: 'Vomiting denied after solids; reported after milk.' }, sick)).toBe('');
  });
});

describe('a part seen whole, written as torn', () => {
  const ear = 'Doctor: Looking down the canal now. The eardrum is intact, no discharge behind it.\nPatient: That is a relief.';
  const heel = 'Physio: I will squeeze your calf. Your foot moves, so the Achilles tendon is intact.\nPatient: It still hurts at the back.';

  it('flags a quality written after the part that the conversation says the opposite of', () => {
    expect(reasons({ objective: 'Otoscopy: eardrum perforated.' }, ear)).toMatch(/intact/);
    expect(reasons({ objective: 'Calf squeeze: Achilles tendon ruptured.' }, heel)).toMatch(/intact/);
  });

  it('passes the quality said, and the torn part said torn', () => {
    expect(reasons({ objective: 'Otoscopy: eardrum intact.' }, ear)).toBe('');
    expect(reasons({ objective: 'Achilles tendon intact on calf squeeze.' }, heel)).toBe('');
    expect(reasons({ objective: 'Eardrum perforated.' }, 'Doctor: The eardrum is perforated, a small hole at the front.\nPatient: Oh.')).toBe('');
  });
});
