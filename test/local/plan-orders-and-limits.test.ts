import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isOrder } from '../../src/local/clinical-vocabulary.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';

describe('a test wanted without a verb of ordering', () => {
  it.each([
    "So I'd like blood tests today, a full blood count and ferritin.",
    'I want an ultrasound of the gallbladder next week.',
    'We would also like a chest x-ray before she goes.',
  ])('reads "%s" as an order', (sentence) => {
    expect(isOrder(sentence)).toBe(true);
  });

  it('does not read a wish as an order', () => {
    expect(isOrder('I want the best for her.')).toBe(false);
  });
});

describe('a restriction given without a verb', () => {
  it('places "Short walks only, on the flat." in the plan', () => {
    const n = generateLocalNote([
      'Physio: The tendon is irritated. Here is the plan for the next two weeks.',
      'Physio: Short walks only, on the flat.',
      'Patient: Okay.',
    ].join('\n'));
    expect(n.plan).toMatch(/Short walks only, on the flat\./);
  });
});

describe('the plan over its word budget', () => {
  it('keeps when to come back, though it is long and says little else', () => {
    const items = [
      'Start amoxicillin 500 mg three times a day for seven days.',
      'The reason is that the chest sounds a bit crackly on the left and the temperature is up, which points to infection.',
      'Rest as much as you can, drink plenty of fluids, and use paracetamol for the fever if you need it.',
      'I know it is a nuisance to be off work but it really does help you get over these things faster.',
      "We'll review you in the clinic in one week, sooner if the breathing gets worse or you are not improving.",
    ].map((text) => ({ text }));
    const kept = selectWithinBudget(items, 'plan', 40).map((i) => i.text);
    expect(kept.some((t) => /review you in the clinic in one week/.test(t))).toBe(true);
  });
});

describe('a plan item that names a device fitted or a drug by "it\'s called"', () => {
  it('keeps a device fitted in the visit over the budget, like an order', () => {
    const items = [
      'The reason is that the ankle is unstable and the swelling is worse than I would expect for a simple sprain.',
      "I'm putting you in an air cast today.",
      'Rest it as much as you can, keep it raised on a cushion in the evenings, and use ice for ten minutes at a time.',
      'I know crutches are a nuisance but they really do help the ligament settle down faster.',
    ].map((text) => ({ text }));
    expect(selectWithinBudget(items, 'plan', 30).map((i) => i.text)).toContain("I'm putting you in an air cast today.");
  });

  it('places "It\'s called montelukast…" after a proposed treatment in the plan', () => {
    const n = generateLocalNote([
      'Doctor: Let me listen to his chest. A few wheezes on both sides.',
      "Doctor: I'd like to add a tablet at night. It's called montelukast 4 mg.",
      'Mum: Okay.',
    ].join('\n'));
    expect(n.plan).toMatch(/It's called montelukast 4 mg\./);
  });
});

describe('a pharmacist on the phone about a new antibiotic', () => {
  it('writes a drug interaction as the assessment, though said once the results are open', () => {
    const n = generateLocalNote([
      'Pharmacist: Let me look at her last results. Her INR was 2.6 last week.',
      "Pharmacist: Okay, there's a known interaction between clarithromycin and warfarin.",
      'Caller: Oh dear.',
    ].join('\n'));
    expect(n.assessment).toMatch(/interaction between clarithromycin and warfarin/);
    expect(n.objective).not.toMatch(/interaction/);
  });

  it('keeps another service notified over the budget, as an action', () => {
    const items = [
      'The reason is that the antibiotic slows the clearing of warfarin, so the level can climb over the next few days.',
      'Take half a tablet of warfarin tonight and tomorrow.',
      "I'll also fax the walk-in centre.",
      'Keep an eye out for any unusual bruising or bleeding gums, and ring us if anything worries you at all.',
      'It is a common situation and nothing to be alarmed about, we see it every week in the clinic.',
    ].map((text) => ({ text }));
    expect(selectWithinBudget(items, 'plan', 30).map((i) => i.text)).toContain("I'll also fax the walk-in centre.");
  });
});
