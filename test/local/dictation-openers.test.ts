import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitSentences } from '../../src/local/split-sentences.js';
import { classifyByStructure } from '../../src/local/clause-structure.js';

// Invented for these tests (no real patients): how dictating clinicians open sentences and headings.
describe('a clock time in a sentence', () => {
  it('does not end the sentence at a.m. or p.m. before a lower-case word', () => {
    expect(splitSentences('The cough woke him at 4 a.m. most nights this week.')).toHaveLength(1);
    expect(splitSentences('She took the second dose at 9 p.m. yesterday and felt sick.')).toHaveLength(1);
    expect(splitSentences('Seen by the night nurse at 2 A.M. before the transfer.')).toHaveLength(1);
  });

  it('still ends it when the next word starts a sentence', () => {
    expect(splitSentences('He was last seen well at 7 p.m. His wife found him at midnight.')).toHaveLength(2);
  });
});

describe('a statement with a pronoun subject and a time of day', () => {
  it('is no verbless dosing instruction', () => {
    for (const text of ['It keeps him awake at night.', 'This wakes her every morning around five.', 'That flares up twice a day after meals.']) {
      expect(classifyByStructure(text, 'history'), text).not.toBe('plan');
    }
  });

  it('while a verbless dose still is', () => {
    expect(classifyByStructure('Two sprays in each nostril twice a day.', 'plan')).toBe('plan');
  });
});

describe('a spoken heading after a filler word', () => {
  const dictation = (heading: string) => [
    'Podiatry dictation for Mr Ansel Brook.',
    'He reports a painful corn on the left fifth toe for two months, worse in work shoes.',
    'Social history: retired postman, walks his dog twice a day.',
    `${heading} Blood pressure 128/76, heart rate 72.`,
    'Pulses palpable, capillary refill brisk.',
    'Assessment: hard corn, left fifth toe.',
    'Plan: debrided today, wider toe box shoes, review in six weeks.',
  ].join('\n');

  it('opens its section as the bare heading would', () => {
    for (const heading of ['Okay, vitals.', 'All right, exam:', 'So, examination.']) {
      const note = generateLocalNote(dictation(heading), { specialty: 'podiatrist' });
      expect(note.objective, heading).toMatch(/Blood pressure 128\/76/);
      expect(note.subjective, heading).not.toMatch(/128\/76/);
    }
  });
});

describe('a dictated report without its subject', () => {
  it('is the history, before any heading', () => {
    const note = generateLocalNote([
      'Clinic dictation for Ms Ilse Varga, right shoulder.',
      'Reports stiffness in the mornings for three weeks since lifting boxes at work.',
      'Rates it 6 out of 10 at worst, 2 at rest.',
      'Describes a catching feeling when reaching overhead.',
      'Social history: works in a warehouse, right handed.',
      'Examination: painful arc from 70 to 120 degrees, full passive range.',
      'Assessment: rotator cuff tendinopathy.',
      'Plan: home exercise program, review in four weeks.',
    ].join('\n'), { specialty: 'physical_therapy' });
    expect(note.subjective).toMatch(/6\/10 at worst/);
    expect(note.subjective).toMatch(/catching feeling/);
    expect(note.objective).not.toMatch(/6\/10/);
  });
});
