import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = Parameters<typeof checkGrounding>[0];
const kinds = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

// Invented exchanges, none from a benchmark set.
describe('a weekday said with a possessive', () => {
  const t = 'Nurse: Your reading at Friday\'s clinic was higher. I will phone you on Tuesday with the results.';
  it('counts "Friday\'s clinic" as naming Friday', () => {
    expect(kinds({ objective: 'BP higher at Friday\'s clinic.', plan: 'Phone Tuesday with results.' }, t)).toEqual([]);
  });
  it('still catches a day never named', () => {
    expect(kinds({ plan: 'Phone Wednesday with results.' }, t)).toContain('plan');
  });
});

describe('weight gain told as a gain of kilos or pounds', () => {
  const t = 'Doctor: You were 70 kilos last month and 73 today, so a gain of 3 kilos. Patient: My ankles are swollen.';
  it('supports "weight gain" in the assessment', () => {
    expect(kinds({ assessment: 'Ankle swelling with 3 kg weight gain.' }, t)).not.toContain('diagnosis');
  });
  it('leaves a conversation with no gain unsupported', () => {
    const flat = 'Doctor: You were 70 kilos last month and 70 today. Patient: My ankles are swollen.';
    expect(kinds({ assessment: 'Ankle swelling with weight gain.' }, flat)).toContain('diagnosis');
  });
});

describe('a course of sessions the clinician books with themselves', () => {
  const t = 'Therapist: Good work on the shoulder today. We will see you twice a week for the next month.';
  it('leaves the service named in the plan with the rate said', () => {
    expect(kinds({ plan: 'OT twice a week for 4 weeks.' }, t)).not.toContain('plan');
  });
  it('still names a service nobody booked', () => {
    const other = 'Doctor: Good work on the shoulder today. Keep the sling on and rest it.';
    expect(kinds({ plan: 'OT twice a week for 4 weeks.' }, other)).toContain('plan');
  });
});

describe('one drug\'s frequency written for another', () => {
  const t = 'Doctor: Still the bisoprolol 5 milligrams once a day? Patient: Yes. Doctor: And the gabapentin 300 milligrams three times a day? Patient: Yes, that one too.';
  it('catches the other drug\'s count', () => {
    expect(reasons({ subjective: 'Meds: bisoprolol 5 mg once daily, gabapentin 300 mg once daily.' }, t)).toMatch(/gabapentin/);
  });
  it('leaves each drug with its own count', () => {
    expect(kinds({ subjective: 'Meds: bisoprolol 5 mg once daily, gabapentin 300 mg three times daily.' }, t)).toEqual([]);
  });
});

describe('a count per period', () => {
  const t = 'Doctor: How many headaches this week? Patient: Four. Doctor: Four this week. And cola? Patient: Three a day, sometimes more. Doctor: Try to get that down to one a day.';
  it('catches the count moved to another period', () => {
    expect(kinds({ subjective: 'Headaches 4 per day.' }, t)).toContain('number');
  });
  it('catches a thing counted per day with another number', () => {
    expect(kinds({ subjective: 'Drinks 6 colas a day.' }, t)).toContain('number');
  });
  it('leaves the counts said', () => {
    expect(kinds({ subjective: 'Headaches 4 this week. Drinks 3 colas a day.', plan: 'Cut cola to 1 per day.' }, t)).toEqual([]);
  });
});

describe('a part of a whole', () => {
  const t = 'Therapist: Did you do the breathing practice? Client: Three out of five workdays. I skipped the busy ones.';
  it('catches another part of the same whole', () => {
    expect(kinds({ subjective: 'Breathing practice done 5 of 5 workdays.' }, t)).toContain('number');
  });
  it('leaves the part said', () => {
    expect(kinds({ subjective: 'Breathing practice done 3 of 5 workdays.' }, t)).toEqual([]);
  });
});

describe('an age remarked on in reply to talk of age', () => {
  const t = 'Patient: My knees hurt, they are just getting old. Doctor: Eighty two and still gardening every day. Let me look at them.';
  it('catches another age', () => {
    expect(kinds({ subjective: '86-year-old woman with knee pain.' }, t)).toContain('number');
  });
  it('leaves the age said', () => {
    expect(kinds({ subjective: '82-year-old woman with knee pain.' }, t)).toEqual([]);
  });
});
