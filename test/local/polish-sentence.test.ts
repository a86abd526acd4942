import { describe, expect, it } from 'vitest';
import { polishSentence } from '../../src/local/polish-sentence.js';

describe('polishSentence', () => {
  it('writes "going to" before a verb as the note\'s future', () => {
    expect(polishSentence("I'm going to start you on amoxicillin")).toBe('I will start you on amoxicillin.');
    expect(polishSentence("we're going to add a statin")).toBe('We will add a statin.');
  });

  it('keeps "going to" before a place: a journey is not a future verb', () => {
    expect(polishSentence("We're going to St. Luke's, they have a stroke unit")).toBe("We're going to St. Luke's, they have a stroke unit.");
    expect(polishSentence("they're going to the children's hospital")).toBe("They're going to the children's hospital.");
    expect(polishSentence("I'm going to Leeds on Friday")).toBe("I'm going to Leeds on Friday.");
  });

  it('leaves a quotation as it was said', () => {
    expect(polishSentence('"I\'m going to be sick"', true)).toBe('"I\'m going to be sick"');
  });
});
