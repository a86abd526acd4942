import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: what a clinician rightly writes from what was said in other words.
const findings = (note: Record<string, string>, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind).map((f) => f.claim);

describe('a weight said twice in one breath, the unit once', () => {
  const t = 'Nurse: Have you been weighing him?\nParent: He was 14 kilos at the last visit and on Saturday he was 15.\nNurse: Good.';

  it('gives the bare second value the unit of the first', () => {
    expect(findings({ objective: 'Weight 15 kg (parent\'s scales).' }, t, 'number')).toEqual([]);
  });

  it('still reports a weight neither value says', () => {
    expect(findings({ objective: 'Weight 17 kg.' }, t, 'number')).toHaveLength(1);
  });
});

describe('a share said in words', () => {
  const t = 'Physio: Reach up as far as you can.\nPatient: That is it.\nPhysio: So shoulder elevation is about half the other side.';

  it('is the percentage a note writes', () => {
    expect(findings({ objective: 'R shoulder elevation ~50% of L.' }, t, 'number')).toEqual([]);
  });

  it('is no other percentage, nor a half hour', () => {
    expect(findings({ objective: 'R shoulder elevation ~75% of L.' }, t, 'number')).toHaveLength(1);
  });
});

describe('a history cue at the end of a denied list', () => {
  const t = 'Doctor: Any bleeding from the back passage, losing weight, or any history of bowel cancer?\nPatient: No, nothing like that.';

  it('is denied with the list', () => {
    expect(findings({ subjective: 'No PR bleeding, weight loss or hx of bowel cancer.' }, t, 'diagnosis')).toEqual([]);
  });

  it('is still a history when nothing denies it', () => {
    expect(findings({ subjective: 'Has PR bleeding and weight loss, and hx of bowel cancer.' }, t, 'diagnosis')).not.toEqual([]);
  });
});

describe('an assessment a clinician infers from the talk', () => {
  it('reads a nerve root irritated as radiculopathy', () => {
    const t = 'Doctor: Where does it go?\nPatient: From my neck down into the right thumb.\nDoctor: That is the C6 nerve root being irritated, an irritated nerve root in your neck.';
    expect(findings({ assessment: 'R C6 radiculopathy.' }, t, 'diagnosis')).toEqual([]);
    expect(findings({ assessment: 'R C6 radiculopathy.' }, 'Doctor: Where does it hurt?\nPatient: Just the neck, it does not go anywhere.', 'diagnosis')).toHaveLength(1);
  });

  it('reads kilos lost as weight loss', () => {
    const t = 'Doctor: Any sickness on the semaglutide?\nPatient: A bit of nausea.\nDoctor: Has the weight changed?\nPatient: I have lost about four kilos since starting it.';
    expect(findings({ assessment: 'Nausea on semaglutide with 4 kg weight loss.' }, t, 'diagnosis')).toEqual([]);
    expect(findings({ assessment: 'Nausea on semaglutide with weight loss.' }, 'Doctor: Any sickness on the semaglutide?\nPatient: A bit of nausea.\nDoctor: Has the weight changed?\nPatient: No, steady.', 'diagnosis')).toHaveLength(1);
  });

  it('reads an injury after the activity the patient describes', () => {
    const t = 'Patient: I was digging the garden on Sunday and felt something go in my back.';
    expect(findings({ assessment: 'Mechanical low back pain following digging injury.' }, t, 'diagnosis')).toEqual([]);
    expect(findings({ assessment: 'Mechanical low back pain following rugby injury.' }, t, 'diagnosis')).toHaveLength(1);
  });

  it('does not read normal liver tests as a liver condition', () => {
    const t = 'Doctor: Your bloods were fine, the liver tests were normal and the kidneys too.';
    expect(findings({ assessment: 'Tolerating leflunomide; LFTs and U&E normal.' }, t, 'diagnosis')).toEqual([]);
  });
});
