import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: who told it, what the patient denied, and an exam item graded.
const findings = (note: Record<string, string>, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind).map((f) => f.claim);

describe('a street drug the patient denied', () => {
  const t = 'Nurse: Do you smoke, or use any drugs like cocaine?\nPatient: I vape a bit. No cocaine, no drugs at all.';

  it('is not used, whatever the note says', () => {
    expect(findings({ subjective: 'Vapes; uses cocaine at weekends.' }, t, 'history')).toHaveLength(1);
  });

  it('raises nothing when denied, or given as the past', () => {
    expect(findings({ subjective: 'Vapes; no cocaine or other drugs.' }, t, 'history')).toEqual([]);
    expect(findings({ subjective: 'Vapes; ex-cocaine user.' }, t, 'history')).toEqual([]);
  });
});

describe('a father in the family history where the partner, not a parent, speaks', () => {
  const t = 'Doctor: Anyone in the family with heart trouble?\nPatient: No, just my sister with asthma.\nJo: Sorry, can I add, she snores terribly.\nPatient: That is Jo, my partner.';

  it('is a relative the conversation never mentions', () => {
    expect(findings({ subjective: 'FH: sister asthma; father had an MI aged 50.' }, t, 'history')).not.toEqual([]);
  });

  it('leaves the relatives said alone', () => {
    expect(findings({ subjective: 'FH: sister has asthma.' }, t, 'history')).toEqual([]);
  });
});

describe('an informant outside the family', () => {
  const t = 'Doctor: How is the concentration?\nPatient: Better. My teacher says I am handing homework in now.';

  it('must be one the conversation names', () => {
    expect(findings({ subjective: 'Teacher reports homework now handed in.' }, t, 'attribution')).toEqual([]);
    expect(findings({ subjective: 'Football coach reports homework now handed in.' }, t, 'attribution')).toHaveLength(1);
  });
});

describe('an exam item graded by how much', () => {
  const t = 'Doctor: For the record, she was calm and settled, no psychomotor retardation, no flight of ideas.';

  it('is contradicted where the examiner denied it', () => {
    expect(findings({ objective: 'Calm and settled, marked psychomotor retardation.' }, t, 'exam')).toHaveLength(1);
    expect(findings({ objective: 'Calm and settled, no psychomotor retardation.' }, t, 'exam')).toEqual([]);
    expect(findings({ objective: 'Calm and settled, mild tremor of both hands.' }, t, 'exam')).toEqual([]);
  });
});
