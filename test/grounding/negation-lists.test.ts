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

describe('a long denial list in a note', () => {
  const asked = 'Dr: Any yellowing of your skin or eyes, dark urine, pale stools?\nPt: No, not that I have noticed.';
  const findings = (subjective: string) => checkGrounding({ subjective }, asked).map((f) => f.reason);
  it('reaches every comma-separated item, however long the first one is', () => {
    expect(findings('The patient denies yellowing of their skin or eyes, dark urine, pale stools.')).toEqual([]);
  });
  it('still stops where a new assertion starts', () => {
    expect(findings('The patient denies yellowing of their skin or eyes, dark urine, but reports pale stools.')).toEqual([expect.stringContaining('affirms "pale"')]);
  });
});

describe('a long denial list joined by "or" in a note', () => {
  const asked = 'Physio: Any problems with your bladder or your bowels, any numbness around your bottom or your private parts, any weakness in your legs?\nPatient: No, bladder and bowels are fine, nothing like that.';
  const findings = (subjective: string) => checkGrounding({ subjective }, asked).map((f) => f.reason);
  it('reaches every item joined by "or", however long the one before', () => {
    expect(findings('The patient denies numbness around their bottom or their private parts or weakness in their legs.')).toEqual([]);
  });
  it('still catches the item affirmed after a new assertion', () => {
    expect(findings('The patient denies numbness around their bottom or their private parts but reports weakness in their legs.')).toEqual([expect.stringContaining('affirms "weakness"')]);
  });
});

describe('a time the indexer took for a follow-up, said of the same thing', () => {
  const said = "Doctor: Halve the zopiclone for two weeks. Reduce the amitriptyline from 25 to 10 mg for a month, and if the pain doesn't come back, the GP can stop it.";
  it('supports the same words in the plan', () => {
    expect(checkGrounding({ plan: "Reduce the amitriptyline from 25 to 10 mg for a month, and if the pain doesn't come back, the GP can stop it." }, said)).toEqual([]);
  });
  it('does not support another length for it', () => {
    expect(checkGrounding({ plan: 'Reduce the amitriptyline from 25 to 10 mg for a year.' }, said).length).toBeGreaterThan(0);
  });
});

describe('safety-netting that names symptoms the patient denied', () => {
  it('reads "bear in mind those symptoms" as advice, not as symptoms had', () => {
    const asked = 'Doctor: Any temperatures or fevers?\nPatient: No, not that I have noticed.';
    expect(checkGrounding({ plan: 'Do bear in mind those symptoms I mentioned about the fever and the vomiting.' }, asked)).toEqual([]);
    expect(checkGrounding({ subjective: 'Reports fever.' }, asked)).toHaveLength(1);
  });
});

describe('a time said in a safety-net instruction', () => {
  const said = "Speaker 0: Keep doing daily weights, and if the weight goes up by 2 kilos in three days, call the heart failure nurse. I'll see you in three months.";
  it('supports the same time in the plan', () => {
    expect(checkGrounding({ plan: 'Keep doing daily weights, and if the weight goes up by 2 kg in 3 days, call the heart failure nurse.' }, said)).toEqual([]);
  });
  it('does not support another time for the same thing', () => {
    expect(checkGrounding({ plan: 'Keep doing daily weights, and if the weight goes up by 2 kg in 5 days, call the heart failure nurse.' }, said).length).toBeGreaterThan(0);
  });
});

describe('denials and safety nets the engine writes', () => {
  const asked = '[doctor] any recent antibiotics , any travel , anyone around you with diarrhoea ?\n[patient] no , none of that .\n[doctor] any weakness in your arms or legs , trouble with speech ?\n[patient] nothing like that .';
  it('reads "the patient" after a preposition as an object, so a denial list reaches past it', () => {
    expect(negations('The patient denies recent antibiotics, any travel, anyone around the patient with diarrhoea.', asked)).toEqual([]);
    expect(negations('The patient has had diarrhoea with anyone around the patient.', asked)).toHaveLength(1);
  });

  it('does not read what to ring 999 for as a symptom had', () => {
    const plan = (text: string) => checkGrounding({ plan: text }, asked).filter((f) => f.kind === 'negation');
    expect(plan("Of course any signs of a stroke, face drooping, arm weakness, speech problems, that's 999 too.")).toEqual([]);
    expect(negations('Reports arm weakness.', asked)).toHaveLength(1);
  });
});
