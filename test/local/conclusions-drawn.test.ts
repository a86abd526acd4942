import { describe, expect, it } from 'vitest';
import { isConclusionDrawn } from '../../src/local/conclusions-drawn.js';

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
