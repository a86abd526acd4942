import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const history = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history');

describe('a denial of street drugs against the patient who uses them', () => {
  const joint = [
    '[doctor] are you on anything for the back pain ?',
    "[patient] just tylenol , and , um , you know , now and then i'll smoke a joint at the weekend .",
  ].join('\n');
  const askedYes = ['[doctor] do you use any recreational drugs ?', '[patient] yeah , some weed most evenings .'].join('\n');

  it('catches "no recreational drugs" where the patient tells of smoking a joint, or says yes when asked', () => {
    expect(history('Non-smoker, no recreational drugs.', joint)).toHaveLength(1);
    expect(history('Denies alcohol or drug use.', joint)).toHaveLength(1);
    expect(history('Denies illicit drug use.', askedYes)).toHaveLength(1);
    expect(history('No cannabis use.', '[patient] i have tried cannabis for the pain , it helps me sleep .')).toHaveLength(1);
  });

  it('passes past use, a denial, a joint of the body, and a yes to drink', () => {
    expect(history('No recreational drugs.', '[patient] i used to smoke weed in college but not anymore .')).toEqual([]);
    expect(history('No recreational drugs.', "[doctor] any recreational drugs ?\n[patient] no , i don't do any of that .")).toEqual([]);
    expect(history('No recreational drugs.', '[patient] i have some joint pain in my knees when i smoke outside in the cold .')).toEqual([]);
    expect(history('No recreational drugs.', '[doctor] do you drink alcohol or use any recreational drugs ?\n[patient] yes , a glass of wine with dinner .')).toEqual([]);
    expect(history('No recreational drugs.', joint.replace('smoke a joint', 'have a beer'))).toEqual([]);
  });
});
