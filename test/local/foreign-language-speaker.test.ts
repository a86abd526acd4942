import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

/** Invented: a diarised visit where the interpreter is not labelled as one and the patient speaks only Portuguese. */
const VISIT = [
  'Speaker 0: Good morning. Thank you for interpreting today. How is the cough?',
  'Speaker 2: Bom dia, doutor.',
  'Speaker 1: Good morning, doctor.',
  'Speaker 2: Está melhor. Muito melhor.',
  'Speaker 1: It is better. Much better.',
  'Speaker 0: And the breathing?',
  'Speaker 2: Não, ainda não.',
  'Speaker 1: No, not yet. I still get breathless on the stairs.',
  'Speaker 0: Let me listen to your chest. There are a few crackles at the left base.',
  'Speaker 0: This is a chest infection that is settling. Finish the antibiotics and I will see you in one week.',
].join('\n');

describe('a speaker who talks only in another language', () => {
  it("leaves out that speaker's words, however short, and keeps the interpreter's English", () => {
    const n = generateLocalNote(VISIT, { specialty: 'generic' });
    const all = `${n.subjective}\n${n.objective}\n${n.assessment}\n${n.plan}`;
    expect(all).not.toMatch(/bom dia|melhor|ainda/i);
    expect(n.subjective).toMatch(/breathless on the stairs/i);
    expect(n.objective).toMatch(/crackles at the left base/i);
  });

  it("keeps an English speaker's short replies", () => {
    const n = generateLocalNote(VISIT.replace(/^Speaker 2: .*\n/gm, '').replace('Speaker 1: No, not yet.', 'Speaker 1: No.'), { specialty: 'generic' });
    expect(n.subjective).toMatch(/breathless on the stairs/i);
  });
});
