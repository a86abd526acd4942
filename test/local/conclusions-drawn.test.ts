import { describe, expect, it } from 'vitest';
import { isConclusionDrawn } from '../../src/local/conclusions-drawn.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';

// Sentences written for these tests: a negative finding read out, then the judgement drawn from it with "so".
describe('a conclusion drawn with "so" from a negative finding', () => {
  it('reads the conclusion in several wordings', () => {
    expect(isConclusionDrawn('so no sign of right ventricular involvement')).toBe(true);
    expect(isConclusionDrawn("okay so there's no evidence of a fracture on these films")).toBe(true);
    expect(isConclusionDrawn('right so no extension into the joint space')).toBe(true);
    expect(isConclusionDrawn('good so no signs of infection around the wound')).toBe(true);
  });

  it('leaves negative findings said back and conditional talk alone', () => {
    expect(isConclusionDrawn('so no swelling')).toBe(false);
    expect(isConclusionDrawn('so no pain when you walk')).toBe(false);
    expect(isConclusionDrawn('so if there is no sign of infection we will leave it')).toBe(false);
  });
});

describe('a condition named outright as what this is', () => {
  const said = (text: string) => ({ role: 'clinician' as const, line: 1, turn: 1, text, raw: text, question: false });

  it('is the assessment, though the sentence goes on in words that sound like a plan', () => {
    for (const text of ['It is health anxiety, and every twinge gets read as a warning, I am going to die, I am going to lose my job.', "So this is classic plantar fasciitis, which we'll ease with stretches."]) {
      expect(classifyUtterance(said(text), 'plan'), text).toBe('assessment');
    }
  });

  it('but not a medicine named for a condition, a condition denied, or a body part', () => {
    for (const text of ["It's eczema cream, so put it on twice a day.", "It's not gout, and we'll stop the colchicine.", "It's the knee, and we'll scan it next week."]) {
      expect(classifyUtterance(said(text), 'plan'), text).toBe('plan');
    }
  });
});
