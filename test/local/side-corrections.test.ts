import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'podiatrist' });
const text = (n: ReturnType<typeof note>) => [n.subjective, n.objective, n.assessment, n.plan].join('\n');

describe('a side corrected at once', () => {
  it('corrects a side named with an upper-case abbreviation instead of failing', () => {
    // The corrected word comes from the transcript; an abbreviation in capitals once threw inside the engine.
    const n = note(
      'Podiatrist: I measured the left ABPI at 0.7 today. Right ABPI, sorry.',
      'Patient: Okay, is that bad?',
      'Podiatrist: It is lower than I would like, so I will refer you to vascular.',
    );
    expect(text(n)).toMatch(/right ABPI/i);
    expect(text(n)).not.toMatch(/left ABPI/i);
  });

  it('leaves a second side alone when it is a new sentence about another part', () => {
    const n = note(
      'Podiatrist: The left DP pulse is weak.',
      'Podiatrist: Right foot looks fine to me, good colour and warm.',
      'Patient: That is the one that does not hurt.',
    );
    expect(text(n)).toMatch(/left DP pulse/i);
  });
});
