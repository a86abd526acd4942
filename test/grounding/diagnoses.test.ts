import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const transcript = [
  '[doctor] so your blood pressure has been high , and with the sugar we talked about , your a1c is up .',
  '[patient] yeah and my knee still hurts since i twisted it .',
  '[doctor] i think you have a sprain of the knee , there is no sign of a fracture .',
  '[doctor] you might have an infection in the urine too , so let us check that .',
].join('\n');

describe('diagnoses in the assessment must be named or described in the transcript', () => {
  it('catches a condition added to the assessment', () => {
    const [finding] = checkGrounding({ assessment: 'Right knee sprain, complicated by cirrhosis.' }, transcript);
    expect(finding).toMatchObject({ section: 'assessment', kind: 'diagnosis' });
    expect(finding?.reason).toContain('"cirrhosis"');
    expect(checkGrounding({ assessment: 'Knee sprain and Lyme disease.' }, transcript).map((f) => f.kind)).toEqual(['diagnosis']);
  });

  it('accepts the words people say for a condition: "high blood pressure", "sugar", "infection in the urine"', () => {
    expect(checkGrounding({ assessment: 'Essential hypertension.\nType 2 diabetes mellitus.\nKnee sprain.\nUTI.' }, transcript)).toEqual([]);
  });

  it('does not read ruled-out conditions or a title as diagnoses', () => {
    expect(checkGrounding({ assessment: 'X-ray negative for fracture; no evidence of osteomyelitis.\nMs. Diaz has a knee sprain.' }, transcript)).toEqual([]);
  });

  // A differential or a query is the clinician's thinking, but a condition raised that nobody ever spoke of is still
  // not in the transcript (PriMock57-style "Imp: ?UTI", "DDx: …").
  it('reports a queried or differential condition the conversation never names, and accepts one it does', () => {
    const raised = (assessment: string) => checkGrounding({ assessment }, transcript).map((f) => /raises "([^"]+)"/.exec(f.reason)?.[1]);
    expect(raised('DDx: MI, PE.')).toEqual(['mi', 'pe']);
    expect(raised('Imp: ?gout')).toEqual(['gout']);
    expect(raised('Imp: ?UTI')).toEqual([]);
    expect(raised('DDx: knee sprain, UTI.')).toEqual([]);
  });

  it('ties a raised condition to the talk by any telling word of it, or the organ of an inflammation', () => {
    const sinus = 'Patient: My sinuses feel blocked and my face hurts, and I have a headache.';
    const raised = (assessment: string) => checkGrounding({ assessment }, sinus).map((f) => /raises "([^"]+)"/.exec(f.reason)?.[1]);
    expect(raised('Imp: ?sinusitis')).toEqual([]);
    expect(raised('Imp: ? migraine')).toEqual([]);
    expect(raised('Imp: ?tonsillitis')).toEqual(['tonsillitis']);
    expect(raised('DDx: sinusitis, pulmonary embolism')).toEqual(['pulmonary embolism']);
  });
});

const visit = [
  '[doctor] let me check your blood pressure . it is 124 over 78 today .',
  '[doctor] any other medical problems ?',
  '[patient] just the asthma , and i get heartburn now and then . my mum had her thyroid checked .',
  '[patient] and my knee still hurts when i climb stairs .',
].join('\n');

const diagnosesOf = (note: { subjective?: string; assessment?: string }) =>
  checkGrounding(note, visit).filter((f) => f.kind === 'diagnosis').map((f) => /names "([^"]+)"/.exec(f.reason)?.[1]);

describe('conditions added to a history or an assessment, beyond the lexicon', () => {
  it('reads the history: a past-medical-history line and the words after "history of" / "diagnosed with"', () => {
    expect(diagnosesOf({ subjective: 'PMH: asthma, GERD, and type 2 diabetes mellitus.' })).toEqual(['diabetes mellitus']);
    expect(diagnosesOf({ subjective: 'She has a history of asthma and chronic kidney disease stage 3.' })).toEqual(['chronic kidney disease']);
    expect(diagnosesOf({ subjective: 'He was diagnosed with sick sinus syndrome, asthma and reflux.' })).toEqual(['sick sinus syndrome']);
  });

  it('catches the ways a comorbidity is added: eponyms, heads, suffixes, "on a background of", "in a patient with"', () => {
    expect(diagnosesOf({ assessment: "Knee pain on a background of Dupuytren's contracture." })).toEqual(['dupuytren contracture']);
    expect(diagnosesOf({ assessment: 'Knee pain in a patient with essential tremor.' })).toEqual(['tremor']);
    expect(diagnosesOf({ assessment: 'Knee pain, complicated by uterine leiomyomas.' })).toEqual(['leiomyomas']);
    expect(diagnosesOf({ assessment: 'Asthma with or without underlying achalasia.' })).toEqual(['achalasia']);
    expect(diagnosesOf({ subjective: 'PMH: asthma and seborrheic keratosis.', assessment: 'Asthma with Takayasu arteritis.' })).toEqual(['keratosis', 'arteritis']);
  });

  it('does not take a blood pressure reading for hypertension, nor a thyroid test for a thyroid disease', () => {
    expect(diagnosesOf({ assessment: 'Essential hypertension.' })).toEqual(['hypertension']);
    expect(diagnosesOf({ subjective: 'PMH: asthma and hypothyroidism.' })).toEqual(['hypothyroidism']);
  });

  it('leaves alone what the transcript says, procedures, a relative\'s history, a denial and a complaint\'s duration', () => {
    expect(diagnosesOf({ subjective: 'PMH: asthma, heartburn.', assessment: 'Knee pain in a patient with asthma and reflux.' })).toEqual([]);
    expect(diagnosesOf({ subjective: 'She has a history of tonsillectomy.\nHISTORY OF PRESENT ILLNESS' })).toEqual([]);
    expect(diagnosesOf({ subjective: 'Her mother has a history of hypothyroidism. She denies any history of diabetes.' })).toEqual([]);
    expect(diagnosesOf({ subjective: '3/7 hx of knee pain, worse on stairs.' })).toEqual([]);
  });
});

describe('a condition the conversation denies is not supported by the denial', () => {
  const denied = '[doctor] any other medical problems ?\n[patient] i don\'t have diabetes . never had asthma either .\n[doctor] and the reflux ?\n[patient] my reflux is not controlled at all .';
  it('flags "diabetes" and "asthma" when the patient only says they do not have them', () => {
    const names = checkGrounding({ subjective: 'PMH: type 2 diabetes, asthma and reflux.' }, denied).map((f) => /names "([^"]+)"/.exec(f.reason)?.[1]);
    expect(names).toEqual(['diabetes', 'asthma']);
  });

  it('takes a condition said with a denial after it ("not controlled") as said', () => {
    expect(checkGrounding({ assessment: 'Uncontrolled reflux.' }, denied)).toEqual([]);
  });
});

describe('a condition asked about and answered "no", or said only of a relative', () => {
  const t = [
    '[doctor] so do you have any diabetes or rheumatoid arthritis ?',
    '[patient] no .',
    '[doctor] okay . and for family history , it looks like there is high blood pressure and thyroid disease .',
    '[patient] yes , my mother has hypothyroidism and my dad had a stroke .',
    '[doctor] and your asthma , how is that ?',
    '[patient] good , i use the inhaler now and then .',
  ].join('\n');
  const named = (assessment: string) => checkGrounding({ assessment }, t).filter((f) => f.kind === 'diagnosis').map((f) => /names "([^"]+)"/.exec(f.reason)?.[1]);

  it('flags diabetes the patient said no to, and a stroke or hypothyroidism that were a parent\'s', () => {
    expect(named('Type 2 diabetes mellitus, uncontrolled.')).toEqual(['diabetes mellitus']);
    expect(named('History of stroke.')).toEqual(['stroke']);
    expect(named('Hypothyroidism, stable on levothyroxine.')).toEqual(['hypothyroidism']);
  });

  it('passes the patient\'s own asthma, a family history written as one, and a condition the note too says was never had', () => {
    expect(named('Mild intermittent asthma.')).toEqual([]);
    expect(checkGrounding({ assessment: 'Gout.' }, '[doctor] so the family doctor diagnosed gout last year ?\n[patient] yes .')).toEqual([]);
    expect(named('For family history, it looks like there is high blood pressure and thyroid disease.')).toEqual([]);
    expect(named('FH: mother with hypothyroidism, father with stroke.')).toEqual([]);
    expect(named('She has never been diagnosed with diabetes.')).toEqual([]);
  });

  it('a relative the clinician speaks to, directly or through an interpreter, is not the one who has it', () => {
    const interpreted = [
      'Doctor: The left eardrum is red and bulging.',
      'Doctor: Please tell mum this is a middle ear infection, otitis media, on the left.',
      'Interpreter: Es una infección del oído medio en el lado izquierdo.',
    ].join('\n');
    expect(checkGrounding({ assessment: 'Left acute otitis media.' }, interpreted)).toEqual([]);
    expect(checkGrounding({ assessment: 'Bronchiolitis.' }, 'Doctor: Can you explain to his mother that this is bronchiolitis?')).toEqual([]);
    // Said of the relative, it is still theirs.
    expect(named('Hypothyroidism.')).toEqual(['hypothyroidism']);
    expect(checkGrounding({ assessment: 'Otitis media.' }, 'Doctor: Any ear trouble in the family?\nInterpreter: She says mum had otitis media as a child.').map((f) => f.kind)).toEqual(['diagnosis']);
  });

  it('a statement about the relative is supported by what is said of that relative (a daughter calling about her mother)', () => {
    const call = "RN: From what you're describing, I'm worried your mum is having a stroke.\nCaller: Please transfer me.";
    expect(checkGrounding({ assessment: "I'm worried the caller's mum is having a stroke." }, call)).toEqual([]);
    // The patient's own stroke is still not the mother's.
    expect(checkGrounding({ assessment: 'Stroke.' }, call).map((f) => f.kind)).toEqual(['diagnosis']);
    expect(named('Her mother has diabetes mellitus.')).toEqual(['diabetes mellitus']);
  });

  it('a relative called by name as the clinician turns to them is spoken to, not of ("So Mum, this is bronchiolitis")', () => {
    const told = 'Speaker 1: So Mum, this is bronchiolitis. It\'s a virus, and it usually peaks around day three to five.\nSpeaker 2: Okay.';
    expect(checkGrounding({ assessment: 'This is bronchiolitis. It\'s a virus.' }, told)).toEqual([]);
    // A relative the patient speaks of, however the line opens, is still theirs.
    expect(checkGrounding({ assessment: 'Stroke.' }, 'Doctor: Any family history?\nPatient: Mum, she had a stroke at sixty.').map((f) => f.kind)).toEqual(['diagnosis']);
  });

  it('a long dictation read as a question for its "any" does not deny what it names', () => {
    const dictated = "[doctor] okay no peritoneal signs i do n't see any rash so i reviewed your barium swallow and it showed some narrowing of your esophagus that can be found in patients experiencing something called esophagitis so for your primary problem you have acute esophagitis\n[patient] no . okay .";
    expect(checkGrounding({ assessment: 'Acute esophagitis.' }, dictated)).toEqual([]);
  });
});

describe('an example of what is to be excluded is not asserted', () => {
  const t = 'Doctor: So I think these episodes were mini strokes, what we call TIAs.\nPatient: At my age?\nDoctor: It is unusual, so we will do some blood tests.';
  it('"need to exclude any systemic disease, eg antiphospholipid syndrome" asserts nothing; "complicated by" does', () => {
    expect(checkGrounding({ assessment: 'Imp: TIAs- despite young age (need to exclude any systemic disease, eg antiphospholipid syndrome, that could be cause)' }, t)).toEqual([]);
    expect(checkGrounding({ assessment: 'Imp: TIAs; rule out vasculitis, such as lupus.' }, t)).toEqual([]);
    expect(checkGrounding({ assessment: 'Imp: TIAs, complicated by antiphospholipid syndrome.' }, t).map((f) => f.kind)).toEqual(['diagnosis']);
    expect(checkGrounding({ assessment: 'Imp: TIAs, e.g. due to antiphospholipid syndrome.' }, t).map((f) => f.kind)).toEqual(['diagnosis']);
  });
});

describe('diagnoses a second hand slips into the history', () => {
  const t = '[doctor] how is the knee ?\n[patient] it hurts when i climb the stairs , and my blood pressure pills are fine .';
  const diagnoses = (subjective: string) => checkGrounding({ subjective }, t).filter((f) => f.kind === 'diagnosis').map((f) => f.kind);

  it('reads "suffers from", "is being treated for", "problems include" and an opening "a 45-year-old male with …" as history', () => {
    expect(diagnoses('He suffers from chronic migraines.')).toEqual(['diagnosis']);
    expect(diagnoses('She is being treated for hypothyroidism.')).toEqual(['diagnosis']);
    expect(diagnoses('Her other medical problems include hypothyroidism.')).toEqual(['diagnosis']);
    expect(diagnoses('The patient is a 45-year-old male with hypothyroidism who presents with knee pain.')).toEqual(['diagnosis']);
  });

  it('reads "she has …" as the patient said to have the condition', () => {
    expect(diagnoses('He has gout and takes allopurinol for it.')).toEqual(['diagnosis']);
    expect(diagnoses('She also has hypothyroidism.')).toEqual(['diagnosis']);
    expect(diagnoses('He has hypertension, well controlled.')).toEqual([]);
    expect(diagnoses('She has no history of gout.')).toEqual([]);
    expect(diagnoses('He has been climbing stairs with pain.')).toEqual([]);
    expect(diagnoses('She has had several ankle sprains in the past.')).toEqual([]);
  });

  it('leaves alone what the conversation supports and what is no condition', () => {
    expect(diagnoses('The patient is a 45-year-old male with hypertension who presents with knee pain.')).toEqual([]);
    expect(diagnoses('She is a 50-year-old female with a past medical history significant for hypertension who presents with right knee pain and swelling.')).toEqual([]);
  });
});

describe('conditions a test or an image is said to show must be named or described in the transcript', () => {
  const ekg = "[doctor] hey dragon , show me the ekg . so they did an ekg before you came in today .\n[doctor] and in reviewing the results , it looks like your ekg is completely normal , so that's good .";
  const found = (objective: string) => checkGrounding({ objective }, ekg).filter((f) => f.kind === 'diagnosis');

  it('catches a condition a result is said to show that nobody mentioned', () => {
    expect(found('Electrocardiogram shows atrial fibrillation.')).toEqual([expect.objectContaining({ reason: expect.stringContaining('the result names "atrial fibrillation"') })]);
    expect(found('EKG is consistent with left bundle branch block.')).toHaveLength(1);
  });

  it('reads "consistent, as the referrer noted, with …" as what the result shows', () => {
    expect(found('The tracing is consistent, as her cardiologist noted, with left bundle branch block.')).toHaveLength(1);
    expect(found('The tracing is consistent, as noted, with a normal EKG.')).toEqual([]);
  });

  it('leaves alone results that deny, hedge, or state no condition', () => {
    expect(found('Electrocardiogram stable. EKG shows normal sinus rhythm.')).toEqual([]);
    expect(found('EKG shows no evidence of atrial fibrillation.')).toEqual([]);
    expect(found('EKG does not show atrial fibrillation.')).toEqual([]);
    expect(found('Atrial fibrillation was considered; an EKG to rule out atrial fibrillation was normal.')).toEqual([]);
  });
});

describe('a condition speech recognition misspells by one letter is still the condition said', () => {
  it('"condromalacia" in the transcript supports chondromalacia; hyperthyroidism is not hypothyroidism', () => {
    const mri = '[doctor] next radiographs , mr arthrogram of the right hip done june 3rd show high grade condromalacia involving the acetabulum .';
    expect(checkGrounding({ objective: 'MR arthrogram reveals high-grade chondromalacia involving the right acetabulum.' }, mri)).toEqual([]);
    expect(checkGrounding({ objective: 'Labs show hyperthyroidism.' }, '[doctor] your labs show hypothyroidism , your thyroid is underactive .')).toEqual([expect.objectContaining({ kind: 'diagnosis' })]);
  });
});

describe('a condition described by a symptom the patient has in other words', () => {
  it('takes "now my throat hurts" as support for pharyngitis, and not a sore throat denied', () => {
    const kinds = (note: Parameters<typeof checkGrounding>[0], t: string) => checkGrounding(note, t).map((f) => f.kind);
    expect(kinds({ assessment: 'Pharyngitis.' }, 'Patient: It started with a cough, and now my throat hurts.')).toEqual([]);
    expect(kinds({ assessment: 'Pharyngitis.' }, 'Doctor: Any sore throat?\nPatient: No, none.')).toEqual(['diagnosis']);
    expect(kinds({ assessment: 'Pharyngitis.' }, 'Doctor: Does your throat hurt at all?\nPatient: My knee hurts.')).toEqual(['diagnosis']);
  });

  it('takes a runny nose ("blowing up green snot") as support for a rhinitis not called allergic', () => {
    const kinds = (note: Parameters<typeof checkGrounding>[0], t: string) => checkGrounding(note, t).map((f) => f.kind);
    const t = "Guest_family: She's been blowing up green snot and complaining of ear pain.";
    expect(kinds({ assessment: 'Ongoing purulent rhinitis.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Allergic rhinitis.' }, t)).toEqual(['diagnosis']);
    expect(kinds({ assessment: 'Rhinitis.' }, 'Doctor: Any runny nose?\nPatient: No.')).toEqual(['diagnosis']);
  });
});

describe('a chronic condition the patient takes a named drug for', () => {
  it('takes the drug as support for what it treats, not a drug the patient is allergic to, nor another condition', () => {
    const kinds = (note: Parameters<typeof checkGrounding>[0], t: string) => checkGrounding(note, t).map((f) => f.kind);
    const t = "Patient: I've been told I have polyps in my nose. That's all fine, I take a Rennie's if I need to, and amlodipine every morning.";
    expect(kinds({ subjective: 'Pmhx: heart burn, nasal polyps, hypertension' }, t)).toEqual([]);
    expect(kinds({ subjective: 'PMH: gout' }, t)).toEqual(['diagnosis']);
    expect(kinds({ subjective: 'PMH: hypertension' }, "Patient: I'm allergic to amlodipine, it gave me a rash.")).toEqual(['diagnosis']);
  });
});

describe('a GP impression line', () => {
  const kinds = (note: Parameters<typeof checkGrounding>[0], t: string) => checkGrounding(note, t).map((f) => f.kind);
  const t = "Patient: I've had a cough for five days, and a runny nose. My chest feels a bit rattly.\nDoctor: Let me listen to your lungs.";

  it('reads the cause given a condition ("viral URTI") as part of its name', () => {
    expect(kinds({ assessment: 'Imp: viral URTI' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Imp: viral' }, t)).toEqual(['diagnosis']);
  });

  it('reads what follows "ddx" or "vs" inside a line as raised, not asserted', () => {
    expect(kinds({ assessment: 'Imp: viral URTI, ddx pneumonia' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Imp: viral URTI vs pneumonia' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Imp: viral URTI and pneumonia' }, t)).toEqual(['diagnosis']);
    expect(kinds({ assessment: 'Imp: viral URTI, ddx gout' }, t)).toEqual(['diagnosis']);
    expect(kinds({ assessment: 'Imp: viral URTI and gout' }, t)).toEqual(['diagnosis']);
  });
});

describe('conditions described in the words a patient or parent uses', () => {
  it('takes a child pulling at her ear, a sticky eye, pollen and a sore chest wall as descriptions', () => {
    const kinds = (note: Parameters<typeof checkGrounding>[0], t: string) => checkGrounding(note, t).map((f) => f.kind);
    expect(kinds({ assessment: 'Acute otitis media.' }, "Guest_family: She's been pulling at her ear all night.")).toEqual([]);
    expect(kinds({ assessment: 'Conjunctivitis.' }, 'Patient: My eye is red and sticky in the morning, the eye is sticky all day.')).toEqual([]);
    expect(kinds({ assessment: 'Hay fever.' }, 'Patient: I keep sneezing whenever the pollen is high.')).toEqual([]);
    expect(kinds({ assessment: 'Costochondritis.' }, 'Patient: My chest wall is sore when I press on it.')).toEqual([]);
    expect(kinds({ assessment: 'Conjunctivitis.' }, "Guest_family: She's been pulling at her ear all night.")).toEqual(['diagnosis']);
  });
});

describe('a drug taken supports a history, not an assessment', () => {
  it('reads a drug taken for a condition as naming it, in the assessment too (stop 35), and nothing else', () => {
    const t = 'Patient: I take amlodipine every morning.';
    expect(checkGrounding({ subjective: 'PMH: hypertension' }, t)).toEqual([]);
    expect(checkGrounding({ assessment: 'Hypertension.' }, t)).toEqual([]);
    expect(checkGrounding({ assessment: 'Hypertension. Atrial fibrillation.' }, t).map((f) => f.kind)).toEqual(['diagnosis']);
  });
});

describe('a history the conversation asked about and the patient denied', () => {
  const asked = [
    'Doctor: Right. And any trouble with your stomach, or asthma, heartburn, ulcers?',
    'Patient: No, nothing like that.',
    'Doctor: OK, I will give you naproxen for the pain then.',
  ].join('\n');

  it('catches "Hx of asthma" where an acknowledged list question got a no, in the plan too', () => {
    const found = checkGrounding({ plan: 'Start naproxen. Hx of asthma, no stomach problems.' }, asked).filter((f) => f.kind === 'diagnosis');
    expect(found.map((f) => f.claim)).toEqual(['Hx of asthma, no stomach problems.']);
    expect(found[0]?.reason).toContain('never affirms');
    expect(checkGrounding({ subjective: 'PMH: asthma.' }, asked).map((f) => f.kind)).toEqual(['diagnosis']);
  });

  it('passes the denial written as one, and a yes', () => {
    expect(checkGrounding({ plan: 'Start naproxen. No hx of asthma or GI problems.' }, asked)).toEqual([]);
    expect(checkGrounding({ plan: 'Hx of asthma, so avoid NSAIDs.' }, asked.replace('No, nothing like that.', 'Yes, I have asthma since I was a kid.'))).toEqual([]);
  });
});

describe('a condition the patient said they never had before', () => {
  const tick = [
    "[doctor] the medical assistant told me that you have a tick bite , is that what happened ?",
    '[doctor] okay alright and have you ever been diagnosed with what we call lyme disease before ?',
    '[patient] i have not .',
    "[doctor] so i think this is possible lyme disease and i'm going to send a lyme titer .",
  ].join('\n');
  const named = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'diagnosis').map((f) => /names "([^"]+)"/.exec(f.reason)?.[1]);

  it('catches a history of it, though it is talked of now', () => {
    expect(named('Patient reports a history of hypertension and previously treated Lyme disease.', `${tick}\n[patient] i do have high blood pressure .`)).toEqual(['lyme disease']);
  });

  it('passes a past the patient told, and a statement that denies it', () => {
    const had = `${tick.replace('i have not .', 'yes , i had it about ten years ago .')}`;
    expect(named('Patient reports a history of Lyme disease.', had)).toEqual([]);
    expect(named('No history of Lyme disease.', tick)).toEqual([]);
  });
});
