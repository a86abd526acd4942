import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

describe('closed-caption ">>" speaker-change markers', () => {
  it('drops the marker before a label', () => {
    const r = readTranscript('>> DR. SHAH: What brings you in?\n>> PATIENT: My ear hurts.\n>> DR. SHAH: Any discharge?\n>> PATIENT: No.');
    expect(r.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'patient']);
    expect(r.turns[1]!.text).toBe('My ear hurts.');
  });

  it('reads unlabelled marked lines as two alternating speakers, roles from what they say', () => {
    const n = generateLocalNote([
      '>> Hello, what can I do for you today?',
      ">> I've had a sore throat for four days and a fever.",
      '>> Any cough?',
      '>> No cough.',
      '>> Let me look. Your tonsils are swollen with white patches. Temperature is 38.4.',
      '>> Is it serious?',
      ">> This looks like tonsillitis. I'll prescribe penicillin for 10 days.",
      '>> Thank you.',
    ].join('\n'));
    expect(n.subjective).toMatch(/sore throat for 4 days/);
    expect(n.objective).toMatch(/tonsils are swollen/);
    expect(n.assessment).toMatch(/tonsillitis/);
    expect(n.plan).toMatch(/penicillin/);
    expect(n.subjective).not.toMatch(/>>/);
  });
});
