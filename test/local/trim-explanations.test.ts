import { describe, expect, it } from 'vitest';
import { trimExplanations } from '../../src/local/trim-explanations.js';

describe('trimming the words that only explain', () => {
  it.each([
    ['I\'d like to examine his prostate, which means a finger examination from behind.', 'I\'d like to examine his prostate.'],
    ['Please avoid ibuprofen while you are dry, again because of the kidneys.', 'Please avoid ibuprofen while you are dry.'],
    ['Because he has been falling asleep at traffic lights, he must not drive until his sleepiness is controlled on CPAP.', 'He must not drive until his sleepiness is controlled on CPAP.'],
    ['Restart the Clenil, two puffs twice a day, even when you feel well, that\'s what keeps this from happening.', 'Restart the Clenil, two puffs twice a day, even when you feel well.'],
    ['Get some oral rehydration sachets from the pharmacy, they replace the salts you are losing.', 'Get some oral rehydration sachets from the pharmacy.'],
  ])('%s', (text, trimmed) => {
    expect(trimExplanations(text)).toBe(trimmed);
  });

  it.each([
    // A clause with a number, a drug, an order or a negation states something: it stays.
    'Start the tablet, which is 5 mg once a day.',
    'We will keep the amlodipine, because the metoprolol slowed your heart.',
    'Stop the ibuprofen, because it does not help and it upsets your stomach.',
    'Keep the wrist splint on, which is what we will check next time.',
    // Nothing would be left of the sentence.
    'Rest, because it helps.',
  ])('keeps %s', (text) => {
    expect(trimExplanations(text)).toBe(text);
  });
});
