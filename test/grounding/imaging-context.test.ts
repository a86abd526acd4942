import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Dictation in the ACI-Bench style (CC BY 4.0): lower case, tokenised, "x-ray" said as "x ray".
describe('an imaging result is judged by what the image showed', () => {
  const inOne = '[doctor] so we did get an x-ray of your left ankle before you came in and luckily there is no fractures no bony abnormalities which is really good .\n[doctor] on exam of your left ankle there is some swelling .';

  it('reads the transcript\'s "x ray" as an image: a note\'s x-ray fracture is caught, its "no fracture" passes', () => {
    expect(kinds({ objective: 'X-ray of the left ankle taken in office today reveals no fracture or bony abnormalities.' }, inOne)).toEqual([]);
    expect(kinds({ objective: 'X-ray of the left ankle taken in office today reveals fracture present; no bony abnormalities.' }, inOne)).toEqual(['exam']);
  });

  it('takes the image and its body part from the clause before: "the x ray of your right ankle . it shows no fracture"', () => {
    const split = '[doctor] now i reviewed the x-ray of your right ankle . it shows no fracture .\n[doctor] on exam of your right ankle there is swelling and tenderness .';
    expect(kinds({ objective: 'X-ray of the right ankle reveals a fracture.' }, split)).toEqual(['exam']);
    expect(kinds({ objective: 'X-ray of the right ankle: no fracture. Right ankle: swelling and tenderness.' }, split)).toEqual([]);
  });

  it('does not carry the image to a clause that goes on to the exam', () => {
    const t = '[doctor] i looked at the x-ray of your knee . no fracture . okay , let me examine you . there is no swelling .';
    expect(kinds({ objective: 'Knee: no swelling.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Knee: moderate swelling.' }, t)).toEqual(['exam']);
  });

  it('judges a results line that names no image by the image, unless the exam speaks of the finding too', () => {
    const xray = '[doctor] so i reviewed the x-ray of your right ankle , and there is no fracture , no dislocation , which is good .';
    expect(kinds({ objective: 'No fracture or dislocation.' }, xray)).toEqual([]);
    expect(kinds({ objective: 'An acute fracture.' }, xray)).toEqual(['exam']);
    const breast = [
      "[doctor] and then it looks like you had an ultrasound of your right breast on november 3rd , 2019 , which revealed a mass at the two o'clock position .",
      '[doctor] only change to make is the breast exam . there are no palpable masses , however , there is skin thickening at the medial inferior aspect of the right breast .',
    ].join('\n');
    expect(kinds({ objective: 'Breast: There are no palpable masses; however, there is some skin thickening at the medial inferior aspect of the right breast.' }, breast)).toEqual([]);
  });

  it('an image of a region speaks for its landmarks: no elbow fracture denies one of the medial epicondyle', () => {
    const t = "[doctor] let's go ahead and review the x-ray of your right elbow . the good news is i do n't see any fracture or bony abnormality of that right elbow .";
    expect(kinds({ objective: 'X-ray of the right elbow: no fracture or bony abnormality.' }, t)).toEqual([]);
    expect(kinds({ objective: 'These reveal a small avulsion fracture of the medial epicondyle.' }, t)).toEqual(['exam']);
    // Two landmarks of one region stay two places: no tenderness at the AC joint says nothing of the greater tuberosity.
    const exam = '[doctor] on exam there is tenderness of the greater tuberosity of the humerus but there is no tenderness at the acromioclavicular joint .';
    expect(kinds({ objective: 'Tenderness over the greater tuberosity. No tenderness at the acromioclavicular joint.' }, exam)).toEqual([]);
  });
});

