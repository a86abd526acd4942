import { describe, expect, it } from 'vitest';
import { opensOnScore } from '../../src/local/scored-readings.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('a note that opens on a scale score', () => {
  it('reads the score first, whatever follows it', () => {
    expect(opensOnScore('GAD-7 score 12 — moderate range, needs a GP review.')).toBe(true);
    expect(opensOnScore('Total score 17/30, mild impairment.')).toBe(true);
    expect(opensOnScore('Her EPDS scored 15; flagged to the health visitor.')).toBe(true);
  });

  it('leaves a score named in a step ahead or without a number', () => {
    expect(opensOnScore('We will repeat the score of 12 next month.')).toBe(false);
    expect(opensOnScore('The score needs re-checking by the GP in a fortnight.')).toBe(false);
    expect(opensOnScore('Score the questionnaire at the next visit.')).toBe(false);
  });

  it("puts such a writer's note in the objective of a written home visit, not the plan, for a scale no lexicon names", () => {
    const visit = (score: string) => ['1. Worker: "May I come in, Mrs. D.?"', '   Client: "Yes, sit anywhere you like."',
      '2. Worker: "How has your mood been?"', '   Client: "Low, most days, to be honest."',
      '3. Worker: "I could refer you to a befriending scheme, and we can arrange a carer visit weekly."', '   Client: "That sounds fine."',
      '4. Worker: "One more thing, a short questionnaire, is that okay?" — used it.', `   {${score} — over threshold, needs GP follow-up.}`,
      '5. Worker: "Shall we meet again next week?"', '   Client: "Yes please, same time."'].join('\n');
    for (const score of ['AUDIT-C score 6', 'GDS-4 score 3']) {
      const note = generateLocalNote(visit(score), { specialty: 'social_worker' });
      expect(note.objective).toContain(score);
      expect(note.plan).not.toContain(score);
    }
  });
});
