import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const visit = (finding: string) => generateLocalNote([
  "Dentist: Hi Sam, what's bothering you?", 'Sam: My lower left back tooth has been sensitive to cold for two weeks.',
  `Dentist: ${finding}`, 'Dentist: So this is irreversible pulpitis in the lower left six. Your options are a root canal treatment or taking the tooth out.',
  "Sam: I'd rather save it.", "Dentist: Okay, we'll start the root canal today.",
].join('\n'), { specialty: 'dentist' });

describe('a tooth named by its place', () => {
  it('is a body part, so what is found on it is the exam, before any exam phase', () => {
    for (const finding of ['Lower left six has a deep cavity on the biting surface.', 'The lower left six has a deep cavity.', "There's a deep cavity in the lower left six."]) {
      const note = visit(finding);
      expect(note.objective).toContain('deep cavity');
      expect(note.plan).not.toContain('cavity');
    }
  });

  it('writes the treatment options offered in the plan, not the exam', () => {
    const note = visit('Lower left six has a deep cavity on the biting surface.');
    expect(note.plan).toContain('options are a root canal treatment or taking the tooth out');
    expect(note.objective).not.toContain('options');
  });
});
