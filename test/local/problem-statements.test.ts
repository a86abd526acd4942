import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { statesProblem } from '../../src/local/problem-statements.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import type { Utterance } from '../../src/local/types.js';

// Sentences written for these tests (invented patients): judgements said without "my impression".
function said(text: string): Utterance {
  return { role: 'clinician', text, raw: text, question: /\?\s*$/.test(text), turn: 0, line: 1 } as Utterance;
}

describe('a judgement said as a problem list, an outlook, a risk score, a cause or a bare name', () => {
  it('reads each as a problem stated', () => {
    for (const text of [
      'The main issues for you are getting in and out of the bath and managing the stairs.',
      'So the three things to work on: your balance, your grip, and your stamina.',
      'Her biggest difficulties are dressing and reaching the top cupboards.',
      'He has excellent recovery potential given how fit he was before.',
      'Honestly, the outlook is good for a tear this size.',
      'Putting that together, your bleeding risk score, the HAS-BLED, works out at 3.',
      'With his age and the diabetes his CHA2DS2-VASc comes out as four.',
      'A Wells score of 1, so a clot is unlikely.',
      'The new running shoes are probably the culprit here.',
      'That late night shift may have been the trigger for this one.',
      "I'd call it a mild language disorder at this stage.",
      "We'd class this as a grade two sprain with some tendinitis.",
      "Honestly I would describe it as an adjustment disorder.",
      'Gout.',
      'Plantar fasciitis, most likely.',
      'So, putting it all together, the main issues are the late-night snacking and skipping lunch.',
      'The main things we picked up are poor balance on the left and a weak grip.',
      "The great thing is you're really committed to making these changes.",
      "He's clearly determined to get fitter.",
    ]) expect(statesProblem(text), text).toBe(true);
  });

  it('leaves questions, findings, histories and plans alone', () => {
    for (const text of [
      'What are the main problems at home?',
      'Splenomegaly.',
      'His scan shows bronchiectasis.',
      'If the score is high we will start a blood thinner.',
      'Last time you said the main problem was the stairs.',
      'We will look at what might be the trigger next week.',
      'Lungs clear.',
      'Any asthma?',
      "I'd call it a good week overall.",
      'The things I can see in the photo are your two front teeth.',
      "You're ready to go home now.",
      "She's keen to get back to netball.",
      'Are you motivated to change?',
    ]) expect(statesProblem(text), text).toBe(false);
  });

  it('places them in the assessment once the history is taken', () => {
    expect(classifyUtterance(said('The main problems are washing and getting off the toilet.'), 'exam')).toBe('assessment');
    expect(classifyUtterance(said('So your stroke risk score comes out at 3.'), 'plan')).toBe('assessment');
    expect(classifyUtterance(said('Pneumonia.'), 'plan')).toBe('assessment');
    expect(classifyUtterance(said('She is at a high falls risk at the moment.'), 'plan')).toBe('assessment');
  });

  it('keeps a risk score computed in a visit out of the exam and in the assessment', () => {
    const visit = [
      'Doctor: How long has the heart been jumping about?',
      'Patient: About a fortnight, on and off.',
      'Doctor: Let me feel your pulse. It is irregular, about 100.',
      'Patient: So what is it?',
      'Doctor: The tracing shows an irregular rhythm.',
      'Patient: An irregular what?',
      'Doctor: Atrial flutter.',
      'Doctor: You are seventy-one and diabetic, so your stroke risk score comes out at 3.',
      'Doctor: The chest infection last week may well have been the trigger.',
      'Doctor: I will start apixaban 5 mg twice a day.',
    ].join('\n');
    const note = generateLocalNote(visit);
    expect(note.assessment).toMatch(/Atrial flutter/i);
    expect(note.assessment).toMatch(/risk score comes out at 3/);
    expect(note.assessment).toMatch(/trigger/);
    expect(note.objective).not.toMatch(/risk score/);
  }, 30_000);
});

describe('a summing-up that lists what the clinician can see', () => {
  it('keeps "the main things I can see are…" whole, in the assessment', () => {
    const note = generateLocalNote([
      'Dietitian: What do you drink through the day?',
      'Patient: Three energy drinks at work, and crisps when I get home.',
      'Dietitian: Let me weigh you. Weight 88 kg.',
      "Dietitian: So, putting it all together, the main things I can see are the energy drinks and the evening crisps. The good news is you're really keen to make some changes.",
      'Dietitian: Swap the energy drinks for water, and I will see you in a month.',
    ].join('\n'), { specialty: 'dietitian_nutritionist' });
    expect(note.assessment).toMatch(/main things I can see are the energy drinks/);
    expect(note.assessment).toMatch(/keen to make some changes/);
    expect(note.objective).not.toMatch(/I can see/);
    expect(note.plan).toMatch(/Swap the energy drinks for water/);
  });
});
