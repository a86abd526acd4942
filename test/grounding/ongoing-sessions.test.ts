import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: the clinician giving the sessions never names the service.
describe('a course of sessions the visit is part of', () => {
  const knee = 'Therapist: Good work today. We will keep going twice a week for another three weeks.';
  const shoulder = 'Clinician: Let us carry on with weekly sessions until the end of the month and then review.';
  const hand = 'Therapist: Six more sessions, once a week, and you should have the grip back.';

  it('leaves the note continuing it under the service\'s name', () => {
    expect(kinds({ plan: 'Continue PT twice weekly for 3 weeks.' }, knee)).toEqual([]);
    expect(kinds({ plan: 'Continue physiotherapy weekly, review at month end.' }, shoulder)).toEqual([]);
    expect(kinds({ plan: 'Continue occupational therapy once a week.' }, hand)).toEqual([]);
  });

  it('still catches a service that was only added', () => {
    expect(kinds({ plan: 'Refer to physical therapy.' }, knee)).toContain('plan');
    const noCourse = 'Doctor: Take ibuprofen with food for a week and come back if it is no better.';
    expect(kinds({ plan: 'Continue PT twice weekly.' }, noCourse)).toContain('plan');
    expect(kinds({ plan: 'Start acupuncture weekly.' }, shoulder)).toContain('plan');
  });
});
