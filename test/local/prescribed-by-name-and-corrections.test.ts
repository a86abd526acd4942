import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { normalizeAsrText } from '../../src/local/normalize-asr-text.js';
import { prescribesByName } from '../../src/local/drug-plan-items.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('a medicine prescribed by naming it', () => {
  it('reads a drug said first, or cleared as fine, as prescribed', () => {
    expect(prescribesByName('Cefalexin again, since it cleared things last time.')).toBe(true);
    expect(prescribesByName('Yes, paracetamol is okay too, follow the packet.')).toBe(true);
    expect(prescribesByName('She had cefalexin two years ago.')).toBe(false);
    expect(prescribesByName('The rash is settling nicely.')).toBe(false);
    // (what a drug does is a judgement, and something else being fine clears no drug)
    expect(prescribesByName('Naproxen raises the risk of a stomach bleed.')).toBe(false);
    expect(prescribesByName('You are on the inhaler a lot, but your oxygen is fine.')).toBe(false);
  });
});

describe('a verdict given with "so" after the exam', () => {
  it('turns the visit to the plan, so what follows is kept there', () => {
    const n = note(
      'Doctor: Any cough?', 'Dad: Yes, for a week.',
      'Doctor: Let me listen to his chest. Crackles at the left base.',
      'Doctor: So Sam has a chest infection, a pneumonia on the left.',
      'Doctor: Amoxicillin, 400 milligrams three times a day.',
      'Doctor: He can go back to school once he has had no fever for two days.',
    );
    expect(n.plan).toMatch(/Amoxicillin, 400 mg 3 times a day/);
    expect(n.plan).toMatch(/back to school once/);
    expect(n.objective).not.toMatch(/Amoxicillin/);
  });
});

describe('a value said and corrected by name', () => {
  it('keeps only the corrected value', () => {
    expect(normalizeAsrText('Five days. Sorry, let me correct myself, it is a deep wound, so ten days.')).toBe('it is a deep wound, so ten days.');
    // (a correction of something other than a value just said is left for the reader)
    expect(normalizeAsrText('Sulfa. Correction, sulfa drugs.')).toBe('Sulfa. Correction, sulfa drugs.');
  });
});
