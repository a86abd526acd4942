import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { namesVisitPurpose, offersTreatmentIfNeeded } from '../../src/local/conditional-options.js';
import { offersNextStep, restateOfferedStep } from '../../src/local/offered-steps.js';

const lines = (...l: string[]) => l.join('\n');

describe('a treatment offered for when it is needed is the plan (stop 48)', () => {
  it('reads "if …, you can add/take/have …" with a drug, a dose or a remedy', () => {
    expect(offersTreatmentIfNeeded('If she still wakes in pain, you can add naproxen at night.')).toBe(true);
    expect(offersTreatmentIfNeeded('And if the itch is bad, he can have a dab of the hydrocortisone cream.')).toBe(true);
    expect(offersTreatmentIfNeeded('If it flares, you could use an ice pack for ten minutes.')).toBe(true);
  });

  it('leaves a permission that offers no treatment, and a question', () => {
    expect(offersTreatmentIfNeeded('If you like, you can get dressed now.')).toBe(false);
    expect(offersTreatmentIfNeeded('If you want, you can have a seat outside.')).toBe(false);
    expect(offersTreatmentIfNeeded('If it hurts, can you take ibuprofen?')).toBe(false);
  });

  it('writes the offer in the Plan of a visit, where it was dropped', () => {
    const t = lines(
      'Doctor: Where is the pain?', 'Patient: My lower back, since the weekend.',
      'Doctor: Bend forward for me. Good, the movement is full.',
      'Doctor: Keep walking every day.',
      'Patient: Okay.',
      'Doctor: If the nights are bad, you can add naproxen 250 milligrams with supper.',
      'Patient: Right.',
    );
    const n = generateLocalNote(t, { specialty: 'general_practice' });
    expect(n.plan).toContain('naproxen 250 mg');
    expect(n.objective).not.toContain('naproxen');
  });
});

describe("the visit's purpose named by the clinician is the reason for the visit (stop 48)", () => {
  it('reads "this is our follow-up for…", "you\'re here for your review of…"', () => {
    expect(namesVisitPurpose('So this is our follow-up for the anxiety.')).toBe(true);
    expect(namesVisitPurpose("Right, you're here today for your six-month review of the epilepsy.")).toBe(true);
  });

  it('leaves a follow-up to come, and a purpose asked back', () => {
    expect(namesVisitPurpose("This will be a follow-up for the anxiety in June.")).toBe(false);
    expect(namesVisitPurpose("Today is your review of the epilepsy, isn't it")).toBe(false);
    expect(namesVisitPurpose('The next one is a follow-up for the scan.')).toBe(false);
  });

  it('puts it in the Subjective, not the Assessment or the Plan', () => {
    const t = lines(
      'Doctor: Hello again. So this is our follow-up for the gout.', 'Patient: Yes, the toe has settled.',
      'Doctor: Any new flares?', 'Patient: None since the last visit.',
      'Doctor: The toe looks normal now, no swelling.',
      'Doctor: I think the allopurinol is working, the gout is well controlled.',
      'Doctor: Carry on with the allopurinol.',
    );
    const n = generateLocalNote(t, { specialty: 'general_practice' });
    expect(n.subjective).toContain('follow-up for the gout');
    expect(n.plan).not.toContain('follow-up for the gout');
    expect(n.assessment).not.toContain('follow-up for the gout');
  });
});

describe('a next step offered as a question is the plan, written as offered (stop 48)', () => {
  it('reads an offer that names a step of care or a time ahead', () => {
    expect(offersNextStep('Shall we book a phone review in three weeks to see how the rash is doing?')).toBe(true);
    expect(offersNextStep("Why don't we get some bloods done next week?")).toBe(true);
    expect(restateOfferedStep('Would you like me to refer you to the physio?')).toBe('Offered to refer you to the physio.');
  });

  it('leaves the visit\'s own steps, offered just as politely', () => {
    expect(offersNextStep('Shall we have a look at that knee?')).toBe(false);
    expect(offersNextStep('Shall we sit down?')).toBe(false);
    expect(offersNextStep('Should I check your blood pressure?')).toBe(false);
  });

  it('keeps the offered follow-up in the Plan', () => {
    const t = lines(
      'Therapist: How has the sleep been?', 'Client: Patchy, about five hours.',
      'Therapist: Let us keep the wind-down routine going.',
      'Therapist: Shall we book a video session in a fortnight to see how it goes?', 'Client: Yes please.',
    );
    const n = generateLocalNote(t, { specialty: 'psychologist' });
    expect(n.plan).toContain('Offered to book a video session in a fortnight');
  });
});
