import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const swapped = (assessment: string, transcript: string) => checkGrounding({ assessment }, transcript).filter((f) => /but the transcript speaks of/.test(f.reason));

describe('a diagnosis swapped for a related one', () => {
  it('catches the related condition named instead of the one discussed', () => {
    expect(swapped('Right wrist Smith fracture.', '[doctor] the x-ray shows a colles fracture of your right wrist .')).toHaveLength(1);
    expect(swapped('Imp: bacterial URTI.', "[doctor] it sounds like a viral infection , a virus , so antibiotics won't help .\n[patient] okay .")).toEqual([]);
    expect(swapped('Imp: bacterial URTI.', '[doctor] it sounds like a viral infection , a virus .')).toHaveLength(1);
    expect(swapped('Type 1 diabetes.', '[doctor] your type 2 diabetes is well controlled on the metformin .')).toHaveLength(1);
    expect(swapped('GERD.', '[doctor] the endoscopy showed gastritis , which could be the source of bleeding .')).toHaveLength(1);
    expect(swapped('Imp: pyelonephritis.', '[doctor] so this is a urine infection , a uti .')).toHaveLength(1);
  });

  it('passes the condition discussed, a differential, and a family word that names no member', () => {
    expect(swapped('Right wrist Colles fracture.', '[doctor] the x-ray shows a colles fracture of your right wrist .')).toEqual([]);
    expect(swapped('Viral vs bacterial tonsillitis.', '[doctor] it may be a virus .\n[doctor] your tonsils are swollen .')).toEqual([]);
    expect(swapped('Otitis externa.', '[doctor] you have an ear infection .')).toEqual([]);
    expect(swapped('Type 2 diabetes.', '[doctor] and how is your diabetes ?')).toEqual([]);
    expect(swapped('Pneumonia ruled out.', '[doctor] your chest sounds like bronchitis .')).toEqual([]);
  });
});

describe('anaemia named by another cause', () => {
  const iron = "Doctor: Your ferritin came back low, so this is iron deficiency, which is why you're so tired.\nDoctor: Keep taking the iron tablets with orange juice.";

  it('catches pernicious or aplastic anaemia where the conversation spoke of iron deficiency', () => {
    expect(swapped('Pernicious anaemia.', iron)).toHaveLength(1);
    expect(swapped('Aplastic anemia, symptomatic.', iron)).toHaveLength(1);
  });

  it('passes the cause discussed and a bare anaemia', () => {
    expect(swapped('Iron deficiency anaemia.', iron)).toEqual([]);
    expect(swapped('Anaemia, likely dietary.', iron)).toEqual([]);
  });
});
