import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: { subjective?: string; objective?: string; assessment?: string; plan?: string }, transcript: string, kind: string) =>
  checkGrounding(note, transcript).filter((f) => f.kind === kind);

describe('an answer that opens on "no" and names what it denies, though asked in other words', () => {
  const visit = [
    'Optometrist: Before the blur comes, do you see anything odd, lights, shapes?',
    'Patient: No, no halos. Just the blur.',
    'Optometrist: And the other eye?',
    'Patient: Fine.',
  ].join('\n');

  it('catches the note that writes the denied thing as had', () => {
    expect(kinds({ assessment: 'Blurred vision with halos.' }, visit, 'negation')).toHaveLength(1);
  });

  it('leaves an answer that opens otherwise, and a thing also said as had', () => {
    const other = visit.replace('No, no halos.', 'Hmm, no halos.');
    expect(kinds({ assessment: 'Blurred vision with halos.' }, other, 'negation')).toEqual([]);
    const had = `${visit}\nPatient: Actually I did see halos once, at night.`;
    expect(kinds({ assessment: 'Blurred vision with halos.' }, had, 'negation')).toEqual([]);
  });
});

describe('the side lain on', () => {
  const visit = [
    'Physio: Does the hip keep you awake?',
    'Patient: If I turn onto the left side it throbs, so I sleep on my right.',
    'Physio: For the stretch, lying on your right side, a pillow between the knees.',
  ].join('\n');

  it('is supported when the conversation gives that side at all, though lying on the other one comes up too', () => {
    expect(kinds({ subjective: 'Night pain when lying on the left side.' }, visit, 'laterality')).toEqual([]);
  });

  it('is still checked where the conversation never gives it that side', () => {
    const oneSide = visit.replace('turn onto the left side it throbs', 'lie flat it throbs');
    expect(kinds({ subjective: 'Night pain when lying on the left side.' }, oneSide, 'laterality')).toHaveLength(1);
  });
});
