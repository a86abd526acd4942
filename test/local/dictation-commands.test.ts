import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe("dictation software's spoken commands left in the text", () => {
  const n = generateLocalNote([
    'Okay this is Dr Amit Rao, eye casualty, dictating on Daniel Okoro, date of birth twelfth of the sixth nineteen ninety, seen today.',
    'Daniel is a 34-year-old who wears soft contact lenses and presents with a two day history of a painful red left eye.',
    "He swims twice a week and doesn't always take them out for swimming, comma, he rinses the case with tap water.",
    'On examination visual acuity is 6/6 in the right eye and 6/18 in the left.',
    'Impression, contact lens related microbial keratitis, left eye, new paragraph, no wait, keep it in one.',
    'Plan, start levofloxacin drops every hour day and night for the first 48 hours.',
  ].join(' '));

  it('keeps the sentence a "new paragraph" command was said in, without the command', () => {
    expect(n.assessment).toMatch(/microbial keratitis, left eye\./);
    expect(n.assessment).not.toMatch(/paragraph|no wait/);
  });

  it('reads a spoken "comma" as the comma it asks for', () => {
    expect(n.subjective).toMatch(/for swimming, he rinses the case/);
  });

  it('leaves out who is dictating on whom, name and date of birth', () => {
    const note = [n.subjective, n.objective, n.assessment, n.plan].join('\n');
    expect(note).not.toMatch(/dictating|date of birth|Okoro/);
  });
});
