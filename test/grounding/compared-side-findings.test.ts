import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exam of one eye, the other looked at first to compare.
const transcript = [
  'Doctor: Which eye is it?',
  'Patient: The left eye. Since yesterday it is gritty and sticky.',
  'Doctor: Let me look at both. The right lid and conjunctiva look normal. Now the left — look up for me.',
  'Patient: Okay.',
  'Doctor: The conjunctiva is red and there is some crusting on the lashes. The cornea looks clear, no ulcer.',
].join('\n');

describe('a side looked at to compare does not decide where a finding is', () => {
  it('leaves an abnormal finding on the complained side, though the other side is said normal in the same words', () => {
    expect(kinds({ objective: 'L eye: conjunctiva injected with crusting on lashes; cornea clear, no ulcer.' }, transcript)).not.toContain('laterality');
  });

  it('still catches the finding put on the side said to be normal', () => {
    expect(kinds({ objective: 'R eye: conjunctiva injected with crusting on lashes.' }, transcript)).toContain('laterality');
  });
});
