import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const history = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history');

describe('the time of day a complaint is worse', () => {
  const asked = ['Physio: Does the back feel worse at a particular time of day?', 'Client: Mornings, definitely. Stiff as a board till I get moving.'].join('\n');
  const told = ['Patient: The wheeze is worst at night, it wakes me at 3.', 'Nurse: Okay.'].join('\n');

  it('catches another part of the day than the one said', () => {
    expect(history('Back pain worse in the evenings after work.', asked)).toHaveLength(1);
    expect(history('Wheeze worse first thing in the morning.', told)).toHaveLength(1);
  });

  it('supports the part said, evening and night alike', () => {
    expect(history('Back stiffness worse in the mornings.', asked)).toEqual([]);
    expect(history('Wheeze worse in the evenings.', told)).toEqual([]);
  });

  it('leaves a conversation that gives the worsening no time of day', () => {
    const none = ['Doctor: What makes it worse?', 'Patient: Bending down.'].join('\n');
    expect(history('Pain worse in the mornings.', none)).toEqual([]);
  });
});
