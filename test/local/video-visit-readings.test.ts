import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { spokenNumberToDigits } from '../../src/local/spoken-numbers.js';

// Visits written for these tests (invented patients): a video review of an older man's heart failure with his wife
// holding the devices, and a phone call through an interpreter about a toddler's croup.
const visit = (specialty: string, ...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty });

const HF = [
  'Dr Osei: Hello Mr Finch, how have the ankles been this week?',
  'Mr Finch: Puffier, doctor, and I get breathless on the stairs.',
  'Mrs Finch: He has put on weight too, about two kilos.',
];

describe('readings taken during a video or phone visit', () => {
  it('opens the exam with "could you show me" and keeps how the patient looks as a finding', () => {
    const n = visit('physician', ...HF, 'Dr Osei: Could you show me his ankles on the camera?', 'Mrs Finch: Here.',
      'Dr Osei: He looks comfortable at rest. There is swelling up to the mid shin on both sides.');
    expect(n.objective).toMatch(/looks comfortable/);
    expect(n.objective).toMatch(/swelling up to the mid shin/);
  });

  it('reads a meter the family still has, asked with "do you still have", as a finding under its name', () => {
    const n = visit('physician', ...HF, 'Dr Osei: Let me count his breathing. I\'m counting. His breathing rate is about 20 a minute.',
      'Dr Osei: Do you still have the oximeter from the ward?', 'Mrs Finch: Yes, it is on his finger now. It says 93.');
    expect(n.objective).toMatch(/Oxygen saturation[^.\n]*93%/);
  });

  it('reads a pulse given digit by digit as the pulse, never as a pain score', () => {
    const n = visit('physician', ...HF, 'Dr Osei: I\'m counting. His breathing rate is about 20 a minute.', 'Dr Osei: And the number for the heart rate?', 'Mrs Finch: One zero eight.');
    expect(n.objective).toMatch(/Pulse 108/);
    expect(`${n.subjective}\n${n.objective}`).not.toMatch(/Pain \d+\/10/);
  });

  it('reads "one zero eight" and "one oh eight" alike', () => {
    expect(spokenNumberToDigits('one zero eight')).toBe('108');
    expect(spokenNumberToDigits('one oh eight')).toBe('108');
    expect(spokenNumberToDigits('zero')).toBe('0');
  });

  it('writes what the clinician asks an interpreter to pass on, after a name, as the clinician\'s own judgement', () => {
    const n = visit('physician', 'Dr Lind: How is Omar today?', 'Interpreter Sara: She says the barking cough is better, no fever.',
      'Dr Lind: Let me listen. I can\'t hear any stridor.', 'Dr Lind: Sara, please tell Mum: the croup from Monday has settled, which is good news.',
      'Dr Lind: Come back if he has noisy breathing at rest.');
    expect(n.assessment).toMatch(/croup from Monday has settled/);
    expect(n.assessment).not.toMatch(/please tell/i);
  });
});
