import { describe, expect, it } from 'vitest';
import { rewriteClinicianSpeech } from '../../src/local/rewrite-person.js';

describe("the practice's \"we\" of ongoing care", () => {
  it('is written as the care the patient receives', () => {
    expect(rewriteClinicianSpeech("we're treating your asthma", undefined)).toBe('the patient is being treated for asthma');
    expect(rewriteClinicianSpeech("We've been treating your gout with allopurinol.", undefined)).toMatch(/^the patient has been treated for gout with allopurinol\.$/i);
  });

  it("leaves a clinician's own plan to treat alone", () => {
    expect(rewriteClinicianSpeech("we're treating it with a cream", undefined)).not.toMatch(/being treated/);
    expect(rewriteClinicianSpeech("we'll treat your eczema with a cream", undefined)).not.toMatch(/being treated/);
  });
});
