import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readExamTopicHeading } from '../../src/local/exam-topic-headings.js';

// Dictations written for these tests (invented patients): the findings are headed by the name of what was examined.
describe('a paragraph headed by the examination\'s own name', () => {
  it('reads the name as a heading in several specialties\' words', () => {
    expect(readExamTopicHeading('cranial nerve exam. facial sensation intact, tongue midline.')?.rest).toBe('facial sensation intact, tongue midline.');
    expect(readExamTopicHeading('Range of motion testing: flexion 110 degrees.')?.rest).toBe('flexion 110 degrees.');
    expect(readExamTopicHeading('swallow trials. thin liquid by straw, coughed twice.')?.rest).toBe('thin liquid by straw, coughed twice.');
  });

  it('leaves sentences that only end in an examining word', () => {
    expect(readExamTopicHeading('no new findings. she is comfortable.')).toBeUndefined();
    expect(readExamTopicHeading('her exam. was normal last week.')).toBeUndefined();
    expect(readExamTopicHeading('we reviewed the previous tests. all normal.')).toBeUndefined();
  });

  describe('in a lower-case dictation', () => {
    const dictation = [
      'this is sam ruiz physiotherapist dictating a review for ms. ola brandt.',
      '',
      'history. 58 year old woman, right shoulder pain for six weeks after gardening, worse reaching overhead.',
      '',
      'shoulder exam. painful arc between 70 and 120 degrees. positive hawkins test on the right. strength 5 out of 5.',
      '',
      'impression. right rotator cuff tendinopathy.',
      '',
      'plan. rotator cuff strengthening programme, review in three weeks.',
    ];
    const note = generateLocalNote(dictation.join('\n'));
    it('writes the headed findings in the Objective', () => {
      expect(note.objective).toMatch(/painful arc/i);
    expect(note.objective).toMatch(/hawkins/i);
      expect(note.subjective).not.toMatch(/painful arc|hawkins/i);
    });
  });
});
