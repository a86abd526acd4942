import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { expandNoteShorthand } from '../../src/grounding/note-shorthand.js';

const note = (s: Partial<Record<'subjective' | 'objective' | 'assessment' | 'plan', string>>) => ({ subjective: '', objective: '', assessment: '', plan: '', ...s });
const kinds = (n: ReturnType<typeof note>, t: string) => checkGrounding(n, t).map((f) => f.kind);

const EAR = [
  'Doctor: Morning. What brings you in today?',
  'Patient: My right ear has been hurting for three days and it feels blocked.',
  'Doctor: Any fever?',
  'Patient: No fever.',
  'Doctor: Let me have a look. The right eardrum is red and bulging. The left one looks normal. This is an ear infection.',
  "Doctor: I'll give you amoxicillin 500 mg three times a day for five days. If it's not better in three days, come back.",
].join('\n');

const CALL = [
  'Nurse: Hi, this is the nurse line. What is going on today?',
  "Caller: I've got burning when I pee.",
  'Nurse: How long has it been going on? Any fever or back pain?',
  'Caller: 2 days. No fever, no back pain.',
  "Nurse: It sounds like a bladder infection. I'll send you to the clinic today for a urine test.",
].join('\n');

const REHAB = [
  "Therapist: How's the knee since last week?",
  'Dave: Better. I can do the stairs now.',
  "Therapist: That's expected, you're about eight weeks after the surgery.",
  'Therapist: For this week add step-downs, three sets of ten, every day. See you next Tuesday.',
].join('\n');

describe('a note written in shorthand is read in words before it is checked', () => {
  it('reads sides, parts, durations, frequencies and visit words', () => {
    expect(expandNoteShorthand('R TM erythematous. L TM normal.')).toBe('right tympanic membrane erythematous. left tympanic membrane normal.');
    expect(expandNoteShorthand('Dysuria x2 days.')).toBe('Dysuria for 2 days.');
    expect(expandNoteShorthand('~8 wks s/p ACL repair')).toBe('about 8 weeks status post ACL repair');
    expect(expandNoteShorthand('SLS R 20 s, L 30 s')).toBe('single leg stance right 20 seconds, left 30 seconds');
    expect(expandNoteShorthand('Amoxicillin 500 mg PO TID')).toBe('Amoxicillin 500 mg by mouth three times a day');
    expect(expandNoteShorthand('ibuprofen 400 mg q6h prn; RTC 2 wks')).toBe('ibuprofen 400 mg every 6 hours as needed; return to clinic in 2 weeks');
  });

  it('leaves litres, rule-outs and shorthand the transcript itself has as written', () => {
    expect(expandNoteShorthand('O2 2 L via NC. R/O PE.')).toBe('O2 2 L via NC. R/O PE.');
    expect(expandNoteShorthand('ibuprofen 600 mg q.6 h.', 'take ibuprofen 600 mg q.6 h. with food')).toBe('ibuprofen 600 mg q.6 h.');
  });

  it('catches a side swapped in shorthand, and passes the sides as said', () => {
    expect(kinds(note({ objective: 'R TM erythematous and bulging. L TM normal.' }), EAR)).toEqual([]);
    expect(kinds(note({ objective: 'L TM erythematous and bulging. R TM normal.' }), EAR)).toContain('laterality');
    expect(kinds(note({ objective: 'R TM erythematous and bulging. L TM dull and retracted.' }), EAR)).toContain('laterality');
  });

  it('compares a duration given to a medical term with the time the patient gave in lay words', () => {
    expect(kinds(note({ subjective: 'Dysuria x2 days. Denies fever or flank pain.' }), CALL)).toEqual([]);
    expect(kinds(note({ subjective: 'Dysuria x2 weeks. Denies fever or flank pain.' }), CALL)).toContain('number');
  });

  it('times an operation from "the surgery", and checks a weekday against the days said', () => {
    expect(kinds(note({ subjective: '~8 wks s/p ACL reconstruction.', plan: 'Add step-downs 3x10 daily. RTC next Tuesday.' }), REHAB)).toEqual([]);
    expect(kinds(note({ subjective: '~12 wks s/p ACL reconstruction.' }), REHAB)).toContain('number');
    expect(kinds(note({ plan: 'RTC next Thursday.' }), REHAB)).toContain('plan');
    // A visit that names no day leaves the note's scheduling alone.
    expect(kinds(note({ plan: 'Return Thursday for the result.' }), EAR)).toEqual([]);
  });
});

describe('frequencies in British shorthand and in tablets a day', () => {
  const LAX = "Doctor: I'll prescribe Laxido sachets, one a day, and codeine thirty milligrams up to four times a day.";
  it('reads "OD" as the "one a day" said, and "BD" as twice a day', () => {
    expect(kinds(note({ plan: 'Laxido 1 sachet OD.' }), LAX)).toEqual([]);
    expect(kinds(note({ plan: 'Laxido 1 sachet BD.' }), LAX)).toContain('number');
  });
});
