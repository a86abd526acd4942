import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('dictation with only some sections labelled', () => {
  const n = generateLocalNote([
    'Review for Mrs. Hale, 71, with COPD and atrial fibrillation. She says her breathing is about the same and she walks to the shops with two stops.',
    'She uses tiotropium daily and apixaban 5 mg twice a day. Some ankle swelling in the evenings.',
    'Exam: saturations 94% on air, scattered wheeze at both bases, mild pitting oedema to the mid shin.',
    'Assessment: COPD stable, mild fluid retention.',
    'I am starting furosemide 20 mg each morning and arranging an echo. Review in six weeks.',
  ].join(' '));

  it('writes the unlabelled opening as history', () => {
    expect(n.subjective).toMatch(/Review for Mrs\. Hale/);
    expect(n.subjective).toMatch(/ankle swelling in the evenings/);
    expect(n.plan).not.toMatch(/Review for Mrs|ankle swelling/);
    expect(n.objective).not.toMatch(/walks to the shops/);
  });

  it('writes the unlabelled orders after the assessment heading as plan', () => {
    expect(n.assessment).toMatch(/COPD stable/);
    expect(n.plan).toMatch(/starting furosemide 20 mg/);
    expect(n.plan).toMatch(/Review in 6 weeks/);
    expect(n.assessment).not.toMatch(/furosemide/);
  });
});

describe('a lower-case dictation run with bare spoken headings', () => {
  it('cuts the run at a bare "exam" and at the "plan" after the impression', () => {
    const n = generateLocalNote('dictating on peter lund a 34 year old man with two days of sore throat and fever no cough no rash he has no allergies '
      + 'exam temperature 38.4 tonsils swollen with exudate tender anterior neck nodes '
      + 'impression streptococcal tonsillitis plan penicillin v 500 mg four times a day for ten days paracetamol for the fever and return if he cannot swallow');
    expect(n.objective).toMatch(/^(?:PHYSICAL EXAM\n)?Temperature 38\.4/m);
    expect(n.assessment).toMatch(/streptococcal tonsillitis\.?$/im);
    expect(n.assessment).not.toMatch(/penicillin/);
    expect(n.plan).toMatch(/penicillin v 500 mg/i);
  });
});

describe('typed dictation with lower-case headings inside a paragraph', () => {
  it('splits at "exam:", "labs:", "impression:" and "plan:" and keeps the unlabelled opening as history', () => {
    const n = generateLocalNote('pt is a 48 yo woman seen for follow up of hypothyroidism. more energy since the levothyroxine went up to 75 mcg. '
      + 'exam: no goitre, pulse 72 regular. labs: tsh 3.1. impression: hypothyroidism, now controlled. plan: continue levothyroxine 75 mcg, tsh in 6 months.');
    expect(n.subjective).toMatch(/pt is a 48 yo woman/i);
    expect(n.objective).toMatch(/^(?:PHYSICAL EXAM\n)?No goitre/m);
    expect(n.objective).toMatch(/tsh 3\.1/i);
    expect(n.assessment).toMatch(/^Hypothyroidism, now controlled/);
    expect(n.plan).toMatch(/^Continue levothyroxine 75 mcg/);
    expect(n.plan).not.toMatch(/pt is a 48/i);
  });

  it('writes what the patient reports as history in an unheaded dictation', () => {
    const n = generateLocalNote('Occupational therapy note. Client reports the left hand is less swollen, pain 2/10 at rest, now able to hold a cup. '
      + 'Grip 14 kg on the left, 30 kg on the right. She is progressing well. Continue the tendon glides and add putty exercises.');
    expect(n.subjective).toMatch(/Client reports the left hand is less swollen/);
    expect(n.objective).not.toMatch(/Client reports/);
  });
});

describe('dictation whose only label is the assessment', () => {
  it('reads the opening by content, so the examination before "Assessment:" stays in the exam', () => {
    const n = generateLocalNote('Post-operative review of Ms. Dale, ten days after a left carpal tunnel release. She reports the tingling has settled '
      + 'and the pain is 2 out of 10. On examination the wound is clean and healed with no redness, and grip is 18 kg on the left. '
      + 'Assessment: healing as expected after carpal tunnel release. Sutures were removed today. She will start hand therapy and return in four weeks.');
    expect(n.subjective).toMatch(/tingling has settled/);
    expect(n.objective).toMatch(/wound is clean and healed/);
    expect(n.subjective).not.toMatch(/wound is clean/);
    expect(n.assessment).toMatch(/healing as expected/i);
    expect(n.plan).toMatch(/hand therapy/);
  });
});

describe('findings under an exam heading that name a condition', () => {
  it('stay in the exam unless the sentence judges them ("I think this is…")', () => {
    const n = generateLocalNote('Follow-up of right knee pain after a fall, worse on stairs. '
      + 'Exam: moderate knee effusion. Signs of tendinitis at the patellar tendon insertion. I think this is a flare of osteoarthritis. '
      + 'Assessment: osteoarthritis flare. Plan: ice, a knee sleeve, review in two weeks.');
    expect(n.objective).toMatch(/moderate knee effusion/i);
    expect(n.objective).toMatch(/Signs of tendinitis at the patellar tendon insertion/i);
    expect(n.assessment).not.toMatch(/effusion|Signs of tendinitis/i);
    expect(n.assessment).toMatch(/flare of osteoarthritis/);
  });
});

describe('a paragraph of dictation whose impression is spoken and whose plan has no heading', () => {
  const paragraph = 'This is a 54-year-old woman with two days of a painful swollen left forearm after a cat scratch. She reports feeling hot overnight. On examination temperature is 38.1, heart rate 96. There is an area of erythema over the left forearm measuring 6 by 4 centimetres, warm and tender, with no fluctuance. Impression is cellulitis of the left forearm following a cat scratch. I have started co-amoxiclav 625 milligrams three times a day for seven days. I marked the edge of the redness with a pen. I have asked her to keep the arm raised and we will review in 48 hours.';

  it('puts the impression in Assessment and the actions that follow it in Plan', () => {
    const note = generateLocalNote(paragraph, { specialty: 'physician' });
    expect(note.assessment).toContain('cellulitis of the left forearm');
    expect(note.assessment).not.toContain('co-amoxiclav');
    expect(note.plan).toContain('co-amoxiclav 625');
    expect(note.plan).toContain('marked the edge of the redness');
    expect(note.plan).toContain('review in 48 hours');
  });
});
