import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));
const opening = ['Doctor: What brings you in today?', 'Patient: My ankles have been swelling for two weeks.', 'Doctor: Which medicines do you take every day?'];

describe('a medicine named with a rising tone, unsure of the name', () => {
  it('is the patient\'s answer, after a "hang on" or "let me check"', () => {
    const n = note(...opening, 'Patient: Hang on. The water tablet, furosemide?', 'Doctor: Yes, that one.');
    expect(n.subjective).toMatch(/Medications: the water tablet, furosemide\./);
    expect(n.subjective).not.toMatch(/hang on/i);
    const checked = note(...opening, 'Patient: Let me check. Furosemide?', 'Doctor: Yes, that one.');
    expect(checked.subjective).toMatch(/Medications: furosemide\./);
    expect(checked.subjective).not.toMatch(/let the patient check/i);
  });

  it('stays a question when the patient asks about the medicine', () => {
    const n = note(...opening, 'Patient: Just the furosemide.', 'Doctor: Okay.', 'Patient: Should I stop the furosemide?');
    expect(n.subjective).not.toMatch(/should (?:i|the patient) stop/i);
    const choice = note(...opening, 'Patient: Furosemide or bumetanide?', 'Doctor: Furosemide, I think.');
    expect(choice.subjective).not.toMatch(/Furosemide or bumetanide\./);
  });

  it('leaves a clinician\'s "let me check" before an examination to the examination', () => {
    const n = note(...opening, 'Patient: Just the furosemide.', 'Doctor: Let me check your ankles.', 'Doctor: There is pitting oedema to mid shin.');
    expect(n.objective).toMatch(/pitting oedema to mid shin/);
  });
});
