import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/grounding/answer-reading.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { splitTokens } from '../../src/grounding/tokenize.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);
const answer = (text: string) => readAnswer(splitTokens(text));

describe('short answers read as people say them', () => {
  it('past hesitations, restarts and ASR contractions', () => {
    expect(answer('Um, so I, no I don\'t, I don\'t remember anything')).toBe('no');
    expect(answer('mmm , no , my ears are fine , actually')).toBe('no');
    expect(answer('i do n\'t think so')).toBe('no');
    expect(answer('not that i noticed')).toBe('no');
    expect(answer('I have none of that so far.')).toBe('no');
    expect(answer('on my body no not really')).toBe('no');
    expect(answer('yeah , no')).toBe('no');
    expect(answer('Uh huh, a little bit')).toBe('yes');
    expect(answer('yes i have')).toBe('yes');
  });

  it('neither, when the opening words answer nothing', () => {
    expect(answer('i have no idea what you mean')).toBe('unknown');
    expect(answer('it started on saturday')).toBe('unknown');
    expect(answer("ma'am")).toBe('unknown');
  });

  it('a finding the clinician states is not denied by the patient asking back', () => {
    const t = 'Doctor: Today\'s x-ray shows the distal radius fracture is in a good position, the alignment hasn\'t slipped.\nPatient: So no operation?\nDoctor: No operation needed.';
    expect(kinds({ objective: 'X-ray shows the distal radius fracture is in a good position.' }, t)).toEqual([]);
    expect(kinds({ objective: 'X-ray shows the distal radius fracture is in a good position.' }, t.replace('So no operation?', 'No.'))).not.toEqual([]);
  });
});

describe('questions and their answers', () => {
  it('a "can i just double check" question is still answered', () => {
    const t = 'Doctor: And, um, can I just double-check, do you have any neck stiffness at all?\nPatient: Uh, no.';
    expect(kinds({ subjective: 'Complains of neck stiffness.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'No neck stiffness.' }, t)).toEqual([]);
  });

  it('the answer comes after a filler-only line and an inaudible backchannel', () => {
    const t = 'Doctor: Have you got any blood in your stools?\nPatient: Um\nDoctor: .\nPatient: So I, no I don\'t, I don\'t remember anything like that.';
    expect(kinds({ subjective: 'Reports blood in stools.' }, t)).toEqual(['negation']);
  });

  it('a "yes" answers only the last of several questions, a "no" a run of symptom questions', () => {
    const t = 'Doctor: Any temperatures or fevers? Feeling hot and cold? Sweaty?\nPatient: Yeah, definitely.';
    expect(kinds({ subjective: 'No fevers.' }, t)).toEqual([]);
    const run = 'Doctor: Any nausea? Any vomiting? Any tummy pain?\nPatient: No.';
    expect(kinds({ subjective: 'Reports vomiting.' }, run)).toEqual(['negation']);
    const mixed = 'Doctor: Any fever? And are you eating ok?\nPatient: No.';
    expect(kinds({ subjective: 'Reports fever.' }, mixed)).toEqual([]);
  });

  it('an answer naming some items of a list leaves the rest denied', () => {
    const t = '[doctor] and any type of weight loss or decreased appetite or night sweats ?\n[patient] uh , slightly decreased appetite .';
    expect(kinds({ subjective: 'Reports night sweats.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Reports decreased appetite.' }, t)).toEqual([]);
  });

  it('a patient\'s own question presupposes the symptom, and a relative\'s symptoms are not the patient\'s', () => {
    const own = '[patient] could that be why my stomach is hurting ?\n[doctor] no , i think you are constipated .';
    expect(kinds({ subjective: 'Chronic abdominal pain.' }, own)).toEqual([]);
    const family = '[doctor] any diabetes or heart problems running in your family ?\n[patient] my mother has high blood pressure and my dad gets chest pain .\n[doctor] and you , any chest pain ?\n[patient] no .';
    expect(kinds({ subjective: 'Denies chest pain.' }, family)).toEqual([]);
  });

  it('safety-netting far from its "if" states nothing', () => {
    const t = "Doctor: And things to look out for if you're really not getting better, if you if you have a high fever, or your breathing is becoming a bit more labored, or chest pain, I'd like you to come back.\nDoctor: Any chest pain at the moment?\nPatient: No.";
    expect(kinds({ subjective: 'No chest pain.' }, t)).toEqual([]);
  });
});

describe('the note\'s own negation', () => {
  it('reaches through auxiliaries and raised verbs, but not into what a treatment is for', () => {
    const t = '[doctor] any seizures recently ?\n[patient] no .\n[patient] i am actually feeling a bit wheezy .';
    expect(kinds({ subjective: 'He has not had any seizures in a few months.' }, t)).toEqual([]);
    expect(kinds({ subjective: "The patient doesn't think he has had any seizures." }, t)).toEqual([]);
    expect(kinds({ subjective: 'The patient has not taken anything for the wheeze.' }, t)).toEqual([]);
  });

  it('a denial before "present" stands ("No effusion present")', () => {
    const t = '[doctor] on your knee exam i can appreciate some effusion .';
    expect(kinds({ objective: 'There is no effusion present.' }, t)).toEqual(['exam']);
    expect(kinds({ objective: 'There is effusion present.' }, t)).toEqual([]);
  });

  it('a non-productive cough is a cough, and coughing up blood is not one', () => {
    const t = '[patient] i have a dry cough .\n[doctor] have you coughed up any blood ?\n[patient] no .';
    expect(kinds({ subjective: 'Non-productive cough.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'He has not coughed up any blood.' }, t)).toEqual([]);
  });
});

describe('exam findings are read where the examiner said them', () => {
  it('an examiner\'s statement ended with "?" by the transcript is still a statement', () => {
    const t = '[doctor] and on your lower extremities , i do appreciate one plus pitting edema , so you ?\n[patient] okay .';
    expect(kinds({ objective: 'No pitting edema of the bilateral lower extremities.' }, t)).toEqual(['exam']);
  });

  it('an imaging result is a finding: a fracture the x-ray did not show, and creps for a clear chest, are caught', () => {
    const xray = "[doctor] so i reviewed the x-ray of your right ankle , and there is no fracture , no dislocation , which is good .";
    expect(kinds({ objective: 'No fracture or dislocation.' }, xray)).toEqual([]);
    expect(kinds({ objective: 'An acute fracture.' }, xray)).toEqual(['exam']);
    expect(kinds({ objective: 'Dislocation noted.' }, xray)).toEqual(['exam']);
    const chest = '[doctor] listening to your lungs , your lungs are clear , no crackles , no wheezing .';
    expect(kinds({ objective: 'Chest: clear, no creps.' }, chest)).toEqual([]);
    expect(kinds({ objective: 'Chest: coarse creps at the bases.' }, chest)).toEqual(['exam']);
  });

  it('a place on the body decides which mention speaks: lateral is not medial', () => {
    const t = '[doctor] you do have pain with palpation on the medial aspect of that right knee , no tenderness laterally .';
    expect(kinds({ objective: 'No pain to palpation of the lateral aspect of the right knee.' }, t)).toEqual([]);
    expect(kinds({ objective: 'No pain to palpation of the medial aspect of the right knee.' }, t)).toEqual(['exam']);
  });

  it('lists of special tests take the predicate at their end', () => {
    const t = '[doctor] your lachman , your anterior and posterior drawer and mcmurray test are all negative bilaterally .';
    expect(kinds({ objective: 'Lachman, anterior and posterior drawer, and McMurray test are all negative bilaterally.' }, t)).toEqual([]);
    expect(kinds({ objective: 'McMurray test is positive.' }, t)).toEqual(['exam']);
  });

  it('an exam dictated under a swapped speaker label is still the exam', () => {
    const t = '[doctor] how are you feeling ?\n[patient] on your musculoskeletal exam i do not appreciate any clubbing of your fingers .';
    expect(kinds({ objective: 'Clubbing appreciated.' }, t)).toEqual(['exam']);
  });

  it('a patient\'s history is not the exam, and an image is not the exam', () => {
    const t = "[patient] yeah , and it's still swollen .\n[doctor] the mri showed focal soft tissue swelling .\n[doctor] on exam there is no swelling of the index finger .";
    expect(kinds({ objective: 'There is no swelling of the index finger.' }, t)).toEqual([]);
    expect(kinds({ objective: 'The MRI shows soft tissue swelling.' }, t)).toEqual([]);
  });

  it('test results outside the lexicon: "Rapid strep test: negative"', () => {
    const t = '[doctor] and you also have , uh , positive for strep .';
    expect(kinds({ objective: 'Rapid strep test: positive.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Rapid strep test: negative.' }, t)).toEqual(['exam']);
  });
});

describe('pain said of a place', () => {
  it('reads "does your hand hurt? — no" and "my left knee doesn\'t really hurt" with their sides', () => {
    const t = "[doctor] does your right hand hurt at all ?\n[patient] no .\n[patient] my left knee does n't really hurt , my right knee hurts .";
    expect(kinds({ subjective: 'Denies right hand pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Reports right hand pain.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Reports right knee pain. Denies left knee pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Reports left knee pain.' }, t)).toEqual(['negation']);
  });

  it('"i hurt my knee" is an injury, and knee pain is joint pain', () => {
    const t = '[patient] i hurt my knee skiing and now my knee hurts .\n[doctor] joint pain elsewhere ?\n[patient] no .';
    expect(kinds({ subjective: 'Endorses joint pain in the knee.' }, t)).toEqual([]);
  });
});

describe('what a statement denies and what the exam says', () => {
  it('a denial of something new is not contradicted by an old complaint, but an affirmed new one is still read', () => {
    const t = "Doctor: Any problems with your bowels?\nPatient: Uh I, I usually have a bit of problems with my bowels anyway, so I don't think that's new.";
    expect(kinds({ subjective: 'Nil new bowel sx' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Nil bowel sx' }, t)).toEqual(['negation']);
  });

  it('a clinician giving back the history ("you mentioned swelling of your lip") is not the exam', () => {
    const t = "Doctor: So you mentioned, breathing difficulties and you mentioned swelling of your lip. Thankfully I can't see any of that right now.\nPatient: OK, good.";
    expect(kinds({ objective: 'Ex: no lip swelling seen, speaking normally.' }, t)).toEqual([]);
    const examined = 'Doctor: Looking at your lip now, there is some swelling of the lower lip.';
    expect(kinds({ objective: 'Ex: no lip swelling seen, speaking normally.' }, examined)).toEqual(['exam']);
  });

  it('a hesitation between a negation and its verb keeps the negation: "i don\'t, feel, um, massively anxious"', () => {
    const t = "Doctor: Do you feel anxious at the moment?\nPatient: Um, but other than that, I, I don't, feel, um, massively anxious.";
    expect(kinds({ subjective: "Doesn't feel anxious right now." }, t)).toEqual([]);
    expect(kinds({ subjective: 'Reports feeling anxious.' }, t)).toEqual(['negation']);
  });

  it('edema said as lower extremity edema: "no edema" is caught', () => {
    const t = '[doctor] your right knee shows some erythema . and , um , you have some lower extremity edema on the right hand side .';
    expect(kinds({ objective: 'Trace edema in the right lower extremity.' }, t)).toEqual([]);
    expect(kinds({ objective: 'No edema in the right lower extremity.' }, t)).toEqual(['exam']);
  });

  it('a dictated restart into a finding is no question: "i do you do have some fine rales"', () => {
    const t = '[patient] on your lung exam you know i do you do have some fine rales on your lung exam but no wheezes';
    expect(kinds({ objective: 'Auscultation of Lungs: Some fine rales were noted.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Auscultation of Lungs: No rales were noted.' }, t)).toEqual(['exam']);
  });

  it('GP shorthand "x3 days" is a duration', () => {
    const t = 'Doctor: How long have you had the cough?\nPatient: About three days now.';
    expect(kinds({ subjective: 'Cough x3 days.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Cough x5 days.' }, t)).toEqual(['number']);
  });
});

describe('lungs said to be clear, however long the dictation', () => {
  it('"lungs are nice and clear" far into a dictated exam denies crackles', () => {
    const t = "[doctor] okay , so on physical examination , you know , everything seems to look really good , um lungs are nice and clear , your heart's at a regular rate and rhythm .";
    expect(kinds({ objective: 'Respiratory: Lungs are clear to auscultation bilaterally.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Respiratory: Crackles on auscultation bilaterally.' }, t)).toEqual(['exam']);
    expect(kinds({ objective: 'Respiratory: Crackles on auscultation bilaterally.' }, '[doctor] your chest is not clear , i can hear crackles .')).toEqual([]);
  });
});

describe('a condition ends where a long dictation moves on', () => {
  it('"… if you\'ve had that in the past otherwise … there\'s no tenderness or guarding" is a finding, not a hypothesis', () => {
    const t = "[doctor] i do hear a slight murmur i'm not sure if you've had that in the past otherwise regular rate and rhythm your belly exam your belly's slightly distended there's no tenderness or guarding or anything like that";
    expect(kinds({ objective: 'Abdomen: Slightly distended. No tenderness or guarding.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Abdomen: Tenderness to palpation.' }, t)).toEqual(['exam']);
    expect(kinds({ objective: 'Abdomen: Tenderness to palpation.' }, "[doctor] let me know if there's no tenderness when i press here")).toEqual([]);
  });
});

describe('an answer taken back', () => {
  it('"any neck pain at all ? — yes , absolutely . / no , not , no , nothing" affirms nothing', () => {
    const t = ['Doctor: Edward, any neck pain at all?', 'Patient: Yes, absolutely.', 'Patient: No, not, no, nothing.', 'Doctor: OK, right.'].join('\n');
    expect(kinds({ subjective: 'No neck pain.' }, t)).toEqual([]);
    const kept = ['Doctor: Edward, any neck pain at all?', 'Patient: Yes, absolutely.', 'Patient: It is worse in the mornings.', 'Doctor: OK, right.'].join('\n');
    expect(kinds({ subjective: 'No neck pain.' }, kept)).toEqual(['negation']);
  });
});

describe('a direction said just before the place', () => {
  it('"no pain with palpation outside of the elbow" does not deny pain to palpation on its medial aspect', () => {
    const t = '[doctor] okay so pain on the medial side with palpation\n[patient] yes .\n[doctor] no pain with palpation outside of the elbow . do you have normal sensation in your fingers ?';
    expect(kinds({ objective: 'Pain to palpation along the medial aspect.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Pain to palpation along the lateral aspect.' }, t)).toEqual(['exam']);
  });
});

describe('an exam finding glossed, and one compared with the last exam', () => {
  it('"ecchymosis or bruising over the lateral malleolus" places the ecchymosis over the malleolus', () => {
    const t = '[doctor] now i\'m gon na do a focused exam on your right ankle . i do appreciate some ecchymosis or bruising over the lateral malleolus associated with some edema .';
    expect(kinds({ objective: 'Ecchymosis over the lateral malleolus associated with trace edema.' }, t)).toEqual([]);
    expect(kinds({ objective: 'No ecchymosis over the lateral malleolus.' }, t)).toEqual(['exam']);
  });

  it('"murmur that is unchanged from prior exam" is a murmur now', () => {
    const t = "[doctor] on your heart exam you have that grade three out of six systolic ejection murmur that's unchanged from your prior exam .";
    expect(kinds({ objective: 'Grade 3 out of 6 systolic ejection murmur that is unchanged from prior exam.' }, t)).toEqual([]);
    expect(kinds({ objective: 'No systolic ejection murmur that is unchanged from prior exam.' }, t)).toEqual(['exam']);
    // A finding of the past is still no claim about now.
    expect(kinds({ objective: 'No murmur on prior exam.' }, t)).toEqual([]);
  });
});

describe('exam findings in the words an examiner says them', () => {
  it('"your belly is soft and nontender" denies abdominal tenderness', () => {
    const t = '[doctor] your belly is soft and nontender .';
    expect(kinds({ objective: 'Abdomen soft, nontender.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Abdomen tender.' }, t)).toEqual(['exam']);
  });

  it('"i don\'t see any bruising" denies ecchymosis; "your throat looks red" affirms erythema', () => {
    expect(kinds({ objective: 'No ecchymosis.' }, "[doctor] i don't see any bruising .")).toEqual([]);
    expect(kinds({ objective: 'Ecchymosis present.' }, "[doctor] i don't see any bruising .")).toEqual(['exam']);
    expect(kinds({ objective: 'Throat erythematous.' }, '[doctor] your throat looks red .')).toEqual([]);
    expect(kinds({ objective: 'Throat not erythematous.' }, '[doctor] your throat looks red .')).toEqual(['exam']);
  });
});

describe('a test result written in shorthand', () => {
  const exam = "[doctor] let me check your reflexes . hoffman's sign is negative on both sides . and the spurling test is negative .\n[patient] okay .";
  it('catches "Hoffman\'s +ve" and "Spurling (+)" when the examiner found both negative', () => {
    expect(kinds({ objective: "Hoffman's +ve." }, exam)).toEqual(['exam']);
    expect(kinds({ objective: 'Spurling (+).' }, exam)).toEqual(['exam']);
  });

  it('passes the results as the examiner gave them, and a dictation\'s "reflexes bilateral all negative"', () => {
    expect(kinds({ objective: "Hoffman's -ve. Spurling (-)." }, exam)).toEqual([]);
    const dictated = '[doctor] physical exam . reflexes bilateral all negative . gait is slow .';
    expect(kinds({ objective: 'Reflexes bilateral all negative.' }, dictated)).toEqual([]);
  });
});

describe('speech problems asked about in plain words', () => {
  const asked = '[doctor] have you noticed any problems with your speech at all , any difficulties with your words ?\n[patient] no .';
  it('catches "Reports speech disturbance" when "any problems with your speech?" was answered "no"', () => {
    expect(kinds({ subjective: 'Reports speech disturbance.' }, asked)).toEqual(['negation']);
    expect(kinds({ subjective: 'Denies speech disturbance.' }, asked)).toEqual([]);
  });
});

describe('"there isn\'t any …" in an unpunctuated dictation states, it does not ask', () => {
  const exam = '[doctor] alright so on your examination of your abdomen there is tenderness to palpation of the abdomen there is n\'t any rebound or guarding though\n[patient] okay';
  it('catches "No tenderness to palpation of the abdomen" against the examiner\'s tenderness', () => {
    expect(kinds({ objective: 'Examination of Abdomen: No tenderness to palpation of the abdomen.' }, exam)).toEqual(['exam']);
  });

  it('passes the exam as dictated', () => {
    expect(kinds({ objective: 'Examination of Abdomen: Tenderness to palpation of the abdomen. No rebound or guarding.' }, exam)).toEqual([]);
  });
});

describe('lungs the note calls clear', () => {
  const crackles = "[doctor] now on your lung exam when you're taking some deep breaths i do notice some crackles in your lungs bilaterally .";
  const clear = '[doctor] listening to your lungs , they are nice and clear .';

  it('catches "clear to auscultation" where the examiner heard crackles', () => {
    expect(kinds({ objective: 'Auscultation of Lungs: Clear to auscultation bilaterally.' }, crackles)).toEqual(['exam']);
    expect(kinds({ objective: 'Respiratory: lungs clear.' }, crackles)).toEqual(['exam']);
  });

  it('passes clear lungs said clear, a clear chest x-ray, and lungs the conversation never examined', () => {
    expect(kinds({ objective: 'Auscultation of Lungs: Clear to auscultation bilaterally.' }, clear)).toEqual([]);
    expect(kinds({ objective: 'Chest x-ray: lungs clear.' }, crackles)).toEqual([]);
    expect(kinds({ objective: 'Lungs: CTAB.' }, '[doctor] your heart sounds good .')).toEqual([]);
  });
});

describe('what a cough brings up', () => {
  const t = [
    'Doctor: And yesterday you noticed a cough?',
    'Patient: Yeah.',
    'Doctor: So, talk to me about the cough. Have you brought anything up?',
    "Patient: Uh, no, I haven't, no.",
  ].join('\n');

  it('reads "brought anything up? — no" as no sputum, past a time that dates the cough', () => {
    expect(kinds({ subjective: 'Cough 1/7 previously, productive of green sputum.' }, t)).toContain('negation');
    expect(kinds({ subjective: 'Cough 2 days ago, productive.' }, t)).toContain('negation');
  });

  it('passes a dry cough, and a time course the note gives in the same part', () => {
    expect(kinds({ subjective: 'Cough 1/7 previously, unproductive.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Productive cough 2 weeks ago, now resolved.' }, t)).toEqual([]);
    const yes = 'Doctor: Are you coughing anything up?\nPatient: Yes, green stuff.';
    expect(kinds({ subjective: 'Cough, productive of green sputum.' }, yes)).toEqual([]);
  });
});

describe('what an image of a part was said to show', () => {
  const xray = "[doctor] so looking at the x-ray of your left knee , it appears there's no fractures there right now .";

  it('catches a fracture of a place within the imaged part where the image of that part showed none', () => {
    expect(kinds({ objective: 'X-rays of the left knee show a nondisplaced fracture of the medial tibial plateau.' }, xray)).toEqual(['exam']);
  });

  it('passes the image said, and a place in another part', () => {
    expect(kinds({ objective: 'X-rays of the left knee show no obvious signs of acute fracture or dislocation.' }, xray)).toEqual([]);
    const wrist = "[doctor] the x-ray of your right wrist shows a small fracture of the distal radius .";
    expect(kinds({ objective: 'X-ray of the right wrist shows a nondisplaced fracture of the distal radius.' }, wrist)).toEqual([]);
  });
});

describe('trouble on the stairs', () => {
  const knee = [
    "Patient: It's actually my right knee that hurts when I run.",
    'Doctor: Any problems going up and down stairs?',
    'Patient: No.',
  ].join('\n');

  it('catches pain on the stairs where the patient said the stairs give no problem, whatever else hurts', () => {
    expect(kinds({ subjective: 'Pain going up/downstairs and on normal walking.' }, knee)).toEqual(['negation']);
  });

  it('passes the denial, and trouble on the stairs the patient told', () => {
    expect(kinds({ subjective: 'No problems going up/downstairs or on normal walking.' }, knee)).toEqual([]);
    const told = "Patient: I've had some difficulty climbing the stairs, I get short of breath.";
    expect(kinds({ subjective: 'Reduced ADLs due to SOBOE, walking up hills / stairs.' }, told)).toEqual([]);
    expect(kinds({ subjective: 'No difficulty with stairs.' }, 'Patient: I fell down the stairs last week and hurt my ankle.')).toEqual([]);
  });
});

describe('what makes a complaint worse', () => {
  const headache = [
    'Doctor: Any difference if you lie down, stand up, bend over, cough or sneeze, or anything like that?',
    'Patient: Um, no.',
  ].join('\n');

  it('catches an aggravating activity asked about and answered no difference', () => {
    expect(kinds({ subjective: 'Worse on coughing/sneezing/bending.' }, headache)).toEqual(['negation']);
  });

  it('passes the denial, and an activity the patient says makes it worse', () => {
    expect(kinds({ subjective: 'No worse cough/sneeze/bending.' }, headache)).toEqual([]);
    const worse = 'Doctor: Does coughing make it any worse?\nPatient: Yes, a lot worse.';
    expect(kinds({ subjective: 'Worse on coughing.' }, worse)).toEqual([]);
    expect(kinds({ subjective: 'Pain worse with bending.' }, 'Patient: It hurts more when I bend down to pick things up, it gets worse.')).toEqual([]);
  });
});

describe('blood from the nose', () => {
  it('reads "any blood coming from the nose? — no" as no epistaxis', () => {
    const t = 'Doctor: OK. And any blood coming from the nose?\nPatient: No, it\'s pretty green.';
    expect(kinds({ subjective: 'Occasional epistaxis, no sinus pain.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'No epistaxis/sinus pain.' }, t)).toEqual([]);
  });
});

describe('a result named with "what we call"', () => {
  const ct = "[doctor] the ct does show a kidney stone in the right ureter , there's no evidence of what we call hydronephrosis , which is good .";

  it('reads the denial through the naming phrase, and "There is …" in the objective as a finding stated', () => {
    expect(kinds({ objective: 'There is mild right-sided hydronephrosis.' }, ct)).toEqual(['exam']);
  });

  it('passes the denial, and a call for help is still advice', () => {
    expect(kinds({ objective: 'There is no evidence of hydronephrosis.' }, ct)).toEqual([]);
    expect(kinds({ objective: 'There is mild hydronephrosis.' }, '[doctor] the scan shows mild hydronephrosis . call us if the pain gets worse .')).toEqual([]);
  });
});

describe('a complaint had before', () => {
  const t = 'Doctor: And, in the past, have you had any headache before?\nPatient: Not really.';

  it('catches a past of the complaint where the patient, asked about the past, said no', () => {
    expect(kinds({ subjective: 'Recurrent similar headaches in the past.' }, t)).toEqual(['negation']);
  });

  it('passes the denial, a first episode, and a past the patient told', () => {
    expect(kinds({ subjective: 'No headaches in the past.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'First headache of this kind, none before.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Recurrent similar headaches in the past.' }, 'Doctor: Have you had headaches like this before?\nPatient: Yes, a few times last year.')).toEqual([]);
  });
});

describe('"before" that says when', () => {
  it('does not read "before the headache comes on" as a past of the complaint', () => {
    const t = 'Doctor: Have you ever had headaches like this before?\nPatient: No, never.\nPatient: Before the headache comes on I see a zigzag line.';
    expect(checkGrounding({ subjective: 'Before the headache comes on, the patient gets a shimmering zigzag line in their vision.' } as never, t)).toEqual([]);
  });
});
