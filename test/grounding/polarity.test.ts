import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { findTermClaims } from '../../src/grounding/note-claims.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

describe('exam findings: present vs absent', () => {
  const exam = '[doctor] on exam there is no edema in your legs , and the straight leg raise is negative .\n[doctor] you do have some tenderness over the lumbar spine .';

  it('catches "No edema" turned into "Edema present" and a negative test turned positive', () => {
    expect(kinds({ objective: 'Extremities: No edema. Negative straight leg raise. Tenderness over the lumbar spine.' }, exam)).toEqual([]);
    expect(kinds({ objective: 'Extremities: Edema present.' }, exam)).toEqual(['exam']);
    expect(kinds({ objective: 'Positive straight leg raise.' }, exam)).toEqual(['exam']);
    expect(kinds({ objective: 'No tenderness over the lumbar spine.' }, exam)).toEqual(['exam']);
  });

  it('catches an affirmed finding the exam never mentions', () => {
    const findings = checkGrounding({ objective: 'Systolic murmur heard at the left base.' }, exam);
    expect(findings.map((f) => f.reason)).toEqual([expect.stringMatching(/^the note affirms the finding "murmur", which the examination in the transcript never mentions/)]);
  });
});

describe('symptoms: answers to list and tag questions', () => {
  it('a list question answered "no" denies every item', () => {
    const t = '[doctor] any fever , chills , nausea or vomiting ?\n[patient] no .';
    expect(kinds({ subjective: 'Denies fever, chills, nausea or vomiting.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Endorses nausea.' }, t)).toEqual(['negation']);
  });

  it('a list question answered "yes" affirms none in particular, and "everything else is fine" denies the rest', () => {
    expect(kinds({ subjective: 'Denies cough.' }, '[doctor] any cough or fever ?\n[patient] yeah .')).toEqual([]);
    const t = '[doctor] anything else , fever , sore throat , cough ?\n[patient] a little congestion , but everything else has been okay .';
    expect(kinds({ subjective: 'Reports cough.' }, t)).toEqual(['negation']);
  });

  it('a negative tag question confirmed is a denial', () => {
    const t = "[doctor] you haven't had any chest pain , have you ?\n[patient] no .";
    expect(kinds({ subjective: 'Denies chest pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Endorses chest pain.' }, t)).toEqual(['negation']);
  });

  it('reads "i\'m not no longer having any numbness" as no numbness', () => {
    const t = "[doctor] any numbness now ?\n[patient] i'm not no longer having any numbness .";
    expect(kinds({ subjective: 'Denies numbness.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Reports numbness.' }, t)).toEqual(['negation']);
  });

  it('a question about things being normal answered "yes" denies the symptom', () => {
    expect(kinds({ subjective: 'Nil urinary symptoms.' }, '[doctor] and your waterworks are all ok ?\n[patient] yep .')).toEqual([]);
  });

  it('leaves safety-netting and hedged mentions alone', () => {
    const t = '[doctor] if you get a fever or a rash , or the pain gets worse , call us .';
    expect(checkGrounding({ subjective: 'Denies fever.', plan: 'Return if fever or rash develops.' }, t)).toEqual([]);
  });
});

describe('two claims of one term, and a system heading that is no place', () => {
  it('"endorses melena; denies hematochezia" is read item by item, while one phrase both ways is a time course', () => {
    const t = '[doctor] any blood in your stool or black tarry stools ?\n[patient] no , nothing like that .';
    expect(kinds({ subjective: 'Gastrointestinal: Denies hematochezia, melena.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Gastrointestinal: Endorses melena; denies hematochezia.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Endorsed tingling until Sunday, denies tingling today.' }, '[patient] no tingling at all .')).toEqual([]);
  });

  it('"Skin: Admits to redness" is compared with "any redness or swelling in your knees ? — no"', () => {
    const t = '[doctor] okay so have you noticed any redness or swelling in your knees ?\n[patient] no .';
    expect(kinds({ subjective: 'Skin: Denies redness.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Skin: Admits to redness.' }, t)).toEqual(['exam']);
  });
});

describe('denials held to a moment, uncertainty, and weight lost on purpose', () => {
  it('"no SOB at rest" is not contradicted by breathlessness in general; a plain "no SOB" is', () => {
    const t = 'Doctor: How is your breathing?\nPatient: Uh, I have feel like kind of short of breath when I go upstairs.';
    expect(kinds({ subjective: 'No SOB at rest.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'No SOB.' }, t)).toEqual(['negation']);
  });

  it('"i don\'t know, constipated i guess" is no denial', () => {
    const t = "Patient: Um, and I was, I was a little bit like um, uh, I don't know constipated I guess.";
    expect(kinds({ subjective: 'Constipated 1 week.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Constipated 1 week.' }, "Patient: I'm not constipated at all.")).toEqual(['negation']);
  });

  it('"denies unintentional weight loss" stands beside "i\'ve been trying to lose weight"', () => {
    const t = "[patient] i've been trying to lose weight , i've lost about ten pounds .";
    expect(kinds({ subjective: 'The patient denies unintentional weight loss.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'The patient denies weight loss.' }, t)).toEqual(['negation']);
  });
});

describe('the family after a mention, within its sentence only', () => {
  it('"i\'m not vomiting okay is anyone in your family …" is the patient\'s own denial', () => {
    const t = '[doctor] and do you have any nausea vomiting any fever chills i feel nauseated but i\'m not vomiting okay is anyone in your in your family had kidney stones yes my father had them';
    expect(kinds({ subjective: 'Denies vomiting.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Notes vomiting.' }, t)).toEqual(['negation']);
    // Within its sentence, a relative named after the mention still takes it.
    expect(kinds({ subjective: 'Denies migraines.' }, '[patient] migraines , my mother gets them a lot')).toEqual([]);
  });
});

describe('a negation ends where a new assertion starts, and a symptom that stopped is not had', () => {
  it('"his diabetes is not controlled, and the numbness is diabetic neuropathy" does not deny the numbness', () => {
    const t = "Doctor: Your diabetes, your sugars have been high.\nPatient: My feet feel numb, mostly at night. Like they're asleep.\nDoctor: That's the diabetes affecting the nerves, diabetic neuropathy.";
    expect(checkGrounding({ assessment: 'His diabetes is not controlled, and the numbness is diabetic neuropathy.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Denies numbness or tingling.' }, t).map((f) => f.kind)).toEqual(['negation']);
  });

  it('"no, the bleeding stopped two weeks ago" supports "no bleeding" and contradicts "ongoing bleeding"', () => {
    const t = 'Doctor: Any bleeding still?\nMom: No, the bleeding stopped two weeks ago.';
    expect(checkGrounding({ subjective: 'No bleeding per mom.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Mom reports bleeding.' }, t).map((f) => f.kind)).toEqual(['negation']);
  });
});

describe('symptoms asked about in everyday words, and GP shorthand for them', () => {
  const asked = (q: string, a: string) => `Doctor: ${q}\nPatient: ${a}`;
  it.each([
    ['No haemoptysis.', 'Reports haemoptysis.', asked('Have you coughed up any blood?', 'No.')],
    ['No weight loss.', 'Reports weight loss.', asked('Have you lost any weight?', 'No, not at all.')],
    ['No dysuria.', 'Reports dysuria.', asked('Any pain or burning when you pass urine?', 'No.')],
    ['No neck stiffness.', 'Reports neck stiffness.', asked('Any stiffness in your neck?', 'No.')],
    ['No photophobia.', 'Reports photophobia.', asked('Does light bother your eyes?', 'No.')],
    ['No visual disturbance.', 'Reports visual disturbance.', asked('Any problems with your vision?', 'No.')],
    ['No CP.', 'Reports CP.', asked('Any chest pain?', 'No.')],
    ['No N/V.', 'Reports N/V.', asked('Any nausea or vomiting?', 'No.')],
    ['No D&V.', 'Reports D&V.', asked('Any diarrhoea or vomiting?', 'No.')],
  ])('"%s" is supported and "%s" is caught', (denied, affirmed, t) => {
    expect(kinds({ subjective: denied }, t)).toEqual([]);
    expect([...new Set(kinds({ subjective: affirmed }, t))]).toEqual(['negation']);
  });

  it('a cough that brings up phlegm is still a cough', () => {
    expect(kinds({ subjective: 'Productive cough.' }, 'Patient: I keep coughing up this green phlegm.')).toEqual([]);
  });
});

describe('symptoms the conversation never comes near', () => {
  const t = '[doctor] how is the knee doing ?\n[patient] it still hurts when i climb stairs .\n[doctor] any trouble lying flat at night ?\n[patient] no , i sleep fine .';

  it('catches a complaint the note affirms and nobody spoke of, in any words', () => {
    expect(kinds({ subjective: 'She reports hematuria.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Genitourinary: Positive for dysuria.' }, t)).toEqual(['negation']);
  });

  it('leaves alone a complaint said in other words, or only in the assessment', () => {
    expect(kinds({ subjective: 'Reports knee pain with stairs.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Return if she notices hematuria.' }, t)).toEqual([]);
  });

  it('reads "you haven\'t had any chest pain" as the clinician\'s recap of a denial, not as an exam', () => {
    const recap = "[doctor] and so you have n't had any chest pain or shortness of breath you're still walking around are you exercising\n[patient] kind of";
    expect(kinds({ subjective: 'Denies chest pain.' }, recap)).toEqual([]);
    expect(kinds({ subjective: 'He does have chest pain.' }, recap)).toEqual(['negation']);
  });
});

describe('lungs said to be clear in a dictated exam', () => {
  it('reads "on your lung exam , everything sounds nice and clear … okay ?" as clear lungs', () => {
    const t = '[doctor] on your lung exam , everything sounds nice and clear , and on your lower extremity exam , i do appreciate , you know , 1 to 2+ pitting edema in your legs , okay ?';
    expect(kinds({ objective: 'Lungs clear to auscultation. 1-2+ pitting edema of the legs.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Crackles at both lung bases.' }, t)).toEqual(['exam']);
  });

  it('reads "heart and lungs … those sound good" as clear lungs', () => {
    const t = "[doctor] i'm gon na just quickly listen to your heart and lungs okay those those sound good but let me focus here on your knee";
    expect(kinds({ objective: 'Scattered wheezing in both lungs.' }, t)).toEqual(['exam']);
  });
});

describe('frames a second hand writes a flipped negative in', () => {
  const t = '[doctor] any clicking in the jaw when you chew ?\n[patient] no , no clicking at all .';

  it('reads "does have", "has been having", "is experiencing" as affirming what follows', () => {
    expect(kinds({ subjective: 'Denies clicking in the jaw.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'She does have clicking in the jaw.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'She has been having clicking in the jaw.' }, t)).toEqual(['negation']);
  });
});

describe('edema read through swelling when the exam never says edema', () => {
  it('catches "2+ pitting edema" where the examiner said "there\'s no swelling"', () => {
    const t = "[doctor] so when i look at the knee there is no redness there's no swelling , and i can appreciate a small effusion .";
    expect(kinds({ objective: '2+ pitting edema.' }, t)).toContain('exam');
    expect(kinds({ objective: 'No edema. Small effusion.' }, t)).toEqual([]);
  });
});

describe('"weight" alone does not bring up weight loss', () => {
  it('catches "Endorses weight loss" where only weight gain was spoken of', () => {
    const t = '[doctor] any weight gain or swelling in your legs recently ?\n[patient] a little bit of weight gain over the summer .';
    expect(kinds({ subjective: 'Constitutional: Endorses weight loss.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Reports mild weight gain over the summer.' }, t)).toEqual([]);
  });
});

describe('a part another mention names is not borrowed', () => {
  const sitesOf = (statement: string, term: string) => findTermClaims(statement, 'subjective').find((c) => c.term === term)?.sites;
  it('"Runny nose, ear pain": the ear pain is not the nose\'s, the cough after "sore throat" not the throat\'s', () => {
    expect(sitesOf('Runny nose, ear pain.', 'ear pain')).toEqual([]);
    expect(sitesOf('Sore throat, cough, ear pain and headache.', 'cough')).toEqual([]);
    expect(sitesOf('Sore throat, cough, ear pain and headache.', 'headache')).toEqual([]);
  });

  it('"Stuffy nose, left ear pain": the left is the ear\'s', () => {
    expect(sitesOf('Stuffy nose, left ear pain.', 'nasal congestion')).toEqual([]);
    expect(sitesOf('Stuffy nose, left ear pain.', 'ear pain')).toEqual(['left']);
  });

  const exam = '[doctor] let me examine your ankle . there is no swelling of the ankle , but it is tender here .\n[patient] ouch .\n[doctor] and your knee , no tenderness , i do see some swelling on the knee .';
  it('"Ankle tenderness, knee swelling" is what the examiner found: the knee is not the tenderness\'s place', () => {
    expect(checkGrounding({ objective: 'Ankle tenderness, knee swelling.' }, exam)).toEqual([]);
    expect(checkGrounding({ objective: 'Knee swelling, ankle tenderness.' }, exam)).toEqual([]);
  });

  it('still catches the finding put on the other part', () => {
    expect(checkGrounding({ objective: 'Knee tenderness, ankle swelling.' }, exam).map((f) => f.kind)).toContain('exam');
  });
});
