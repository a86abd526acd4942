import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

const speakers = (t: string) => readTranscript(t).speakers;

describe('a label with a note of how the person joined', () => {
  it('reads "Brother (on speakerphone):" and later "Brother:" as one speaker', () => {
    const t = ['Nurse: Can you hear us all right?', 'Brother (on speakerphone): Yes, loud and clear.', 'Patient: My hip still aches at night.',
      'Brother: She hardly sleeps, to be honest.', 'Nurse: Thanks, that helps.'].join('\n');
    expect(speakers(t)).toEqual({ Nurse: 'clinician', Patient: 'patient', Brother: 'other' });
  });

  it('drops other channel notes too: "(via video link)", "(by telephone)", "(joining remotely)"', () => {
    const t = ['Doctor: Morning all.', 'Granddaughter (via video link): Hi, I can see you.', 'Patient: The cough is no better.',
      'Granddaughter: He coughs all night.', 'Carer (by telephone): I noticed it too.', 'Carer: Mostly after meals.',
      'Uncle (joining remotely): Should he stop the tablets?', 'Uncle: Just asking.'].join('\n');
    expect(Object.keys(speakers(t)).sort()).toEqual(['Carer', 'Doctor', 'Granddaughter', 'Patient', 'Uncle']);
  });

  it('keeps a role in parentheses, which says who the person is', () => {
    const t = ['Leila (interpreter): He says the pain is worse.', 'Doctor: Where exactly?', 'Leila (interpreter): Lower back, on the left.',
      'Patient: Here.', 'Jo (school nurse): I saw him limping on Monday.'].join('\n');
    const keys = Object.keys(speakers(t));
    expect(keys).toContain('Leila (interpreter)');
    expect(keys).toContain('Jo (school nurse)');
  });
});
