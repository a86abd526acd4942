import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A relative calling an advice line: what to do while help comes is the plan, however it opens.
describe('instructions a nurse gives a caller before the ambulance', () => {
  const n = generateLocalNote([
    'Nurse: Advice line, you are speaking to Ana. What is happening?',
    "Caller: It's my dad. His left arm has gone weak and his speech is slurred, since about ten minutes ago.",
    "Nurse: I'm worried your dad is having a stroke. Please call 999 now.",
    "Nurse: While you wait, note the time it started, don't let him eat or drink anything, and don't drive him in yourself.",
    'Nurse: Jot down his tablets for the crew.',
    'Caller: Okay.',
  ].join('\n'), { specialty: 'registered_nurse' });

  it('keeps each instruction, "note" and "jot" included', () => {
    expect(n.plan).toMatch(/note the time it started, don't let him eat or drink anything, and don't drive him/i);
    expect(n.plan).toContain('Jot down his tablets for the crew.');
  });
});

// Speech and language therapy: the therapist says what she heard in the session, then names the delay.
describe("what a therapist observed in the session, and a developmental delay named", () => {
  const n = generateLocalNote([
    'Therapist: How has Mia been with her talking?',
    "Mum: She talks a lot but strangers can't understand her.",
    "Therapist: That's what I've been hearing today. She's dropping the ends of words, so cat is ca and dog is do. She's got about 50 words and she's putting two words together.",
    "Therapist: So her understanding is good, but she has a phonological delay for her age.",
    "Therapist: I'll see you again in 8 weeks.",
    'Mum: Thanks.',
  ].join('\n'), { specialty: 'slp' });

  it('writes the observations under Objective and the named disorder under Assessment', () => {
    expect(n.objective).toMatch(/got about 50 words/);
    expect(n.subjective).not.toMatch(/50 words/);
    expect(n.assessment).toMatch(/phonological delay/);
  });
});

// A pre-operative visit: the clinician states what the visit is for; that is the reason for the visit.
describe('the reason for a visit said by the clinician', () => {
  const n = generateLocalNote([
    "Doctor: Hello, I'm seeing you today before your hip replacement on Monday. Any heart or lung problems?",
    'Patient: No, just high blood pressure, I take amlodipine.',
    "Doctor: Your chest sounds clear. Blood pressure is 132/80. You're fit for surgery.",
    'Doctor: Keep taking the amlodipine on the morning of surgery.',
  ].join('\n'), { specialty: 'physician' });

  it('keeps it in the history', () => {
    expect(n.subjective).toMatch(/before their hip replacement on Monday/);
  });
});

// A video review: the readings the patient took for this visit are its vitals; the current dose is history.
describe('readings taken for a remote visit, and the medicine the clinician says the patient has been on', () => {
  const n = generateLocalNote([
    "Doctor: Hi Sam. So it's been six weeks on lisinopril 10 milligrams. How are you finding it?",
    'Patient: Fine, no cough or dizziness.',
    'Doctor: Were you able to check your blood pressure and weight before the call?',
    'Patient: Yes, blood pressure was 138/86, pulse 72, and I weigh 90 kilos.',
    "Doctor: That's still above target. I'd like to increase the lisinopril to 20 milligrams.",
    "Doctor: We'll review in 4 weeks.",
  ].join('\n'), { specialty: 'physician' });

  it('writes the readings under Objective and the dose taken so far under Subjective', () => {
    expect(n.objective).toMatch(/138\/86 mmHg, pulse 72 bpm/);
    expect(n.subjective).not.toMatch(/138\/86/);
    expect(n.subjective).toMatch(/6 weeks on lisinopril 10 mg/);
  });
});

describe('safety-netting named as such', () => {
  it('is plan, whatever follows "things to look out for"', () => {
    const n = generateLocalNote([
      'Doctor: What brings you in?',
      "Patient: I've had tummy pain for two days and I feel a bit sick.",
      "Doctor: This could be a urine infection. I'll send a urine sample off.",
      'Doctor: Things to look out for would be worsening tummy pain, feeling really hot or sweaty, or vomiting.',
      'Patient: Okay.',
    ].join('\n'), { specialty: 'physician' });
    expect(n.plan).toMatch(/Things to look out for would be worsening tummy pain/);
    expect(n.subjective).not.toMatch(/look out for/);
  });
});

describe('return precautions that open with "otherwise" or want the patient seen', () => {
  const n = generateLocalNote([
    'Doctor: What brings you in?',
    "Dad: She's been limping since yesterday, no fall.",
    "Doctor: I think this is an irritable hip. Give her ibuprofen for two days.",
    "Doctor: The important thing: if she won't walk at all or gets a fever, I want her seen the same day.",
    'Dad: Okay.',
    "Doctor: Otherwise, if she's not better in 48 hours, bring her back.",
  ].join('\n'), { specialty: 'physician' });

  it('writes both under Plan', () => {
    expect(n.plan).toMatch(/I want her seen the same day/);
    expect(n.plan).toMatch(/Otherwise, if she's not better in 48 hours, bring her back/);
    expect(n.assessment).not.toMatch(/seen the same day/);
  });
});

describe('a hearing loss named by the audiologist', () => {
  it('is the assessment', () => {
    const n = generateLocalNote([
      'Audiologist: What brings you in?',
      "Patient: I can't follow conversations in restaurants.",
      'Wife: Is it just selective hearing?',
      "Audiologist: Not just selective hearing, no. This is a hearing loss that's partly age related.",
      "Audiologist: I'd recommend hearing aids for both ears.",
    ].join('\n'), { specialty: 'generic' });
    expect(n.assessment).toMatch(/hearing loss that's partly age related/);
  });
});

describe('an emergency visit with the daughter and a nurse', () => {
  const n = generateLocalNote([
    "Dr Shah: What's happened today?",
    "Daughter: Dad's been confused since this morning and he's had a fever.",
    'Nurse Amy: Temperature 38.9, heart rate 118, blood pressure 92/60.',
    "Dr Shah: Priya, your dad has sepsis, most likely from his chest.",
    'Dr Shah: Amy, can we get blood cultures and a lactate, then a fluid bolus.',
  ].join('\n'), { specialty: 'physician' });

  it('reads the condition told to the relative as the assessment, and an order asked of a colleague as plan', () => {
    expect(n.assessment).toMatch(/has sepsis/);
    expect(n.plan).toMatch(/blood cultures and a lactate/);
    expect(n.objective).not.toMatch(/blood cultures/);
  });
});
