import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Sentences after the MTS-Dialog sets (CC BY 4.0, Ben Abacha et al. 2023): clinician-written sections with the
// dialogue they summarise, shortened. Each pair shows the clinician's wording passing and a changed fact caught.
describe('numbers the way clinicians and transcribers write them', () => {
  it('reads "one O two" as 102', () => {
    const t = "Doctor: Has she been running a fever?\nGuest_family: She's been running in the hundreds between one O two and one O four.";
    expect(kinds({ subjective: "The patient's temperature has ranged between 102 and 104." }, t)).toEqual([]);
    expect(kinds({ subjective: 'Temperature of 105.' }, t)).toEqual(['number']);
  });

  it('reads "2-1/2-year-old" as an age of 2.5, not a ratio 1/2', () => {
    const t = 'Guest_family: She is two and a half years old. She has had febrile seizures before.';
    expect(kinds({ subjective: 'The patient is a 2-1/2-year-old female with known febrile seizures.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'The patient is a 4-1/2-year-old female with known febrile seizures.' }, t)).toEqual(['number']);
  });

  it('reads "a 2-month-old" and "a 5-year, 5-month-old" as ages, compared with an age said in the same unit', () => {
    const t = "Guest_family: She is only two months old and it breaks my heart.";
    expect(kinds({ subjective: 'The patient is a previously healthy 2-month-old female.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'The patient is a previously healthy 3-month-old female.' }, t)).toEqual(['number']);
    expect(kinds({ subjective: 'The patient is a 5-year, 5-month-old male with a forearm fracture.' }, 'Guest_family: He is about five and a half now.')).toEqual([]);
    expect(kinds({ subjective: 'A 2-month-old boy.' }, 'Patient: He is two years old.')).toEqual(['number']);
  });

  it('takes a zero-padded "02/07" for a date, not GP shorthand for 2 days', () => {
    const t = 'Doctor: We did the overnight sleep study at the end of February, sometime around the seventh?\nPatient: Yes.';
    expect(kinds({ objective: 'An overnight sleep study was performed at the end of 02/07.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Unprotected sex 2/7 ago.' }, 'Patient: It was four days ago.')).toEqual(['number']);
  });
});

describe('values tied to what they measure the way people say them', () => {
  it('takes "Lantus insulin 84 units" as a dose of glargine', () => {
    const t = 'Patient: Yes, I went down from eighty four units of Lantus to sixty units.';
    expect(kinds({ subjective: 'Despite decreasing her Lantus insulin from around 84 units down to 60 units.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Despite decreasing her Lantus insulin from around 84 units down to 50 units.' }, t)).toEqual(['number']);
  });

  it('takes a level said of "it" right after the analyte was named: "blood sugar? — it was high this morning"', () => {
    const t = [
      'Doctor: Are you still having difficulties with blood sugar management?',
      'Patient: Yes, my two week average is one hundred ninety one, and it was high this morning.',
      'Doctor: Let us try a correction bolus. Okay, now your blood sugar is quite low.',
    ].join('\n');
    expect(kinds({ subjective: 'She had a high blood sugar this morning.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Her blood sugar was normal this morning.' }, t)).toEqual(['number']);
  });

  it('takes a large value said bare after its name was asked about: "your weight? — I was one hundred and sixty three"', () => {
    const t = [
      'Doctor: How about your weight?',
      'Patient: It has been going up and down like for over past three months. I was one hundred and sixty three and then I know it was one hundred and forty eight at a point.',
      'Guest_clinician: Today his weight is one hundred and fifty four pounds.',
    ].join('\n');
    expect(kinds({ subjective: 'His weight has fluctuated from 163# to 148# and at present he weighs 154#.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'His weight has fluctuated from 173# to 148# and at present he weighs 154#.' }, t)).toEqual(['number']);
  });
});

describe('negations that do not deny the symptom', () => {
  it('reads "never felt this kind of joint pain before" as joint pain now', () => {
    const t = 'Patient: My joints started hurting really bad. I have never felt this kind of joint pain before. This morning I coughed up some blood.';
    expect(kinds({ subjective: 'Coughing up blood and severe joint pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'He reports chest pain.' }, "Patient: I've never had chest pain.")).toEqual(['negation']);
  });

  it('keeps "never had headaches like this before" as a denial of headaches before, too', () => {
    const t = 'Patient: I just got a terrible headache since midday.\nPatient: Never had headaches like this before.';
    expect(kinds({ subjective: 'The patient does not normally get headaches.' }, t)).toEqual([]);
  });

  it('takes "any prescribed drug for your headaches? — no" as no drug, not no headaches', () => {
    const t = 'Doctor: Have you ever taken any prescribed drug for your headaches.\nPatient: No.';
    expect(kinds({ subjective: 'The patient has had no help with the headaches from over-the-counter analgesics.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'He has headaches.' }, 'Doctor: Have you had any headaches?\nPatient: No.')).toEqual(['negation']);
  });
});

describe('conditions said the way people say them', () => {
  it('reads letters spelled out by the transcriber as the abbreviation: "C O P D" is COPD', () => {
    const t = 'Patient: When I try to get up, I get short of breath. I have C O P D.';
    expect(kinds({ subjective: 'He also has history of COPD and gets short of breath with minimal activity.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'He also has history of CHF and gets short of breath with minimal activity.' }, t)).toEqual(['diagnosis']);
  });

  it('takes a symptom-diagnosis the patient describes: dysuria from "burning when I pee", orthopnea from breathlessness lying down', () => {
    const t = [
      'Patient: It started with a painful burning feeling when I pee. Now my throat hurts.',
      'Doctor: You do have a history of difficulty breathing when you lay down right?',
      'Patient: Yes, I do.',
    ].join('\n');
    expect(kinds({ assessment: '1. Urinary dysuria. 2. Sore throat.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Heart failure.' }, 'Patient: My legs feel weak.')).toEqual(['diagnosis']);
    expect(kinds({ subjective: 'He has history of orthopnea.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Pyelonephritis.' }, t)).toEqual(['diagnosis']);
  });
});

describe('sides of the body', () => {
  it('takes "lost some feeling on my right side" as the side of "right sided numbness"', () => {
    const t = 'Patient: Yes, I have lost some feeling on my right side.\nDoctor: Numbness? How long have you been experiencing the loss of feeling?\nPatient: It has been about three months now.';
    expect(kinds({ subjective: 'He presented with a 3 month history of progressive right sided numbness.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'He presented with a 3 month history of progressive left sided numbness.' }, t)).toEqual(['laterality']);
  });
});

describe('inside the note', () => {
  it('does not set blurred vision against denied diplopia, two complaints of one broad concept', () => {
    const t = 'Patient: I am seeing things blurred and having difficulty concentrating.';
    const note = { subjective: 'He complained of mild blurred vision and difficulty concentrating.\nHe denies any weakness, numbness, dysarthria or diplopia.' };
    expect(checkGrounding(note, t).filter((f) => f.kind === 'contradiction')).toEqual([]);
    const flipped = { subjective: 'He complained of mild blurred vision.\nHe denies any blurred vision.' };
    expect(checkGrounding(flipped, t).map((f) => f.kind)).toContain('contradiction');
  });
});

describe('drugs named by the class said', () => {
  it('takes "anti-inflammatories" as support for the ibuprofen the note names, and nothing outside the class', () => {
    const t = 'Doctor: Do you take anti-inflammatories when the pain gets bad?\nPatient: Yeah, I do.';
    expect(kinds({ subjective: 'She takes ibuprofen and it seems to be well-controlled.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'She takes tramadol and it seems to be well-controlled.' }, t)).toEqual(['medication']);
  });
});

describe('drugs named by what the patient takes them for', () => {
  it('takes "something for my blood pressure" and "my water tablets" as support for a drug taken for that, and nothing else', () => {
    const t = 'Doctor: Do you take any regular medications?\nPatient: I take something for my blood pressure, and a tablet for the IBS, it begins with an M. And my water tablets.';
    expect(kinds({ subjective: 'DH: amlodipine, mebeverine, furosemide' }, t)).toEqual([]);
    expect(kinds({ subjective: 'DH: metformin' }, t)).toEqual(['medication']);
    expect(kinds({ subjective: 'DH: atorvastatin' }, 'Patient: I have an inhaler for my asthma.')).toEqual(['medication']);
  });

  it('does not take the purpose as support when the conversation names the drug taken for it, or describes a drug it is not on', () => {
    const named = 'Patient: I take a tablet for my blood pressure.\nDoctor: Which one?\nPatient: Amlodipine.';
    expect(kinds({ subjective: 'DH: amlodipine' }, named)).toEqual([]);
    expect(kinds({ subjective: 'DH: ramipril' }, named)).toEqual(['medication']);
    const study = 'Doctor: The study uses a medication which has been used for diabetes treatment, an injection once a week.';
    expect(kinds({ plan: 'Enrol in the Ozempic study.' }, study)).toEqual(['medication']);
  });
});

describe('a chart\'s "Medical:" sub-heading lists the patient\'s conditions', () => {
  it('reads "Medical: Type 2 diabetes." as a history the conversation must name', () => {
    const t = 'Doctor: Any other medical problems?\nPatient: Just my asthma, nothing else.';
    expect(kinds({ subjective: 'Medical: Asthma.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Medical: Type 2 diabetes.' }, t)).toEqual(['diagnosis']);
    expect(kinds({ subjective: 'Medical hx: asthma, hypertension' }, t)).toEqual(['diagnosis']);
  });
});

describe('events and intentions the conversation does not give', () => {
  it('reports a fall the conversation never mentions, and not the season, falling asleep or a fall in a value', () => {
    const t = 'Patient: My knee has been aching for two weeks. There was no injury that I know of. It first started in the autumn.';
    expect(kinds({ subjective: 'She reports a fall two weeks ago.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'She fell at home last week.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'The aching started last fall.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'She fell asleep easily but woke with aching.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'She had a fall in her blood pressure on standing.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'She had a fall in the kitchen.' }, t)).toEqual(['negation']);
    const fell = 'Patient: I tripped over the step in the garden and landed on my knee.';
    expect(kinds({ subjective: 'Had a fall in the garden onto the knee.' }, fell)).toEqual([]);
    expect(kinds({ subjective: 'Had a fall onto the knee.' }, 'Patient: I lost my footing on the stairs and went down on my knee.')).toEqual([]);
    // An injury told in other words may be the fall the clinician writes; a foot named is not a lost footing.
    expect(kinds({ subjective: 'She fell at work on Monday.' }, "Patient: I got hurt at work on Monday, my foot twisted and there was so much pain.")).toEqual([]);
    expect(kinds({ subjective: 'She reports a fall.' }, 'Patient: My foot has been aching for two weeks.')).toEqual(['negation']);
  });

  it('reports weight loss called unintentional where the patient is trying to lose weight, and reads "not trying to" as no aim', () => {
    const dieting = "Doctor: Any change in your weight?\nPatient: I've lost about ten pounds, but I'm trying to lose weight, I've been on a diet.";
    expect(kinds({ subjective: 'Reports unintentional weight loss of 10 pounds.' }, dieting)).toEqual(['negation']);
    expect(kinds({ subjective: 'Reports intentional weight loss of 10 pounds.' }, dieting)).toEqual([]);
    expect(kinds({ subjective: 'Denies unintentional weight loss.' }, dieting)).toEqual([]);
    const unplanned = "Doctor: Any change in your weight?\nPatient: I've lost about ten pounds and I'm not trying to lose weight.";
    expect(kinds({ subjective: 'Reports unintentional weight loss of 10 pounds.' }, unplanned)).toEqual([]);
  });
});

describe('a plan the conversation decided against', () => {
  it('reports a test the plan has done where every turn that speaks of it puts it off', () => {
    const t = 'Doctor: Your symptoms are mild, so I think we can forego the upper endoscopy for now and try the omeprazole first.\nPatient: Okay, sounds good.';
    expect(kinds({ plan: 'EGD scheduled.' }, t)).toEqual(['negation']);
    expect(kinds({ plan: 'We will schedule an upper endoscopy.' }, t)).toEqual(['negation']);
    expect(kinds({ plan: 'Upper endoscopy deferred for now.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Consider EGD if no better on omeprazole.' }, t)).toEqual([]);
    const split = "[doctor] we do n't need an x-ray today , it's a sprain .";
    expect(kinds({ plan: 'X-ray ordered.' }, split)).toEqual(['negation']);
  });

  it('leaves a test alone that one turn puts off and another orders, or that is put off only far from its name', () => {
    const later = "Doctor: Let's hold off on the MRI for now.\nDoctor: Actually, with that weakness, I'll order the MRI today.";
    expect(kinds({ plan: 'MRI of the lumbar spine ordered.' }, later)).toEqual([]);
    const far = "[doctor] okay now if it's okay with you i would like to do a quick physical exam , we do n't need to rush , i reviewed your results and so far everything looks fine and what i'd like to do next is order an mri of the foot .";
    expect(kinds({ plan: 'I will order an MRI of the foot.' }, far)).toEqual([]);
  });
});

describe('British names of drugs the note writes generically', () => {
  it('takes Nurofen, Calpol, adrenaline, GTN, thyroxine and aciclovir as the drugs a note names', () => {
    const t = "Patient: I took some Nurofen and Calpol. I carry an adrenaline pen, I use a GTN spray, I'm on thyroxine, and I had aciclovir cream.";
    expect(kinds({ subjective: 'Took ibuprofen and paracetamol. Carries an EpiPen. Uses nitroglycerin spray. On levothyroxine. Used acyclovir cream.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Took naproxen.' }, t)).toEqual(['medication']);
  });
});

describe('British "I was sick" for vomiting', () => {
  it('does not report vomiting as never mentioned where the patient says "I was sick yesterday"', () => {
    const t = 'Patient: The diarrhoea started three days ago, and I was sick yesterday as well.';
    expect(checkGrounding({ subjective: 'Diarrhoea and vomiting.' }, t).filter((f) => f.kind === 'negation')).toEqual([]);
    expect(checkGrounding({ subjective: 'Diarrhoea and vomiting.' }, 'Patient: The diarrhoea started three days ago.').map((f) => f.kind)).toEqual(['negation']);
  });
});

describe('a heading of advice names what to look out for', () => {
  it('reads "Safety netting advice given re: fever, SOB" as advice, not as symptoms had', () => {
    const t = 'Doctor: Any fever?\nPatient: No.\nDoctor: Any chest pain or shortness of breath?\nPatient: No, none of that.';
    expect(kinds({ plan: 'Safety netting advice given re: fever, SOB, chest pain' }, t)).toEqual([]);
    expect(kinds({ plan: 'Red flags: chest pain, SOB' }, t)).toEqual([]);
    expect(kinds({ plan: 'Watch for signs of a chest infection: a fever that will not settle, chest pain or getting short of breath.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Return if: fever, chest pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Reports fever and chest pain.' }, t)).toEqual(['negation', 'negation']);
  });
});

describe('lay words for a complaint', () => {
  it('reads "I can\'t lie flat" as orthopnoea had, and "no trouble lying flat" as none', () => {
    expect(kinds({ subjective: 'Orthopnoea.' }, "Patient: I can't lie flat, I need three pillows.")).toEqual([]);
    expect(kinds({ subjective: 'Orthopnoea.' }, "Patient: I'm not able to lie flat any more.")).toEqual([]);
    expect(kinds({ subjective: 'Denies orthopnoea.' }, "Patient: I can't lie flat, I need three pillows.")).toEqual(['negation']);
  });

  it('takes "going to the loo a lot" and "hot and shivery" as bringing up frequency and a fever', () => {
    expect(kinds({ subjective: 'Urinary frequency.' }, "Patient: I'm going to the loo a lot.")).toEqual([]);
    expect(kinds({ subjective: 'Feverish.' }, "Patient: I've felt hot and shivery.")).toEqual([]);
    expect(kinds({ subjective: 'Urinary frequency.' }, 'Patient: My knee hurts.')).toEqual(['negation']);
  });
});

describe('drug names clipped in speech', () => {
  it('takes "amox", "doxy", "clinda", "vanco" as the drugs a note spells out, and nothing else', () => {
    const t = 'Patient: I had amox for an ear infection, and doxy and clinda before, and vanco in hospital.';
    expect(kinds({ subjective: 'Prior amoxicillin, doxycycline, clindamycin and vancomycin.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Prior azithromycin.' }, t)).toEqual(['medication']);
  });
});
