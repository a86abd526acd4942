import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/grounding/answer-reading.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { splitTokens } from '../../src/grounding/tokenize.js';

const answer = (text: string) => readAnswer(splitTokens(text));
const negations = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'negation');

describe('answers that flip a pertinent negative', () => {
  it('a yes-word before "not" is an emphatic no', () => {
    expect(answer('absolutely not')).toBe('no');
    expect(answer('Definitely not, no.')).toBe('no');
    expect(answer('probably not')).toBe('no');
    expect(answer('absolutely')).toBe('yes');
  });

  it('"not currently", "not as far as i know", "not any" deny; "a few times", "once or twice" affirm', () => {
    expect(answer('Not currently, no.')).toBe('no');
    expect(answer('not as far as i know')).toBe('no');
    expect(answer('not any that i have seen')).toBe('no');
    expect(answer('a few times last week')).toBe('yes');
    expect(answer('once or twice')).toBe('yes');
    expect(answer('not as bad as before')).toBe('unknown');
  });

  const asked = '[doctor] any fever ?\n[patient] absolutely not .\n[doctor] and nausea ?\n[patient] once or twice , after meals .';
  it('catches "Reports fever" when the patient said "absolutely not", and "Denies nausea" when it came "once or twice"', () => {
    expect(negations('Reports fever.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "fever"')]);
    expect(negations('Denies nausea.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('denies "nausea"')]);
  });

  it('passes the note that says what the patient said', () => {
    expect(negations('Denies fever. Reports nausea.', asked)).toEqual([]);
  });
});

describe('a list question answered for every item', () => {
  const both = '[doctor] any numbness or tingling in your hands ?\n[patient] yes , both , mostly at night .';
  it('"yes, both" affirms each item, so "Denies tingling" is caught', () => {
    expect(negations('Denies tingling.', both).map((f) => f.reason)).toEqual([expect.stringContaining('denies "tingling"')]);
    expect(negations('Reports numbness and tingling in the hands.', both)).toEqual([]);
  });

  it('a bare "yes" to a list still affirms no item in particular', () => {
    expect(negations('Denies tingling.', '[doctor] any numbness or tingling in your hands ?\n[patient] yes .')).toEqual([]);
  });
});

describe('a denial contradicted by a narrower complaint', () => {
  const stairs = '[doctor] how is your breathing ?\n[patient] i get short of breath when i walk up the stairs .';
  it('"Denies shortness of breath" where the patient is short of breath on exertion', () => {
    expect(negations('Denies shortness of breath.', stairs).map((f) => f.reason)).toEqual([expect.stringContaining('denies "shortness of breath"')]);
  });

  it('not a denial held to rest, nor one of "other" complaints', () => {
    expect(negations('Denies shortness of breath at rest.', stairs)).toEqual([]);
    expect(negations('Denies other shortness of breath.', stairs)).toEqual([]);
    const knees = '[patient] my knees were just killing me after moving the boxes .';
    expect(negations('Denies other joint pain.', knees)).toEqual([]);
  });
});

describe('a "no" after a symptom question and an open question', () => {
  it('answers the symptom question: "how is your appetite ?" takes no "no"', () => {
    const t = 'Doctor: Any vomiting? And how is your appetite?\nPatient: No. Appetite is fine.';
    expect(negations('Reports vomiting.', t).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "vomiting"')]);
  });

  it('but a later yes/no question takes it: "are you eating ok ? — no" says nothing of vomiting', () => {
    expect(negations('Reports vomiting.', 'Doctor: Any vomiting? And are you eating ok?\nPatient: No.')).toEqual([]);
  });
});

describe('complaints in the words patients use', () => {
  it('catches a denial of what the patient described in other words', () => {
    expect(negations('Denies palpitations.', '[patient] sometimes my heart races at night')).toHaveLength(1);
    expect(negations('Denies dizziness.', '[patient] i feel like the room is spinning when i stand up')).toHaveLength(1);
    expect(negations('No dysuria.', '[doctor] any burning when you urinate ?\n[patient] yeah it burns a lot')).toHaveLength(1);
    expect(negations('Denies shortness of breath.', '[patient] i get winded really fast these days')).toHaveLength(1);
    expect(negations('Reports blood in stool.', 'Doctor: Have you noticed any blood when you go to the toilet?\nPatient: No, no blood.')).toHaveLength(1);
  });

  it('passes the note that agrees with them', () => {
    expect(negations('Reports palpitations.', '[patient] sometimes my heart races at night')).toEqual([]);
    expect(negations('Denies blood in stool.', 'Doctor: Have you noticed any blood when you go to the toilet?\nPatient: No, no blood.')).toEqual([]);
  });
});

describe('the note\'s own affirmations after a denial', () => {
  const t = '[doctor] any fever ?\n[patient] no .\n[doctor] chills ?\n[patient] no .\n[doctor] nausea ?\n[patient] no';
  it('"c/o chills", "+ chills", "does complain of", "experiencing" and "Chills: yes" end the reach of an earlier denial', () => {
    for (const note of ['Denies fever, c/o chills.', 'No fever, + chills.', 'Pt denies fever, does complain of chills.', 'Denies fever, experiencing chills.', 'Fever: no. Chills: yes.']) {
      expect(negations(note, t).map((f) => f.reason), note).toEqual([expect.stringContaining('affirms "chills"')]);
    }
  });

  it('"positive for fever and chills, negative for nausea" affirms the fever and chills', () => {
    expect(negations('ROS positive for fever and chills, negative for nausea.', t)).toHaveLength(2);
  });

  it('the same lists written as the patient said them pass', () => {
    for (const note of ['Denies fever, chills or nausea.', 'Fever: no. Chills: no.', 'ROS negative for fever, chills, and nausea.', 'no fever/chills']) {
      expect(negations(note, t), note).toEqual([]);
    }
  });
});

describe('review-of-systems shorthand', () => {
  const t = '[doctor] any fever ?\n[patient] no .\n[doctor] and a cough ?\n[patient] yes , a dry cough for a week .';
  it('reads "(-)", "-ve", "neg", "Cough: denies" and "No c/o" as denials, so they are caught where the cough was had', () => {
    for (const note of ['Cough: denies.', '(-) cough', 'Cough (-)', '-ve for cough', 'Cough neg.', 'No c/o cough.']) {
      expect(negations(note, t).map((f) => f.reason), note).toEqual([expect.stringContaining('denies "cough"')]);
    }
  });

  it('and passes them where they agree with the transcript', () => {
    for (const note of ['Fever: denies. Cough: endorses.', 'Fever (-), cough (+)', '-ve for fever, +ve for cough', 'Fever neg.', 'No c/o fever.']) {
      expect(negations(note, t), note).toEqual([]);
    }
  });
});

describe('a list question closed by "any of those"', () => {
  const t = '[doctor] fevers , chills , night sweats , any of those ?\n[patient] no';
  it('is one question, so its "no" denies each item', () => {
    expect(negations('Reports chills.', t).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "chills"')]);
    expect(negations('Denies fevers, chills, or night sweats.', t)).toEqual([]);
  });

  it('a real later question still takes the "no"', () => {
    expect(negations('Reports chills.', '[doctor] any chills , and are you sleeping well ?\n[patient] no')).toEqual([]);
  });
});

describe('"+/-", "±" and "with or without" state nothing of what follows', () => {
  const denied = '[doctor] any nausea ?\n[patient] no , no nausea at all .\n[doctor] and the tummy pain ?\n[patient] yes , it hurts .';
  const had = '[doctor] any nausea ?\n[patient] yes , quite a bit of nausea .\n[doctor] and the tummy pain ?\n[patient] yes , it hurts .';
  it('passes "Abdominal pain +/- nausea" whether the nausea was denied or had', () => {
    for (const note of ['Abdominal pain +/- nausea.', 'Abdominal pain \u00b1 nausea.', 'Abdominal pain with or without nausea.']) {
      expect(negations(note, denied).filter((f) => f.reason.includes('nausea'))).toEqual([]);
      expect(negations(note, had).filter((f) => f.reason.includes('nausea'))).toEqual([]);
    }
  });

  it('still reads the plain mark: "+ nausea" affirms what the patient denied', () => {
    expect(negations('Abdominal pain + nausea.', denied).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "nausea"')]);
  });
});

describe('"a temperature" is a fever in British speech', () => {
  const asked = 'Doctor: Have you had a temperature?\nPatient: No, not that I know of.\nDoctor: And any aches?\nPatient: Yes, all over.';
  it('catches "Reports fever" when "have you had a temperature?" was answered "no"', () => {
    expect(negations('Reports fever.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "fever"')]);
  });

  it('catches "Denies fever" when the patient said "I\'ve been running a temperature"', () => {
    const said = 'Doctor: How have you been?\nPatient: I\'ve been running a temperature since Monday.';
    expect(negations('Denies fever.', said).map((f) => f.reason)).toEqual([expect.stringContaining('denies "fever"')]);
  });

  it('a temperature taken or read out is a vital sign, not a fever', () => {
    const taken = 'Doctor: Let me take a temperature.\nPatient: Sure. I haven\'t actually done any temperature reading at home.\nDoctor: Your temperature is 37.';
    expect(negations('Feeling feverish, hot and cold.', taken)).toEqual([]);
    expect(negations('Denies fever.', asked)).toEqual([]);
  });
});

describe('a run of "any …" questions answered "no"', () => {
  it('denies each: "any fever at all, any chills? — no"', () => {
    const asked = '[doctor] any fever at all , any chills ?\n[patient] no .';
    expect(negations('Reports fever.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "fever"')]);
    expect(negations('Denies fever or chills.', asked)).toEqual([]);
  });

  it('but not a recap followed by another question: "so epigastric pain, any blood in your stool? — no"', () => {
    const recap = '[patient] sometimes my belly hurts up here .\n[doctor] okay alright so epigastric pain alright any blood in your stool or dark tarry stool\n[patient] no .';
    expect(negations('Reports epigastric pain.', recap)).toEqual([]);
  });
});

describe('"c/o" outside the lexicon', () => {
  const asked = '[doctor] does the pain go anywhere , any radiating pain ?\n[patient] no , it stays right there .\n[doctor] and any specific injury ?\n[patient] no , nothing i can think of .';
  it('catches "c/o radiating pain" and "c/o specific injury" as "complains of" is caught', () => {
    expect(negations('c/o radiating pain.', asked)).toHaveLength(1);
    expect(negations('Pt c/o specific injury.', asked)).toHaveLength(1);
    expect(negations('Complains of specific injury.', asked)).toHaveLength(1);
  });

  it('passes "denies radiating pain"', () => {
    expect(negations('Denies radiating pain or specific injury.', asked)).toEqual([]);
  });
});

describe('answers said with sounds and set phrases', () => {
  it('"mm-hmm", "uh-huh", "I think so", "afraid so", "on and off", "all the time" say yes', () => {
    for (const s of ['Mm-hmm.', 'Uh-huh.', 'Mm hm, yeah.', 'I think so.', "I'm afraid so.", "I'd say so.", 'On and off.', 'Now and then.', 'All the time.', 'Every day, really.']) expect([s, answer(s)]).toEqual([s, 'yes']);
  });

  it('"uh-uh", "I wouldn\'t say so", "not as such", "can\'t say I have", "not to my knowledge" say no; a stutter says neither', () => {
    for (const s of ['Uh-uh.', "I wouldn't say so.", 'Not as such.', "Can't say I have.", 'Not to my knowledge.']) expect([s, answer(s)]).toEqual([s, 'no']);
    expect(answer('Uh, uh, I had some last week.')).not.toBe('no');
    expect(answer('Mm.')).toBe('unknown');
  });

  it('catches "Denies chest pain" when "any chest pain?" was answered "mm-hmm"', () => {
    const t = '[doctor] any chest pain with it ?\n[patient] mm-hmm .\n[doctor] and any fever ?\n[patient] not as such .';
    expect(negations('Denies chest pain.', t)).toHaveLength(1);
    expect(negations('Reports fever.', t)).toHaveLength(1);
    expect(negations('Chest pain. No fever.', t)).toEqual([]);
  });
});

describe('a question restated or narrowed before the answer', () => {
  const thick = "Doctor: OK. Is there any thickened skin? Like, you know, where it's, the skin's very, um, thick, and darkened areas?\nPatient: Mmm, no, no, I don't think, I don't think so.";
  const discharge = 'Doctor: OK, and um, have you noticed any other discharge from down below? So, from from the front passage?\nPatient: Hmm no I don\'t think so. Nothing unusual.';
  it('the "no" still answers the question it restates: "Endorses thickened skin", "Has PV discharge" are caught', () => {
    expect(negations('Endorses thickened skin.', thick).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "thickened skin"')]);
    expect(negations('Has PV discharge.', discharge).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "pv discharge"')]);
  });

  it('passes the note that says what the patient said', () => {
    expect(negations('No thickened skin.', thick)).toEqual([]);
    expect(negations('Nil PV discharge.', discharge)).toEqual([]);
  });

  it('a later question with a verb of its own takes the answer, so the symptom stays unread', () => {
    const other = 'Doctor: Is there any thickened skin? Like, do you put cream on it?\nPatient: No, not really.';
    expect(negations('Endorses thickened skin.', other)).toEqual([]);
  });
});

describe('"are your legs swelling ?" asks whether they swell', () => {
  const legs = "[doctor] okay good how about are your legs swelling up\n[patient] nope i've always i always had skinny ankles like like i got dawn knots legs";
  it('catches "Reports leg swelling" when the answer was "nope", and "Endorses ankle swelling" when it was "no"', () => {
    expect(negations('Reports leg swelling.', legs).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "leg swelling"')]);
    expect(negations('Endorses ankle swelling.', '[doctor] is your ankle swollen ?\n[patient] no .')).toHaveLength(1);
  });

  it('passes the note that says what the patient said', () => {
    expect(negations('Denies leg swelling.', legs)).toEqual([]);
  });

  it('"how is your leg swelling ?" still presupposes the swelling, so its answer is not a denial', () => {
    expect(negations('Reports leg swelling.', '[doctor] how is your leg swelling ?\n[patient] no , not really better .')).toEqual([]);
  });
});

describe('a panic attack is not another word for anxiety', () => {
  const anxious = [
    "Patient: I've been feeling really anxious for the past two months, since I started the new job.",
    'Doctor: Have you ever had a panic attack?',
    'Patient: , um.',
    "Patient: No, I wouldn't say so, I've always managed to get to work.",
  ].join('\n');

  it('catches "Has had panic attacks" though the patient is anxious, and passes the anxiety itself', () => {
    expect(negations('Has had panic attacks, not missed work.', anxious).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "panic attacks"')]);
    expect(negations('Anxious since starting a new job. No panic attacks.', anxious)).toEqual([]);
  });
});

describe('a long turn that ends by checking on a complaint', () => {
  const turn = [
    "[doctor] so we'll keep working on the salt and the walking and see where the numbers land next time and then i want to have a look at that ankle of yours but before that i just want to make sure you're not having any shortness of breath at the moment",
    '[patient] no',
    '[doctor] okay good',
  ].join('\n');

  it('reads the answer as answering those last words', () => {
    expect(negations('Respiratory: Reports shortness of breath.', turn)).toHaveLength(1);
    expect(negations('Respiratory: Denies shortness of breath.', turn)).toEqual([]);
  });

  it('leaves advice to make sure alone, and hears a yes', () => {
    expect(negations('Reports shortness of breath.', '[doctor] make sure you come in if you get any shortness of breath\n[patient] no problem')).toEqual([]);
    expect(negations('Denies shortness of breath.', turn.replace('[patient] no', '[patient] actually yes , i do get a bit on the stairs'))).toHaveLength(1);
  });
});

describe('sex drive', () => {
  const lower = [
    "Patient: I've been feeling flat, and my libido's not what it was either.",
    'Doctor: So your mood has been low, with a lower sex drive?',
    'Patient: Yes.',
  ].join('\n');

  it('catches "Normal libido" where a lower sex drive was confirmed, and "Reduced libido" where it was denied', () => {
    expect(negations('Mood low. Normal libido.', lower)).toHaveLength(1);
    expect(negations('Reduced libido.', 'Doctor: Any change in your sex drive? Low sex drive at all?\nPatient: No, that side of things is fine.')).toHaveLength(1);
  });

  it('passes what was said', () => {
    expect(negations('Mood low, reduced libido.', lower)).toEqual([]);
    expect(negations('Libido unchanged.', 'Doctor: Any change in your sex drive? Low sex drive at all?\nPatient: No, that side of things is fine.')).toEqual([]);
  });
});

describe('a question of what the complaint causes', () => {
  const asked = [
    'Doctor: And the cough, does it cause you any pain in your chest?',
    'Patient: No, not really.',
    'Doctor: And when you breathe in deeply?',
    "Patient: Well, my ribs feel a bit sore, but it's all achy from the coughing.",
  ].join('\n');

  it('is asked, so its "no" denies the pain', () => {
    expect(negations('No chest pain, no pain on inspiration.', asked)).toEqual([]);
    expect(negations('Reports chest pain with the cough.', asked)).toHaveLength(1);
  });

  it('while a warning of what a drug can cause still asks nothing', () => {
    expect(negations('Reports chest pain.', 'Doctor: This tablet can cause chest pain, so if you get any chest pain let us know.\nPatient: OK.')).toEqual([]);
  });
});

describe('a long list of what to watch for', () => {
  const advice = "Doctor: the main thing i want you to watch for is those chest infections that won't clear up that you have trouble getting on top of or you know anything going on with your stomach you know bad diarrhoea";

  it('is advice, not a symptom had, however far the list runs past "watch for"', () => {
    expect(checkGrounding({ subjective: 'Denies diarrhoea.' }, advice)).toEqual([]);
    const asked = `Doctor: any tummy trouble , diarrhoea ?\nPatient: no , nothing like that\n${advice}`;
    expect(checkGrounding({ subjective: 'Reports ongoing diarrhoea.' }, asked).map((f) => f.kind)).toEqual(['negation']);
  });
});
