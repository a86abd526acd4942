import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).map((f) => f.kind);

describe('a pain placed in answer to "where is the pain?"', () => {
  const chest = ['Medic: Where is the pain, sir?', 'Patient: Right here. Centre of my chest, like a band.', 'Medic: How long?', 'Patient: Half an hour.'].join('\n');
  const tummy = ['Doctor: So where does it hurt the most?', 'Child: My tummy. Down by my belly button.', 'Doctor: Any sickness?', 'Child: No.'].join('\n');
  const knee = ['Physio: Whereabouts is it sore?', 'Patient: Left knee, on the inside.', 'Physio: Did you twist it?', 'Patient: Playing football.'].join('\n');

  it('is that pain: a note denying it is caught', () => {
    expect(kinds('Denies chest pain.', chest)).toContain('negation');
    expect(kinds('No abdominal pain.', tummy)).toContain('negation');
    expect(kinds('No knee pain.', knee)).toContain('negation');
  });

  it('supports the pain the note names', () => {
    expect(kinds('54-year-old woman with central chest pain, onset half an hour ago.', chest)).toEqual([]);
    expect(kinds('6-year-old boy with abdominal pain around the umbilicus.', tummy)).toEqual([]);
    expect(kinds('Presents with medial knee pain after football.', knee)).toEqual([]);
  });

  it('is no pain where the answer refuses the premise', () => {
    const none = ['Nurse: And where is the pain now?', 'Patient: No pain now, my chest feels fine.'].join('\n');
    expect(kinds('No chest pain.', none)).toEqual([]);
  });
});
