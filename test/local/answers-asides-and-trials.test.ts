import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitSentences } from '../../src/local/split-sentences.js';

const note = (lines: string[], specialty?: string) => generateLocalNote(lines.join('\n'), specialty ? { specialty } : undefined);

describe('a toothache told in short answers, then examined', () => {
  const n = note([
    'Dentist: What brings you in?',
    'Patient: Toothache.',
    'Dentist: Where is it?',
    'Patient: Upper right. Right at the back.',
    'Dentist: What does it feel like? Sharp, dull, aching?',
    'Patient: Sharp. Like a needle.',
    'Dentist: Does cold set it off?',
    "Patient: Ice cream does. It lingers after, a good minute.",
    "Dentist: Does it go anywhere else?",
    "Patient: Up to my temple sometimes.",
    "Dentist: That's quite common with the upper back teeth. Let's have a look.",
    "Dentist: So that's tooth 3, the first molar on the upper right. There's a deep cavity on the biting surface. Up at the root tip — no dark area, so no infection there yet.",
    "Dentist: The nerve in the tooth is inflamed. It's not an abscess. We'll do a root canal.",
  ], 'dentist');

  it('writes the place, the kind of pain and its lingering as the history', () => {
    expect(n.subjective).toMatch(/Location: upper right/);
    expect(n.subjective).toMatch(/Character: sharp/);
    expect(n.subjective).toMatch(/lingers/);
  });

  it('writes the tooth named and the sign looked for and absent as the exam, and leaves the reassurance out', () => {
    expect(n.objective).toMatch(/tooth 3/);
    expect(n.objective).toMatch(/no dark area/);
    expect(n.assessment).not.toMatch(/quite common/);
    expect(n.assessment).toMatch(/not an abscess/);
  });
});

describe('a swallow assessment at the bedside', () => {
  it('keeps a request set off by dashes inside its sentence', () => {
    expect(splitSentences("There's a left facial droop, and — cough for me? — that's a weak cough.")).toHaveLength(1);
  });

  it('records the trial given and the findings around an aside as the exam', () => {
    const n = note([
      'SLP: Hello Mr. Lund, I hear drinks make you cough since the stroke?',
      'Pt: Yes, coffee mostly.',
      "SLP: He's alert and upright. There's a left facial droop, and — cough for me? — that's a weak cough. Let's try a teaspoon of water first.",
      'SLP: Coughed on the second sip, and the voice is wet.',
      "SLP: It's oropharyngeal dysphagia. Thin fluids aren't safe for now. Drinks level 2, mildly thick.",
    ]);
    expect(n.objective).toMatch(/left facial droop/);
    expect(n.objective).toMatch(/weak cough/);
    expect(n.objective).toMatch(/teaspoon of water/);
  });
});
