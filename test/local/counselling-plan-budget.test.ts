import { describe, expect, it } from 'vitest';
import { budgetFor, selectWithinBudget } from '../../src/local/select-within-budget.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('the plan budget of a visit whose plan is the visit itself', () => {
  it('gives counselling families and speech therapy the long plan budget, and a medical visit the short one', () => {
    for (const family of ['nutrition', 'genetics', 'pharmacy', 'behavioural'] as const) expect(budgetFor('plan', family)).toBeGreaterThan(budgetFor('plan', 'medical'));
    expect(budgetFor('plan', 'medical', { specialty: 'slp' })).toBeGreaterThan(budgetFor('plan', 'medical', { specialty: 'physician' }));
    expect(budgetFor('plan', 'medical')).toBe(125);
    expect(budgetFor('history', 'nutrition')).toBe(budgetFor('history', 'medical'));
  });

  it('keeps every advice item of a long counselling plan that a medical budget would cut', () => {
    const items = [
      'Keep a food diary for the next two weeks and bring it along to the next appointment so we can go through it together.',
      'Swap the white bread at lunch for a wholegrain wrap, and have a handful of nuts rather than the biscuits mid-afternoon.',
      'Try to have a portion of vegetables or salad with both your lunch and your evening meal, roughly half the plate.',
      'Cut the fizzy drinks down to one can at the weekend, and drink water or diet squash the rest of the week.',
      'Eat breakfast within an hour of getting up, porridge or eggs on toast, so you are not starving by eleven.',
      'Aim for a twenty minute walk on at least five days, even if it is split into two ten minute walks.',
    ].map((text) => ({ text }));
    expect(selectWithinBudget(items, 'plan', budgetFor('plan', 'nutrition'))).toHaveLength(items.length);
    expect(selectWithinBudget(items, 'plan', budgetFor('plan', 'medical')).length).toBeLessThan(items.length);
  });

  it('writes the last strategy of a long speech therapy plan', () => {
    const visit = [
      'Therapist: How has eating been since the operation?',
      'Patient: I choke on water sometimes, and bread sticks in my throat.',
      "Therapist: Let's try a little water. Okay, a cough after the thin water, and a wet voice afterwards.",
      'Therapist: So that is a weak swallow after the surgery, with a risk of things going down the wrong way.',
      'Therapist: The plan is this. I am going to order a video x-ray of your swallow at the hospital within the next fortnight.',
      'Therapist: Until then I would like you to take your drinks thickened to a syrup texture, using the powder I give you today, every single time.',
      'Therapist: Take the tablets one at a time crushed in yoghurt, and always swallow twice after each mouthful of food before the next.',
      'Therapist: Keep your chin tipped down towards your chest whenever you swallow a drink, because it protects the airway nicely.',
      'Therapist: Sit bolt upright in a proper chair for all of your meals, and do not lie down flat for half an hour afterwards.',
      'Therapist: Brush your teeth and your tongue morning and night, because a clean mouth makes any chest infection less likely.',
      'Therapist: I will see you weekly for six weeks to work on strengthening exercises for the tongue and throat muscles.',
      'Therapist: If you get a temperature or a new chesty cough, ring your doctor on the same day and tell them you have swallowing problems.',
    ].join('\n');
    expect(generateLocalNote(visit, { specialty: 'slp' }).plan).toMatch(/half an hour afterwards/);
  });
});
