import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

// Invented exchanges and dictations.
describe('one anxiety named for another', () => {
  const t = [
    'Psychologist: When do the attacks come?',
    'Client: Out of nowhere. My heart races and I think I am dying. I had a panic attack at the bus stop last week.',
    'Psychologist: And do you avoid places now?',
    'Client: I do not go into town on my own any more in case it happens there.',
  ].join('\n');

  it('passes the anxiety the conversation spoke of', () => {
    expect(reasons({ assessment: 'Panic disorder with avoidance of going into town alone.' }, t)).toEqual([]);
  });

  it('flags a fear of being judged that nobody spoke of', () => {
    expect(reasons({ assessment: 'Social anxiety disorder with avoidance of going into town alone.' }, t).join(' ')).toMatch(/social anxiety/i);
  });
});

describe('a condition built on a part the dictation denies', () => {
  const dictate = (finding: string) => `Summary for the neck clinic. Neck pain and stiffness for a month after decorating a ceiling. ${finding} Grip strength is normal.`;

  it('flags the condition where the part is denied', () => {
    expect(reasons({ assessment: 'Cervical radiculopathy on the left.' }, dictate('No radicular features in either arm, reflexes symmetrical.')).join(' ')).toMatch(/radiculopathy/);
  });

  it('passes it where the part is said with pain', () => {
    expect(reasons({ assessment: 'Cervical radiculopathy on the left.' }, dictate('There is radicular pain into the left forearm, reflexes symmetrical.'))).toEqual([]);
  });
});
