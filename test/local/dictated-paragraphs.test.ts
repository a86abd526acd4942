import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Letters written for these tests (invented patients), dictated in paragraphs with no headings: a community physio's
// home visit after a knee arthroscopy and a dietitian's clinic letter after gastric surgery.
const letter = (specialty: string, ...paragraphs: string[]) => generateLocalNote(paragraphs.join('\n\n'), { specialty });

const PHYSIO = [
  'This is Mark Evans, community physiotherapist, dictating a home visit for Mr Tom Ridley.',
  'Mr Ridley is three weeks after a left knee arthroscopy. He reports the knee is stiff in the mornings and he is using one crutch outdoors. He has been sleeping downstairs on the sofa since the operation. He would like to get back to walking his dog.',
  'On the visit he walked the length of the lounge with one crutch, a little slowly. I measured knee flexion at ninety five degrees. Getting up from the sofa, he managed but used both hands. The front step is steep and there is no handrail.',
  'So overall he is progressing well but the sofa is too low for him.',
  'I issued a perching stool and a long handled shoe horn. We talked about moving the coffee table out of the walkway. I\'ll review him in three weeks.',
];
const DIETITIAN = [
  'Dietitian dictation, clinic letter for Ms Priya Nair, seen today with her sister.',
  'Ms Nair was referred by her GP with weight loss after her gastric surgery. She says she gets full after a few mouthfuls and she has been skipping breakfast. She tells me she is drinking two cans of fizzy drink a day. She has had no vomiting.',
  'I weighed her at fifty one kilos. Grip strength was reduced on the right. Her food diary shows three small meals and no snacks.',
  'Overall this is moderate malnutrition after surgery, with early satiety.',
  'I gave her a leaflet on small frequent meals and started two oral nutritional supplements a day. We discussed cutting down the fizzy drinks. I\'ll see her again in four weeks with a repeat weight.',
];

describe('a letter dictated in paragraphs without headings', () => {
  it('writes what was watched and found on the visit in the paragraph of findings as objective', () => {
    const n = letter('physiotherapist', ...PHYSIO);
    expect(n.objective).toMatch(/Getting up from the sofa, he managed but used both hands/);
    expect(n.objective).toMatch(/no handrail/);
    expect(n.subjective).not.toMatch(/handrail|both hands/);
  });

  it('keeps a measure judged in the paragraph of findings as a finding', () => {
    const n = letter('dietitian', ...DIETITIAN);
    expect(n.objective).toMatch(/51 kg/);
    expect(n.assessment).not.toMatch(/51 kg/);
  });

  it('writes what was issued, discussed and arranged in the last paragraph as the plan', () => {
    const p = letter('physiotherapist', ...PHYSIO);
    expect(p.plan).toMatch(/perching stool/);
    expect(p.plan).toMatch(/coffee table/);
    expect(p.subjective).not.toMatch(/perching stool|coffee table/);
    expect(letter('dietitian', ...DIETITIAN).plan).toMatch(/cutting down the fizzy drinks/);
  });

  it('keeps the history paragraph, and the same lines as short separate messages are read one by one', () => {
    const n = letter('physiotherapist', ...PHYSIO);
    expect(n.subjective).toMatch(/stiff in the mornings/);
    expect(n.subjective).toMatch(/sleeping downstairs/);
    const lines = letter('physiotherapist', 'Mr Ridley is three weeks after a left knee arthroscopy.', 'He reports the knee is stiff in the mornings.',
      'Getting up from the sofa, he managed but used both hands.', 'I issued a perching stool.', 'We talked about moving the coffee table.');
    expect(lines.subjective).toMatch(/stiff in the mornings/);
  });
});
