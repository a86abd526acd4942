import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: a drug the patient says they have stopped.
describe('a drug the patient said they stopped', () => {
  const asked = 'Doctor: Are you still on the tramadol?\nPatient: No, I stopped that last month, it made me dizzy.';
  const named = 'Patient: I came off the sertraline in March, I felt flat on it.\nDoctor: Okay.';
  const anymore = 'Nurse: What about the naproxen?\nPatient: Not taking it anymore. The pharmacist said no with my kidneys.';

  it('catches the history having it taken now', () => {
    expect(kinds({ subjective: 'Taking tramadol at night for the pain.' }, asked)).toContain('contradiction');
    expect(kinds({ subjective: 'Currently on sertraline 50 mg.' }, named)).toContain('contradiction');
    expect(kinds({ subjective: 'Still using naproxen for the knee.' }, anymore)).toContain('contradiction');
  });

  it('leaves the history that says it was stopped', () => {
    expect(kinds({ subjective: 'Stopped tramadol last month (dizziness).' }, asked)).toEqual([]);
    expect(kinds({ subjective: 'Previously on sertraline; came off in March.' }, named)).toEqual([]);
    expect(kinds({ subjective: 'No longer taking naproxen.' }, anymore)).toEqual([]);
  });

  it('leaves a drug the clinician put back', () => {
    const restarted = `${asked}\nDoctor: Let's restart the tramadol at a lower dose, fifty at night.`;
    expect(kinds({ subjective: 'Taking tramadol at night.' }, restarted)).not.toContain('contradiction');
  });
});
