import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitReadingAndImpression } from '../../src/local/reading-and-impression.js';

describe('a reading and the impression it supports, said in one sentence', () => {
  it('cuts the sentence at the comma into its reading and its naming', () => {
    expect(splitReadingAndImpression('His sugar is 2.8, so this is a hypo.')).toEqual(['His sugar is 2.8.', 'This is a hypo.']);
    expect(splitReadingAndImpression('This looks like a hypo, his sugar is 2.8.')).toEqual(['This looks like a hypo.', 'His sugar is 2.8.']);
    expect(splitReadingAndImpression('Her temperature is 38.9 and heart rate 120, which fits with sepsis.')).toEqual(['Her temperature is 38.9 and heart rate 120.', 'This fits with sepsis.']);
  });

  it('leaves a description, a comment on a value and a plain reading whole', () => {
    for (const s of ["Under the breast there's a small area, about 2 cm, that's moist and broken.", "Peak heart rate 112, that's within the target zone.",
      "Blood pressure is 130 over 80, so that's fine.", 'This is your third visit, your weight is 82 kg.']) expect(splitReadingAndImpression(s)).toEqual([s]);
  });

  it('puts the reading in Objective and the naming in Assessment', () => {
    const note = generateLocalNote([
      "Paramedic: What's happened?", 'Wife: He went all sweaty and confused about twenty minutes ago.',
      'Paramedic: His sugar is 2.8, so this is a hypo.', "Paramedic: We'll give him glucose gel and recheck in ten minutes.",
    ].join('\n'), { specialty: 'paramedic' });
    expect(note.objective).toContain('His sugar is 2.8.');
    expect(note.objective).not.toContain('hypo');
    expect(note.assessment).toContain('This is a hypo.');
  });
});

describe('an unpunctuated exam run in lower-case speech recognition', () => {
  it('is cut after the request at its findings and at a reading said without a possessive', () => {
    const note = generateLocalNote([
      'spk_0: hi there come on in so what brings you in today', "spk_1: hi doctor so i've had this cough for about three weeks now",
      'spk_0: any shortness of breath', 'spk_1: a little bit when i climb the stairs',
      "spk_0: okay let me have a listen take some deep breaths for me there's some wheeze on both sides no crackles your oxygen is ninety six percent temperature is thirty seven point one",
      "spk_0: so i think this is a post viral cough it could be a bit of asthma as well",
    ].join('\n'), { specialty: 'physician' });
    expect(note.subjective).toContain('The patient has had this cough for about 3 weeks now.');
    expect(note.objective.split('\n').slice(1)).toEqual(["There's some wheeze on both sides no crackles their oxygen is 96%.", 'Temperature is 37.1.']);
  });
});

describe('a finding and what the clinician does about it, said in one sentence', () => {
  it('keeps the finding in the exam and the action in the plan', () => {
    const note = generateLocalNote([
      'Podiatrist: Morning, how are the feet?', 'Mr Jones: The left foot has hard skin that hurts.',
      "Podiatrist: There's callus under the first metatarsal head on the left, I'll debride that today.",
      "Podiatrist: The wound on the heel is clean and healing, we'll dress it again with a foam dressing.",
    ].join('\n'), { specialty: 'podiatrist' });
    expect(note.objective).toContain("There's callus under the first metatarsal head on the left.");
    expect(note.objective).toContain('The wound on the heel is clean and healing.');
    expect(note.plan).toContain("I'll debride that today.");
    expect(note.plan).toContain("We'll dress it again with a foam dressing.");
    expect(note.plan).not.toContain('callus');
  });
});
