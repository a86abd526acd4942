import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const negations = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'negation');

describe('a list question that goes on with "or any …"', () => {
  const strange = '[doctor] with the left foot have you experienced anything like numbness or tingling or or any strange sensation\n[patient] no i have not';
  it('a plain no denies every item, so "Reports numbness" is caught', () => {
    expect(negations('She reports some numbness in the foot.', strange).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "numbness"')]);
    expect(negations('Denies numbness or tingling in the left foot.', strange)).toEqual([]);
  });

  it('an answer that names items is still read item by item', () => {
    const sick = "[doctor] any nausea or any vomiting ?\n[patient] um , well i'm basically sick with the headache . but no vomiting .";
    expect(negations('Feels nauseous, no vomiting.', sick)).toEqual([]);
  });
});

describe("a GP's clipped words for a symptom", () => {
  const asked = '[doctor] any weight loss ?\n[patient] no .\n[doctor] any palpitations ?\n[patient] no , never .\n[doctor] any temperatures ?\n[patient] no .';
  it('"wt loss", "palps" and "temps" are read as the symptoms they clip', () => {
    expect(negations('Reports wt loss.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "weight loss"')]);
    expect(negations('Has had palps.', asked)).toHaveLength(1);
    expect(negations('Complains of temps.', asked)).toHaveLength(1);
    expect(negations('No wt loss, no palps, no temps.', asked)).toEqual([]);
  });
});
