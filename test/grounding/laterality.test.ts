import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

describe('laterality', () => {
  it('catches a side the conversation never gives the part', () => {
    const [finding] = checkGrounding({ subjective: 'Reports left ankle swelling.' }, '[patient] my ankle has been swollen for a week .');
    expect(finding).toMatchObject({ kind: 'laterality', reason: '"left ankle": the transcript mentions the ankle but never says which side', lines: [1] });
  });

  it('takes the side from the answer to "which knee?" and from the limb', () => {
    const t = '[doctor] which knee is it ?\n[patient] the right one .\n[patient] and my right leg gives way , my foot too .';
    expect(checkGrounding({ subjective: 'Right knee pain. Right foot pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Left knee pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('"both knees" supports either knee, and nothing else', () => {
    const t = '[patient] both knees ache in the morning , and my left shoulder .';
    expect(checkGrounding({ subjective: 'Right knee pain. Left shoulder pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Right shoulder pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('reads written shorthand: LLQ is the left lower quadrant', () => {
    const t = 'Doctor: Whereabouts is the pain?\nPatient: Lower tummy, on the left side.';
    expect(checkGrounding({ subjective: 'Associated LLQ pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Associated RLQ pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('gives a side to findings and halves of the body: "right-sided weakness", "left rhonchi", "left lower quadrant tenderness"', () => {
    const t = [
      '[patient] i have felt weak and my tummy has been sore for two days .',
      '[doctor] let me listen to your lungs . some rhonchi there . and i will press on your belly . does that hurt ?',
    ].join('\n');
    const sides = (objective: string) => checkGrounding({ objective }, t).filter((f) => f.kind === 'laterality').map((f) => f.claim);
    expect(sides('Right-sided weakness.')).toEqual(['Right-sided weakness.']);
    expect(sides('Coarse left rhonchi at the bases.')).toEqual(['Coarse left rhonchi at the bases.']);
    expect(sides('Left lower quadrant tenderness to palpation.')).toEqual(['Left lower quadrant tenderness to palpation.']);
    expect(sides('Rhonchi at the bases. Weakness. Lower quadrant tenderness.')).toEqual([]);
  });

  it('"bilateral" needs both sides, "both" or a plural in the conversation; a normal exam may say it', () => {
    const t = '[patient] my left ankle is swollen . my knees ache on the stairs .\n[doctor] your ear looks a bit red .';
    const sides = (objective: string) => checkGrounding({ objective }, t).filter((f) => f.kind === 'laterality').map((f) => f.reason);
    expect(sides('Bilateral ankle swelling.')).toEqual(['"bilateral ankle" is not supported: the transcript gives the ankle only the left']);
    expect(sides('Erythema of the bilateral ear canals.')).toEqual(['"bilateral ear": the transcript mentions one ear and never says both sides']);
    expect(sides('Bilateral knee crepitus. Left ankle swelling.')).toEqual([]);
    expect(sides('Bilateral ankles nontender to palpation.')).toEqual([]);
  });

  it('takes the side from "on the left side at the back" in answer to "whereabouts in your head?"', () => {
    const t = 'Doctor: Can you just tell me whereabouts in your head it is?\nPatient: It\'s on the left side at the back, sort of here.';
    expect(checkGrounding({ subjective: 'Left-sided posterior headache.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Right-sided headache.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });
});
