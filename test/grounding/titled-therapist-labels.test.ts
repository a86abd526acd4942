import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A physiotherapy visit written for this test: the therapist's label carries the abbreviation as a role in parentheses
// ("Name (PT):") beside a "Patient:" label, so "PT" there is the therapist, not a second patient.
const findings = (note: Record<string, string>, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind).map((f) => f.claim);

const t = [
  '**Marta (PT):** How has the shoulder been since last time?',
  '**Patient:** Easier. I can reach the top shelf now.',
  '**Marta (PT):** Good. We will carry on twice a week for another three weeks, and I will add a band exercise.',
  '**Patient:** Sounds fine.',
].join('\n\n');

describe('a therapist labelled "Name (PT)" beside a patient label', () => {
  it('is the clinician who carries the course of sessions on', () => {
    expect(findings({ plan: 'Continue PT twice weekly for 3 more weeks; band exercise added.' }, t, 'plan')).toEqual([]);
  });

  it('still leaves a test nobody spoke of a finding', () => {
    expect(findings({ plan: 'Continue PT twice weekly for 3 more weeks; shoulder MRI ordered.' }, t, 'plan')).not.toEqual([]);
  });
});
