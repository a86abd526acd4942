import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// PriMock57-style consultations (CC BY 4.0): a complaint's time said in the patient's own words, other times around it.
describe("a history's duration is compared with the times the conversation gives that complaint", () => {
  const diarrhoea = [
    'Doctor: So tell me, what brings you in today?',
    'Patient: I have had diarrhoea, it is quite watery.',
    'Doctor: OK. And how long has this been going on?',
    "Patient: Uh, it's been happening for about, three days now?",
    'Doctor: And how many times a day are you going to the toilet?',
    'Patient: Maybe four or five times a day.',
    'Doctor: OK. My brother had the same, he had diarrhoea for two days.',
    'Doctor: let us see how you are in the next one to two days.',
  ].join('\n');

  it('catches a duration the complaint was not given, though the same number is said of something else', () => {
    expect(kinds({ subjective: 'Diarrhoea for 3 days.' }, diarrhoea)).toEqual([]);
    expect(kinds({ subjective: 'Diarrhoea for 2 days.' }, diarrhoea)).toEqual(['number']);
  });

  it('reads the complaint in either register: "loose stools" in the note, "diarrhoea" in the talk', () => {
    expect(kinds({ subjective: 'Loose stools for 2 days.' }, diarrhoea)).toEqual(['number']);
    expect(kinds({ subjective: 'Loose stools x3 days.' }, diarrhoea)).toEqual([]);
  });

  it("leaves a duration of something the timeline does not name, a plan's time, and a range at the timeline's end", () => {
    const unwell = [
      "Patient: I've been feeling kind of under the weather for the past four days.",
      'Doctor: And the sore throat, how long?',
      'Patient: It was quite painful for two or three days.',
    ].join('\n');
    expect(kinds({ subjective: '4/7 hx of generally unwell, mainly sore throat and runny nose.' }, unwell)).toEqual([]);
    expect(kinds({ subjective: 'Sore throat for 4 days.' }, unwell)).toEqual(['number']);
    expect(kinds({ subjective: 'Sore throat for 3-4 days.' }, unwell)).toEqual([]);
    expect(kinds({ plan: 'If 2 days without diarrhoea, may return to work.' }, diarrhoea)).toEqual([]);
  });

  it('holds a vague time to the complaint\'s own times, and a time said with its own complaint is not the question\'s', () => {
    const t = "[doctor] any nausea ?\n[patient] i was nauseous for two days , but that was because i was sitting in the back of a car .\n[patient] my knee has hurt for a few weeks .";
    expect(kinds({ subjective: 'He states he was nauseous for a couple of weeks.' }, t)).toEqual(['number']);
    expect(kinds({ subjective: 'He states he was nauseous for a couple of days. Knee pain for 3 weeks.' }, t)).toEqual([]);
  });

  it('gives each time the complaint of its own stretch of the sentence', () => {
    const t = "Patient: I've had this cough for about six weeks now.\nDoctor: And any blood when you cough?\nPatient: Just the last few days, streaks of blood when I cough stuff up.";
    expect(kinds({ subjective: "It's been 6 weeks, and the last few days he has seen streaks of blood when he coughs stuff up." }, t)).toEqual([]);
  });
});

describe('a duration worked out from a day the conversation gives', () => {
  it('takes "started on the weekend" and "since last weekend" as support for a few days, and not for a month', () => {
    const weekend = "Patient: The cough started on the weekend, and I've had a headache for two weeks.";
    expect(checkGrounding({ subjective: '3/7 hx of cough' }, weekend)).toEqual([]);
    expect(checkGrounding({ subjective: '1/12 hx of cough' }, weekend).map((f) => f.kind)).toEqual(['number']);
    const sister = "Patient: I've had this cough since last weekend. My sister had a cold for three days.";
    expect(checkGrounding({ subjective: 'Cough for 1 week' }, sister)).toEqual([]);
  });

  it('leaves the complaint\'s own count to decide when the conversation gives one', () => {
    const t = 'Patient: The cough started on Monday, so about three days ago.';
    expect(checkGrounding({ subjective: '3/7 hx of cough' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: '5/7 hx of cough' }, t).map((f) => f.kind)).toEqual(['number']);
  });
});

describe('GP shorthand for two complaints', () => {
  it('reads "3/7 hx of D&V" as a time of diarrhoea and vomiting (here given by "since Saturday")', () => {
    const t = "Patient: I've had diarrhoea and I've been sick since Saturday.\nDoctor: Anyone else unwell?\nPatient: My husband had it for two days.";
    expect(checkGrounding({ subjective: 'PC: 3/7 hx of D&V' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'PC: 3/7 hx of D&V' }, "Patient: I've had diarrhoea and I've been sick.\nPatient: I have two children, it's been two days of this.").map((f) => f.kind)).toEqual(['number']);
    const counted = 'Patient: The diarrhoea and vomiting started three days ago.';
    expect(checkGrounding({ subjective: 'PC: 3/7 hx of D&V' }, counted)).toEqual([]);
    expect(checkGrounding({ subjective: 'PC: 6/7 hx of D&V' }, counted).map((f) => f.kind)).toEqual(['number']);
  });
});

// MTS-Dialog, tune half (set 2): the week is said of the dark urine, which the concept table does not hold.
describe('a duration of several complaints may be the time of one the concept table does not hold', () => {
  const jaundice = [
    'Doctor: Hello! I would like to get some background on what brings you in today. What symptoms have you been having?',
    'Patient: I am exhausted. I get lightheaded when I stand up. My family noticed that my skin and eyes are yellow. I have not been feeling well. I had a fever about a week ago. There has been a few nights where I woke up all sweaty with chills.',
    'Doctor: Have you had any trouble drinking or eating?',
    'Patient: Yeah. I have not been able to eat normally for that last three to four weeks. I lost twenty six pounds.',
    'Doctor: Can you tell me or show me where the pain is coming from?',
    'Patient: It comes and goes. It hurts all around my stomach. Oh, my pee has been a vary dark color for about a week now.',
  ].join('\n');

  it('is supported by the time said of that complaint in the statement\'s own words', () => {
    expect(kinds({ subjective: 'He complained of fatigue and dark urine for one week.' }, jaundice)).toEqual([]);
  });

  it('is still a finding when no complaint of the statement has that time', () => {
    expect(kinds({ subjective: 'He complained of fatigue and dark urine for two weeks.' }, jaundice)).toEqual(['number']);
    expect(kinds({ subjective: 'He complained of fatigue and dark urine for 5 days.' }, jaundice)).toEqual(['number']);
  });
});
