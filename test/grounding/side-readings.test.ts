import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

/** The laterality findings only: the same sentences may draw other checks ("leg swelling" the patient denied). */
const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind).filter((k) => k === 'laterality');

describe('words that look like sides but join or agree', () => {
  it('"either back pain , vomiting" and "both the pain and the inflammation" say nothing of both sides', () => {
    const t = [
      '[doctor] an aching pain , ok . and does the pain move anywhere else ? does it move towards your back ?',
      '[doctor] do bear in mind those symptoms i mentioned about the fever and the back pain and vomiting .',
      '[patient] either back pain , vomiting , great ok . yeah , i\'ll watch out for those .',
    ].join('\n');
    expect(kinds({ plan: 'Return if fever, left-sided back pain, vomiting.' }, t)).toEqual(['laterality']);
    const knee = '[patient] my knee hurts when i run .\n[doctor] take ibuprofen , that will help with both the pain and the inflammation in the knee .';
    expect(kinds({ subjective: 'Bilateral knee pain.' }, knee)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Bilateral knee pain.' }, '[patient] both of my knees hurt when i run .')).toEqual([]);
    expect(kinds({ subjective: 'Back pain on both sides. Bilateral back pain.' }, '[patient] my lower back hurts on either side .')).toEqual([]);
  });

  it('"is that right ?" and "right where i\'m pressing" are not the right side', () => {
    const t = [
      '[patient] i just got a terrible headache since mid-day . um on the left side .',
      '[doctor] and your vision has been blurry as well . is that right ?',
    ].join('\n');
    expect(kinds({ plan: 'Keep bilateral headache diary.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Left-sided headache.' }, t)).toEqual([]);
    const back = '[doctor] on your back exam you do have some tenderness in the paraspinal area right where i\'m pressing .';
    expect(kinds({ objective: 'Right paraspinal tenderness.' }, back)).toEqual(['laterality']);
  });
});

describe('plurals that are asked or told, not complained of', () => {
  it('"close your eyes" and "any swelling in your legs ?" — "no" are not both sides', () => {
    const t = [
      '[doctor] karen comes in for evaluation of a new right eye twitch .',
      '[doctor] can you follow my finger with your eyes . now i want you to close your eyes and reach out your arms .',
    ].join('\n');
    expect(kinds({ assessment: 'Bilateral eye tics are common in children.' }, t)).toEqual(['laterality']);
    expect(kinds({ assessment: 'Right eye tic.' }, t)).toEqual([]);
    const legs = '[doctor] okay . and any weight gain or swelling in your legs recently ?\n[patient] no , not that i noticed .';
    expect(kinds({ objective: 'Bilateral leg swelling.' }, legs)).toEqual(['laterality']);
    const yes = '[doctor] okay . and any swelling in your legs recently ?\n[patient] yeah , by the evening they puff up .';
    expect(kinds({ subjective: 'Bilateral leg swelling.' }, yes)).toEqual([]);
  });

  it('a finding told with a tag ("pitting edema in your legs , okay ?") keeps its plural', () => {
    const t = '[doctor] on your lower extremity exam , i do appreciate , you know , 1 to 2+ pitting edema in your legs , okay ?';
    expect(kinds({ objective: 'Musculoskeletal: 1-2+ pitting edema in the bilateral lower extremities.' }, t)).toEqual([]);
  });

  it('"pitting edema bilaterally" said of no part supports bilateral edema of the legs, not other bilateral claims', () => {
    const t = [
      '[doctor] okay do you have any swelling in your lower extremities at all that you noticed',
      '[patient] not if i\'m on my feet for a long time',
      '[doctor] i\'m gon na listen to your lungs okay your lungs are clear and you do have a small amount of one plus pitting edema bilaterally now',
    ].join('\n');
    expect(kinds({ objective: 'Examination: 1+ pitting edema in the bilateral lower extremities.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Bilateral lower extremity weakness.' }, t)).toEqual(['laterality']);
  });
});

describe('"the other one"', () => {
  it('"my other ankle too is sore" puts both ankles in play without saying which is which', () => {
    const t = [
      '[patient] twenty years ago i broke my ankle i had to put in a cast but that seems to be okay',
      '[patient] and my other ankle too is sore sometimes and i\'ve had surgery for that too',
      '[doctor] i would like to do a focused exam of your right foot .',
    ].join('\n');
    expect(kinds({ subjective: 'The patient reports surgical history of his left ankle.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Left ankle pain.' }, '[patient] my ankle is sore .\n[doctor] let me look at your right foot .')).toEqual(['laterality']);
  });
});

describe('a side asked about, not said', () => {
  it('"…, right ?" at the end of a question asks for a nod', () => {
    const t = 'Doctor: You had this injury on your left shoulder recently, right?\nPatient: Yes, I did.';
    expect(kinds({ subjective: 'History of injury to her left shoulder.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'History of injury to her right shoulder.' }, t)).toEqual(['laterality']);
    const wrist = 'Patient: I hurt my left wrist again.\nDoctor: I see. You said earlier your wrist was already sore, right? Why was that?';
    expect(kinds({ subjective: 'Previous right traumatic wrist injury.' }, wrist)).toEqual(['laterality']);
  });

  it('"is it right or left ?" after the part offers both sides; the reply gives the one', () => {
    const t = "Doctor: So, what's going on with your hand, miss? Is it right or left?\nPatient: It's the right one. It's been on and off for several weeks.";
    expect(kinds({ subjective: 'Problems with her right hand.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Problems with her left hand.' }, t)).toEqual(['laterality']);
  });
});

describe('sides of symptoms and conditions', () => {
  it('reads tingling as a side of the body and pneumonia as a lung', () => {
    const t = "Patient: If I sleep in a certain way, then I will wake up with a lot of tingling. Then I must literally shake my hands out.\nDoctor: Any history of pneumonia?\nPatient: Once, years ago.";
    expect(kinds({ subjective: 'It has been tingling and getting numb periodically over several weeks.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'It has been left-sided tingling over several weeks.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'History of right pneumonia.' }, t)).toEqual(['laterality']);
    const said = 'Patient: I get tingling in my left foot at night.\nDoctor: The x-ray shows a pneumonia in the right lower lobe.';
    expect(kinds({ subjective: 'Left-sided tingling at night.', assessment: 'Right lower lobe pneumonia. Right pneumonia.' }, said)).toEqual([]);
  });
});

describe('the side looked at only to compare', () => {
  it('"compared to the left knee" and a left knee asked about and answered "that feels normal" do not support left knee pain', () => {
    const t = [
      '[patient] when i\'m running my right knee here it just starts to ache',
      '[doctor] i\'m gon na look at your left knee first when i move your left knee do you get any type of pain or does it just feel normal ?',
      '[patient] that feels normal',
      '[patient] the right knee here hurts on the outside',
      '[doctor] the joint spaces of that right knee are well maintained and when compared to the left knee everything looks fine',
    ].join('\n');
    expect(kinds({ subjective: 'Right knee pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Left knee pain.' }, t)).toEqual(['laterality']);
    expect(kinds({ objective: 'Left knee: normal range of motion, no pain with movement.' }, t)).toEqual([]);
  });

  it('a left knee asked about and answered with a complaint still supports it', () => {
    const t = '[doctor] and when i move your left knee do you get any pain ?\n[patient] yes , it hurts on the inside , it is not normal for me';
    expect(kinds({ subjective: 'Left knee pain.' }, t)).toEqual([]);
  });
});

describe('handedness is not a side of the body', () => {
  const t = ['[doctor] are you right or left handed ?', '[patient] right-handed .', '[patient] i cut my left hand on a glass .'].join('\n');

  it('"Right-handed" and "right hand dominant" draw no laterality finding about the injured left hand', () => {
    expect(kinds({ subjective: 'Right-handed. Right hand dominant.' }, t)).toEqual([]);
  });

  it('still finds the injured hand given the other side', () => {
    expect(kinds({ subjective: 'Right-handed. Laceration of the right hand.' }, t)).toEqual(['laterality']);
  });
});
