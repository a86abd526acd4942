import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Sentences and wording follow the ACI-Bench and PriMock57 styles the checker is measured on.
describe('numbers are compared with the same quantity, not the same digits', () => {
  const transcript = [
    '[doctor] so we checked your hemoglobin a1c and it came back at eight .',
    '[doctor] and you are on lisinopril ten milligrams and metformin five hundred milligrams twice a day .',
    '[patient] yes , and i take lasix twenty milligrams .',
  ].join('\n');

  it('catches a changed lab value even when the new digits are said about something else', () => {
    expect(kinds({ objective: 'Hemoglobin A1c is elevated at 8.' }, transcript)).toEqual([]);
    const [finding] = checkGrounding({ objective: 'Hemoglobin A1c is elevated at 10.' }, transcript);
    expect(finding).toMatchObject({ kind: 'number', reason: '"hemoglobin a1c 10" is not what the transcript says for a1c (it says a1c 8)', lines: [1] });
  });

  it('catches a dose the transcript gives for another drug', () => {
    expect(kinds({ plan: 'Continue Lasix 20 mg daily.' }, transcript)).toEqual([]);
    expect(checkGrounding({ plan: 'Continue lisinopril 20 mg daily.' }, transcript)[0]?.reason).toBe('"20 mg" of lisinopril is not in the transcript: it says 20 mg of furosemide');
  });

  it('reads a number said twice as one number: "six hundred six hundred milligrams" is 600 mg', () => {
    const said = '[doctor] i want you to take ibuprofen six hundred six hundred milligrams with food .';
    expect(kinds({ plan: 'Ibuprofen 600 mg with food.' }, said)).toEqual([]);
    expect(kinds({ plan: 'Ibuprofen 800 mg with food.' }, said)).toEqual(['number']);
  });

  it('does not take a follow-up interval as support for a duration, nor the reverse', () => {
    const t = '[patient] the cough started about three days ago .\n[doctor] let us see you back in two weeks .';
    expect(kinds({ subjective: 'Cough for 3 days.', plan: 'Follow up in 2 weeks.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Follow up in 3 days.' }, t)).toEqual(['number']);
  });

  it('leaves ages the conversation never states (they come from the chart) but catches a different stated age', () => {
    expect(kinds({ subjective: 'James is a 57-year-old male with back pain.' }, '[patient] my back hurts .')).toEqual([]);
    expect(kinds({ subjective: 'James is a 75-year-old male with back pain.' }, '[doctor] james is a 57 year old male with back pain .')).toEqual(['number']);
  });

  it('accepts a range said in words and a score given on the scale question', () => {
    const t = '[doctor] how bad is the pain on a scale of one to ten ?\n[patient] maybe five , well , six , six probably .\n[patient] it hurt for a couple of hours .';
    expect(kinds({ subjective: 'Pain 6/10. Pain lasted 2-3 hours.' }, t)).toEqual([]);
  });
});

describe('numbers tied to what they are said of, and said as people say them', () => {
  it('a duration said of nothing in particular early on is the complaint\'s; another time said of it is a rival', () => {
    const t = [
      '[patient] i was golfing and i hurt my back when i went for my backswing .',
      '[patient] this was saturday morning .',
      '[doctor] okay . so , about four days ago ?',
      '[patient] yeah .',
      '[doctor] and how long have you had diabetes ?',
      '[patient] about ten years .',
      '[doctor] i want to see you again in a couple weeks .',
    ].join('\n');
    expect(kinds({ subjective: 'He hurt his back golfing approximately 4 days ago.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'He hurt his back golfing approximately 8 days ago.' }, t)).toEqual(['number']);
    expect(kinds({ subjective: 'He hurt his back golfing approximately 4 weeks ago.' }, t)).toEqual(['number']);
  });

  it('a range in a history needs each end said; a follow-up range is met by a time inside it', () => {
    const t = '[patient] the ulcer has been there for about six to eight weeks .\n[doctor] i will see you in four days .';
    expect(kinds({ subjective: 'Ulcer present for 6 to 8 weeks.', plan: 'Review in 3-5 days.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Ulcer present for 7 to 8 weeks.' }, t)).toEqual(['number']);
  });

  it('"twenty plus years", "four or so years", ".6" and a number inside a name', () => {
    const t = '[doctor] how many years did you smoke for ?\n[patient] twenty plus years , and i stopped four or so years ago .\n[doctor] your psa is , uh , .6 , and keep taking indole-3-carbinol .';
    expect(kinds({ subjective: 'Smoked for 20 years, stopped 4 years ago.', objective: 'PSA 0.6 ng/mL.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Continue Indole-3-carbinol.' }, t)).toEqual([]);
  });

  it('a weight given in the other unit, and an approximate value for the one said', () => {
    const t = "[doctor] you've lost about three and a half pounds .\n[doctor] you do have a low-grade fever of about a hundred . four right now .";
    expect(kinds({ plan: 'She is about 1.5 kg down in weight.', objective: 'Low-grade fever of about 100.' }, t)).toEqual([]);
    expect(kinds({ plan: 'She is about 3 kg down in weight.' }, t)).toEqual(['number']);
  });

  it('a lab said in other words: "the bad was 153" supports "LDL 153"', () => {
    const t = '[doctor] your total cholesterol was 222 . the good cholesterol was about 44 . the bad was 153 .';
    expect(kinds({ objective: 'Total cholesterol 222 mg/dL, HDL 44 mg/dL, LDL 153 mg/dL.' }, t)).toEqual([]);
  });
});

describe('durations said without a number', () => {
  const transcript = [
    '[doctor] any surgeries in the past ?',
    '[patient] yeah , i had a kidney transplant about three years ago for my polycystic kidneys .',
    '[doctor] and how long have you had the lower back pain ?',
    '[patient] the lower back pain started maybe five days ago .',
  ].join('\n');

  it('a vague time in another unit than the one said of the same thing is caught', () => {
    expect(kinds({ subjective: 'He had a kidney transplant a few years ago for polycystic kidneys.' }, transcript)).toEqual([]);
    expect(kinds({ subjective: 'He had a kidney transplant a few months ago for polycystic kidneys.' }, transcript)).toEqual(['number']);
    expect(kinds({ subjective: 'He reports lower back pain for a few days.' }, transcript)).toEqual([]);
    expect(kinds({ subjective: 'He reports lower back pain for the past several weeks.' }, transcript)).toEqual(['number']);
  });

  it('a frequency, a limit, an expectation or a time said of nothing in the note is not a duration claim', () => {
    expect(kinds({ plan: 'Stretches for the back twice a day for the back pain.' }, transcript)).toEqual([]);
    expect(kinds({ plan: 'If the back pain goes on for more than a week, return.' }, transcript)).toEqual([]);
    expect(kinds({ assessment: 'His back pain should improve over a few weeks.' }, transcript)).toEqual([]);
    expect(kinds({ subjective: 'Normal blood tests when checked a few years ago.' }, transcript)).toEqual([]);
  });

  it('"several weeks" said is met by the note\'s "several weeks" or "a few weeks"', () => {
    const t = '[doctor] how long have you had the itchy rash ?\n[patient] the itchy rash , several weeks now .';
    expect(kinds({ subjective: 'Itchy rash for several weeks.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Itchy rash for a few weeks.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Itchy rash for a few years.' }, t)).toEqual(['number']);
  });
});

describe('follow-up intervals, limits and ranges around one value', () => {
  it('a follow-up is compared with the times said of the next visit, not a test ordered for later', () => {
    const t = [
      "[doctor] and i wan na go ahead and order another hemoglobin a1c in a couple weeks , or , i'm sorry , a couple months .",
      "[doctor] i wan na see you again in a couple weeks , okay ?",
    ].join('\n');
    expect(kinds({ plan: 'The patient will follow-up in 2 weeks.' }, t)).toEqual([]);
    expect(kinds({ plan: 'The patient will follow-up in 2 months.' }, t)).toEqual(['number']);
  });

  it('a next visit "in a month" is the note\'s 4 weeks; "see me in 10 years" is a visit too', () => {
    expect(kinds({ plan: 'The patient will follow up with me in 4 weeks.' }, "[doctor] i'll see you back in a month .")).toEqual([]);
    expect(kinds({ plan: 'The patient will follow up with me in 6 weeks.' }, "[doctor] i'll see you back in a month .")).toEqual(['number']);
    expect(kinds({ subjective: "They said they'd see her in 10 years." }, "[patient] no . they said they'd see me in 10 years .")).toEqual([]);
  });

  it('a later test\'s interval in a follow-up statement is that test\'s, not the next visit\'s', () => {
    const t = "[doctor] i want to see you in 4 weeks to check the mood and the blood pressure , and we'll repeat the hba1c in 3 months .";
    expect(kinds({ plan: "I want to see him in 4 weeks to check the mood and the blood pressure, and we'll repeat the HbA1c in 3 months." }, t)).toEqual([]);
    expect(kinds({ plan: "I want to see him in 4 weeks to check the mood and the blood pressure, and we'll repeat the HbA1c in 6 months." }, t)).toEqual(['number']);
    expect(kinds({ plan: "I want to see him in 6 weeks to check the mood and the blood pressure, and we'll repeat the HbA1c in 3 months." }, t)).toEqual(['number']);
  });

  it('a limit with no value said is a guideline ("<14 units/week"); a said value still decides', () => {
    const t = '[patient] i might have a beer during the weekdays , more on fridays .';
    expect(kinds({ subjective: 'Social EtOH <14 units/week' }, t)).toEqual([]);
    expect(kinds({ subjective: 'EtOH >14 units/week' }, '[patient] about 30 units a week i reckon .')).toEqual(['number']);
  });

  it('a range drawn around one value said alone is supported; a range said as a range needs its own ends', () => {
    expect(kinds({ plan: 'To sleep 7-8 hours minimum daily' }, '[doctor] try and have a minimum of eight hours of sleep every night .')).toEqual([]);
    expect(kinds({ subjective: 'She has lost approximately 3 to 3.5 pounds.' }, "[doctor] you've lost about three and a half pounds .")).toEqual([]);
    expect(kinds({ subjective: 'Ulcer present for 5 to 8 weeks.' }, '[patient] the ulcer has been there for about six to eight weeks .')).toEqual(['number']);
  });
});

describe('GP shorthand for times', () => {
  const t = 'Doctor: I will see you again in two weeks, come back sooner if worse.\nPatient: Thanks. The pain started three months ago.';

  it('"Review 2/52", "F/U 2 wks", "RTC 2 weeks" are the next visit; "Review 3/12" is not the pain\'s three months', () => {
    expect(kinds({ plan: 'Review 2/52.\nF/U 2 wks.\nRTC 2 weeks.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Review 3/12.' }, t)).toEqual(['number']);
    expect(kinds({ plan: 'F/U 3 months.' }, t)).toEqual(['number']);
  });

  it('"wks", "hrs", "yrs" are units and "aged 16yrs" is an age', () => {
    expect(kinds({ subjective: 'Pain for 3 mths.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Pain for 3 wks.' }, t)).toEqual(['number']);
    expect(kinds({ subjective: 'When young - asthma exacerbation aged 16yrs.' }, t)).toEqual([]);
  });
});

describe('a range is one fact', () => {
  it('a range neither end of which is said is reported once, as the range', () => {
    const t = '[patient] i put ice on it and it got better , the pain came back two nights later .';
    const findings = checkGrounding({ subjective: 'He applied ice and after 2-3 hours, the pain improved.' }, t);
    expect(findings.map((f) => f.reason)).toEqual(['"2-3 hours" does not appear in the transcript (it mentions 2 nights)']);
  });
});

describe('GP shorthand says what a time is about', () => {
  it('"5/7 hx of … cold sx" is about the symptoms the patient dated; "LMP 2/7 ago" is about the period', () => {
    const t = [
      'Doctor: And just remind me sir, when did your symptoms all start?',
      'Patient: It would have been Saturday.',
      'Doctor: OK.',
      'Patient: So, what is that, about five days ago?',
      'Doctor: And your last period?',
      'Patient: About two weeks ago.',
      'Doctor: And the cough itself, that only started three days ago?',
      'Patient: Yes.',
    ].join('\n');
    expect(kinds({ subjective: '5/7 hx of generally unwell with cough and cold sx.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'LMP 2/52 ago.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'LMP 2/7 ago.' }, t)).toEqual(['number']);
  });
});

describe('the next visit said as people say it', () => {
  it('"if you\'re still not getting better in two to three days, it\'s probably worth coming back to see me again"', () => {
    const t = [
      'Patient: I think it started about five or six days ago. I only smoked for six months at college.',
      "Doctor: If you feel like you're still not getting any better in two to three days, it's probably worth coming back to see me again.",
    ].join('\n');
    expect(kinds({ plan: 'Review in 2-3 days if no better.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Review in 6 months if no better.' }, t)).toEqual(['number']);
  });
});

describe('times, doses and values said another way', () => {
  it('"a few weeks ago" supports a GP\'s "2/52 ago"; "come back in a few days" supports "review in 24-48 hours"', () => {
    const t = [
      "Patient: I'm not really prone to headaches, no. But I did have a similar headache a few weeks ago.",
      "Doctor: I want you to come back and see me in a few days' time if your symptoms are not getting any better.",
    ].join('\n');
    expect(kinds({ subjective: 'Similar episode 2/52 ago - resolved with analgesia.', plan: 'Review in 24-48 hours if sx not improving.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Similar episode 6/52 ago - resolved with analgesia.' }, t)).toEqual(['number']);
    expect(kinds({ plan: 'Review in 2/52 if sx not improving.' }, t)).toEqual(['number']);
  });

  it('a dose in grams, milligrams or micrograms is the same dose in the other unit', () => {
    const t = "[doctor] we'll start amoxicillin one thousand milligrams three times a day , and keep the levothyroxine at 100 micrograms .";
    expect(kinds({ plan: 'Amoxicillin 1 g TDS. Levothyroxine 0.1 mg daily.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Amoxicillin 2 g TDS.' }, t)).toEqual(['number']);
    expect(kinds({ plan: 'Levothyroxine 0.2 mg daily.' }, t)).toEqual(['number']);
  });

  it('a value said with its unit a couple of lines after the analyte is named is said of it', () => {
    const t = [
      '[patient] i used to have high triglycerides , they were 265 milligrams per deciliter before i started .',
      '[doctor] and now ?',
      '[patient] i was very impressed with my triglycerides .',
      '[patient] 145 milligrams per deciliter from 265 milligrams per deciliter is awesome .',
    ].join('\n');
    expect(kinds({ objective: 'Triglycerides 145 mg/dL.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Triglycerides 185 mg/dL.' }, t)).toEqual(['number']);
  });
});

describe('British and spoken forms of times and doses', () => {
  it('"come back in a fortnight" is 2 weeks', () => {
    const t = "Doctor: If it's no better, come back and see me in a fortnight.";
    expect(kinds({ plan: 'Review in 2/52 if no better.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Review in 2 weeks if no better.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Review in 4 weeks if no better.' }, t)).toEqual(['number']);
  });

  it('"ibuprofen four hundred three times a day" is 400 three times a day, not 403', () => {
    const t = 'Doctor: You can take ibuprofen four hundred three times a day with food for five days.';
    expect(kinds({ plan: 'Ibuprofen 400mg TDS for 5/7.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Ibuprofen 600mg TDS for 5/7.' }, t)).toEqual(['number']);
  });
});

describe('readings given as a band', () => {
  it('"sugars in the two hundreds" supports "blood sugars in the 200s"; "BP 130s/80s" is met by "one thirty over eighty or so"', () => {
    expect(kinds({ subjective: 'Blood sugars in the 200s.' }, '[patient] my sugars have been in the two hundreds .')).toEqual([]);
    expect(kinds({ subjective: 'Blood sugars in the 300s.' }, '[patient] my sugars have been in the two hundreds .')).toEqual(['number']);
    const bp = '[patient] my blood pressure at home runs one thirty over eighty or so .';
    expect(kinds({ subjective: 'Blood pressure 130s/80s at home.' }, bp)).toEqual([]);
    expect(kinds({ subjective: 'Blood pressure 150s/90s at home.' }, bp)).toEqual(['number']);
  });

  it('a note quoting "the low one hundreds or two hundreds" reads them as 100 and 200', () => {
    const t = '[doctor] what have her blood sugars been running , in the low one hundreds or two hundreds or what ?';
    expect(kinds({ subjective: 'Blood sugars running in the low one hundreds or two hundreds.' }, t)).toEqual([]);
  });
});

describe('a duration answered after the clinician\'s backchannel', () => {
  const t = [
    'Doctor: OK, so numbness in the left arm, yeah? How long has it been going on for?',
    'Patient: Yes, yes.',
    "Patient: So, I've started taking this boxing class, and I feel like maybe, um",
    'Doctor: Mm hmm.',
    "Patient: It's probably been, I'd say, for at least two weeks, and it's kind of gotten worse.",
  ].join('\n');
  it('reads "two weeks" as the answer to "how long has it been going on?" past the "mm hmm"', () => {
    expect(checkGrounding({ subjective: 'Numbness of the left arm for 3 weeks.' }, t).map((f) => f.kind)).toEqual(['number']);
  });

  it('passes the duration the patient gave', () => {
    expect(checkGrounding({ subjective: 'Numbness of the left arm for 2 weeks.' }, t)).toEqual([]);
  });

  it('does not read "Best of three. Three hundred and eighty." as 3.380, and still reads "three . two five" as 3.25', () => {
    const t = "Pharmacist: Let's do a peak flow. Best of three. Three hundred and eighty. Your predicted is about five hundred and twenty.";
    expect(checkGrounding({ objective: 'Peak flow 380.' }, t)).toEqual([]);
    expect(checkGrounding({ objective: 'Peak flow 480.' }, t).map((f) => f.kind)).toEqual(['number']);
    expect(checkGrounding({ objective: 'Potassium 3.25.' }, '[doctor] your potassium is three . twenty five today')).toEqual([]);
  });

  it('does not read "only. Thirty seconds" as a spoken decimal', () => {
    const t = 'Physio: Now stand on the injured leg only. Thirty seconds with no wobble, brilliant.';
    expect(checkGrounding({ objective: 'Thirty seconds with no wobble.' }, t)).toEqual([]);
  });
});


describe('frequencies', () => {
  it('compares a count per day or week with the counts the conversation gives for that period', () => {
    const t = 'Doctor: I want you to ice the knee two to three times a day for twenty minutes, and take meloxicam fifteen milligrams daily.';
    expect(checkGrounding({ plan: 'Ice 2-3 times daily for 20 minutes.' }, t)).toEqual([]);
    expect(checkGrounding({ plan: 'Ice 3x/day.' }, t)).toEqual([]);
    expect(checkGrounding({ plan: 'Meloxicam 15 mg once a day.' }, t)).toEqual([]);
    expect(checkGrounding({ plan: 'Ice 6 times daily for 20 minutes.' }, t)).toEqual([expect.objectContaining({ kind: 'number', reason: expect.stringContaining('2 to 3 times a day') })]);
  });

  it('judges nothing where the conversation gives no count for the period', () => {
    const t = 'Patient: I have a couple of beers on saturdays after working in the yard.';
    expect(checkGrounding({ subjective: 'Drinks 2 beers once a week.' }, t)).toEqual([]);
    expect(checkGrounding({ plan: 'Ice 4 times a day.' }, 'Doctor: Keep icing it regularly.')).toEqual([]);
  });
});

describe('British social history arithmetic', () => {
  it('takes units of alcohol as the clinician\'s sum of the drinks described, unless the conversation counts units', () => {
    const drinks = 'Doctor: And alcohol?\nPatient: Maybe a bottle of wine at the weekend, and a couple of pints on a Friday.';
    expect(checkGrounding({ subjective: 'SH: EtOH ~14 units/week' }, drinks)).toEqual([]);
    const counted = 'Doctor: How many units a week would you say?\nPatient: About ten units a week.';
    expect(checkGrounding({ subjective: 'SH: EtOH 20 units/week' }, counted).map((f) => f.kind)).toEqual(['number']);
    expect(checkGrounding({ subjective: 'Lantus 20 units at night.' }, 'Patient: I take ten units of Lantus at night, and a glass of wine.').map((f) => f.kind)).toEqual(['number']);
  });

  it('reads a weight in stone', () => {
    const t = "Doctor: Do you know your weight?\nPatient: I'm about fifteen stone.";
    expect(checkGrounding({ subjective: 'Weight 95kg' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Weight 120kg' }, t).map((f) => f.kind)).toEqual(['number']);
  });
});

describe('a weight said in kilos of nothing else', () => {
  const transcript = [
    "Vet: Let's pop her on the scales first. Good girl... 34.2 kilos. She was 31 this time last year.",
    "Vet: A bit of weight loss will really help both knees. I'll put her on a weight diet food, and we're aiming for 30 kilos.",
  ].join('\n');

  it('supports the weight read off the scales, though the target weight was said nearer the word', () => {
    expect(kinds({ objective: 'Weight 34.2 kg.' }, transcript)).toEqual([]);
  });

  it('still finds a weight that nobody said', () => {
    expect(kinds({ objective: 'Weight 36.5 kg.' }, transcript)).toEqual(['number']);
  });
});
