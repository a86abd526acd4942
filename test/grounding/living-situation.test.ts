import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { readNoteLiving } from '../../src/grounding/living-situation-check.js';

const living = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => /the patient lives/.test(f.reason));

describe('who the patient lives with', () => {
  it('catches "Lives alone" where the patient lives with her parents, and the reverse', () => {
    expect(living('Lives alone.', '[doctor] who do you live with ?\n[patient] i live with my parents .')).toHaveLength(1);
    expect(living('Lives with her parents.', '[doctor] who do you live with ?\n[patient] i live alone .')).toHaveLength(1);
    expect(living('SH: lives with sister and mum.', '[doctor] are you normally living alone ?\n[patient] yes , since my wife passed .')).toHaveLength(1);
    expect(living('Lives alone.', "[doctor] who's at home with you ?\n[patient] i live with my , um , sister and my mum .")).toHaveLength(1);
    // A question that names the people, answered yes.
    expect(living('Lives alone in a flat.', 'Doctor: And do you live at home with your husband?\nPatient: Yes, we have a bungalow.')).toHaveLength(1);
  });

  it('passes what was said, including "just me and my partner" and a confirmed recap', () => {
    expect(living('SH: lives with partner.', "[doctor] who lives at home with you ?\n[patient] uh just , it's just me and my partner .")).toEqual([]);
    expect(living('Lives with wife and two children.', '[doctor] you mentioned you live with your wife and two children , is that right ?\n[patient] yes .')).toEqual([]);
    expect(living('Lives alone.', '[doctor] is there anyone at home with you ?\n[patient] no , nobody .')).toEqual([]);
  });

  it('leaves a note alone when the conversation never says, or says both', () => {
    expect(living('Lives alone.', '[doctor] any pain ?\n[patient] no .')).toEqual([]);
    expect(living('Lives alone.', '[patient] i live alone , well , my son lives with me at weekends .\n[patient] i live with my son some of the week .')).toEqual([]);
    expect(readNoteLiving('Lives with chronic pain.')).toBeUndefined();
  });
});
