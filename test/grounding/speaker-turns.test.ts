import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { readSpeakerTurns } from '../../src/grounding/speaker-turns.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe("a meeting's captions with each speaker's name on a line of its own", () => {
  const t = [
    'Priya Osei',
    'Morning. What can I do for you today?',
    'Gordon Wells',
    'This cough of mine. Three weeks now and it will not shift.',
    'Priya Osei',
    'Three weeks. Bringing anything up? Any blood in it?',
    'Gordon Wells',
    'Green stuff in the mornings. No blood though.',
    'Priya Osei',
    'Any wheeze or tightness in the chest?',
    'Gordon Wells',
    'No.',
    'Priya Osei',
    'Okay, I will have a listen to your chest.',
  ].join('\n');

  it('reads the names as speakers, so the patient\'s "No." denies what was asked', () => {
    expect(reasons({ subjective: 'Cough for 3 weeks with green sputum in the mornings. Denies chest tightness.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Cough for 3 weeks with green sputum in the mornings. Reports chest tightness.' }, t).join(' ')).toMatch(/tightness/);
  });

  it('reads the name lines as speakers only when names head the turns', () => {
    expect(readSpeakerTurns(t).slice(0, 2).map((x) => [x.label, x.role])).toEqual([['Priya Osei', 'clinician'], ['Gordon Wells', 'patient']]);
    // A dictation whose headings stand on lines of their own has no speakers.
    const dictation = ['Subjective', 'Cough for three weeks.', 'Objective', 'Chest clear.', 'Plan', 'Review in a week.'].join('\n');
    expect(readSpeakerTurns(dictation).every((x) => x.label === undefined)).toBe(true);
  });
});

describe('a visit pasted a turn a line without labels', () => {
  const t = [
    'Come on in. What seems to be the trouble?',
    'My knee has been swelling up after I run.',
    'Which knee, and since when?',
    'The left one, for about a month.',
    'Does it ever lock or give way on you?',
    'No, never.',
    'Any fever or night sweats?',
    'No.',
    'Have you had any injury to it before?',
    'I twisted it skiing two years ago.',
    'Okay, I will examine it now.',
  ].join('\n');

  it('reads the answers as the patient\'s', () => {
    expect(reasons({ subjective: 'Left knee swelling after running for 1 month. No fever or night sweats.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Left knee swelling after running for 1 month, with fever and night sweats.' }, t).join(' ')).toMatch(/fever/);
  });
});
