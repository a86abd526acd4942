import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('a one-word answer before the patient goes on', () => {
  it('reads a medicine named to a clipped "taking anything for it?"', () => {
    const n = note('Physio: Taking anything for the shoulder?', 'Patient: Paracetamol. Just when it flares.');
    expect(n.subjective).toMatch(/Medications: paracetamol/);
  });

  it('writes the kind of pain asked for plainly, not only one offered', () => {
    const n = note('Doctor: What does the pain feel like?', 'Patient: Stabbing. It stops me in my tracks.');
    expect(n.subjective).toMatch(/Character: stabbing/);
    expect(note('Doctor: Is it worse at night?', 'Patient: Stabbing. It stops me in my tracks.').subjective).not.toMatch(/Character/);
  });

  it('writes what sets the complaint off with what makes it worse', () => {
    const n = note('Doctor: Does anything set the itch off?', 'Patient: Wool. Scratchy jumpers.');
    expect(n.subjective).toMatch(/Worse with: wool/);
    expect(note('Doctor: Does anything help?', 'Patient: Cream. The greasy one.').subjective).toMatch(/Better with: cream/);
  });

  it('writes an age given in two spoken words as years old', () => {
    const n = note('Nurse: How old are you now?', 'Patient: Sixty two. Sixty three in May.');
    expect(n.subjective).toMatch(/62 years old/);
  });
});

describe('the neurological exam said tersely', () => {
  it('keeps "Power intact." and "Pulses normal." as findings', () => {
    const n = note('Doctor: Let me examine your legs.', 'Doctor: Power intact. Pulses normal.', 'Doctor: Keep walking daily.');
    expect(n.objective).toMatch(/Power intact/);
    expect(n.objective).toMatch(/Pulses normal/);
  });

  it('writes what the reflexes showed under their name when named alone first', () => {
    const n = note('Doctor: Let me examine your legs.', 'Doctor: Reflexes... brisk and equal at the knees.');
    expect(n.objective).toMatch(/Reflexes: brisk and equal at the knees/);
  });

  it('does not keep "pain intact" or other words as a terse finding', () => {
    const n = note('Doctor: Let me examine your legs.', 'Doctor: Mood intact.');
    expect(n.objective).not.toMatch(/Mood intact/);
  });
});
