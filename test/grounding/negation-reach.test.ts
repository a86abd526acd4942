import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Sentences worded like the transcript must not be read as flipped negations (patterns seen on ACI-Bench train).
describe('negation reach', () => {
  it('"no fever some chills" denies only the fever, on both sides', () => {
    const transcript = '[doctor] any fever or chills ?\n[patient] no fever some chills and i ca n\'t eat and i do feel a little nauseous .';
    expect(checkGrounding({ subjective: 'No fever some chills and i can\'t eat and i do feel a little nauseous.' }, transcript)).toEqual([]);
    expect(checkGrounding({ subjective: 'Denies chills.' }, transcript)).toEqual([expect.objectContaining({ kind: 'negation' })]);
  });

  it('"no weakness, just the numbing" affirms the numbing', () => {
    const transcript = '[doctor] any weakness ?\n[patient] no weakness , just a little bit of numbing .';
    expect(checkGrounding({ subjective: 'No weakness, just the weird numbing.' }, transcript)).toEqual([]);
  });

  it('a bare "no" that answers the question before does not negate the next statement', () => {
    const transcript = '[doctor] any vomiting ?\n[patient] hmmm no i had diarrhea last week but i think i ate something bad .';
    expect(checkGrounding({ subjective: 'The patient had diarrhea last week.' }, transcript)).toEqual([]);
    expect(checkGrounding({ subjective: 'Reports vomiting.' }, '[doctor] any vomiting ?\n[patient] no .')).toEqual([expect.objectContaining({ kind: 'negation' })]);
  });

  it('reads diarised "Speaker A:" turns like the offline engine does, so a denied symptom is caught there too', () => {
    const transcript = 'Speaker A: what brings you in today? any fever?\nSpeaker B: no.\nSpeaker A: okay, let me examine your throat.';
    expect(checkGrounding({ subjective: 'Reports fever.' }, transcript)).toEqual([expect.objectContaining({ kind: 'negation' })]);
  });

  it('"denies weakness or numbness during the headaches" denies the weakness, not the headaches', () => {
    const transcript = 'Doctor: Any weakness or numbness during the headaches?\nPatient: No, never. But I get bad headaches three times a week.';
    expect(checkGrounding({ subjective: 'The patient denies weakness, numbness, or problems speaking during the headaches.' }, transcript)).toEqual([]);
    expect(checkGrounding({ subjective: 'The patient reports numbness during the headaches.' }, transcript)).toEqual([expect.objectContaining({ kind: 'negation' })]);
  });

  it('"denies pain or burning while passing urine" still denies the urinary problem, setting and all', () => {
    const transcript = '[doctor] are you having any pain or burning while passing urine ?\n[patient] no , i am fine .';
    expect(checkGrounding({ subjective: 'The patient denies pain or burning while passing urine.' }, transcript)).toEqual([]);
  });
});


describe('an end still to come', () => {
  const t = "Patient: I've got this rash on my arm, it's really itchy.\nDoctor: I'll give you clotrimazole cream, twice a day, and keep using it for two weeks after the rash has gone.";
  it('reads "after the rash has gone" as a time to come, not the rash denied', () => {
    expect(checkGrounding({ plan: "I'll give the patient clotrimazole cream, twice a day, and keep using it for 2 weeks after the rash has gone." }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'The rash has gone.' }, t).map((f) => f.kind)).toEqual(['negation']);
  });

});

describe('tenderness at the renal angle and over the bladder', () => {
  const t = "DOCTOR: So you're a bit tender low down, suprapubic tenderness, just above the pubic bone.\nDOCTOR: And any pain when I tap here on your back?\nPATIENT: No.\nDOCTOR: Good, so no renal angle tenderness, nothing to suggest it's gone up to the kidneys.";
  it('keeps the two places apart', () => {
    expect(checkGrounding({ objective: "No renal angle tenderness, nothing to suggest it's gone up to the kidneys." }, t)).toEqual([]);
    expect(checkGrounding({ objective: 'Renal angle tenderness present.' }, t)).toHaveLength(1);
    expect(checkGrounding({ objective: 'No suprapubic tenderness.' }, t)).toHaveLength(1);
  });
});

describe('a finding given its extent', () => {
  it('"no murmur, lung crackles throughout" affirms the crackles: a finding given its extent is no item of the denial', () => {
    const transcript = 'Medic: on exam no murmur, lung crackles throughout on auscultation, no ankle swelling, resps 24.';
    expect(checkGrounding({ objective: 'Crackles throughout on auscultation.' }, transcript)).toEqual([]);
    expect(checkGrounding({ objective: 'Murmur heard.' }, transcript)).toEqual([expect.objectContaining({ kind: 'exam' })]);
  });
});
