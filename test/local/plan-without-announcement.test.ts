import { describe, expect, it } from 'vitest';
import { sumsUp, tellsPlan } from '../../src/local/plan-turn-markers.js';
import { isPlanListItem } from '../../src/local/plan-list-items.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('the turn to the plan in words that never say "the plan is"', () => {
  it('hears the plan named as what the clinician is about to tell', () => {
    expect(tellsPlan('Okay, let me go over the next steps with you.')).toBe(true);
    expect(tellsPlan("Right, I'll walk you through what we're going to do.")).toBe(true);
    expect(tellsPlan("Let's talk about what I'd recommend.")).toBe(true);
    expect(tellsPlan("First I'll have a look at you, then we'll go over the plan.")).toBe(false);
    expect(tellsPlan('Shall I explain the plan?')).toBe(false);
  });

  it('takes a summing-up opener as the turn once examined, and before any exam only when it judges', () => {
    expect(sumsUp('So where does all this leave us?', true)).toBe(true);
    expect(sumsUp("Here's where things stand.", true)).toBe(true);
    expect(sumsUp('To summarise, the pattern fits familial hypercholesterolaemia.', false)).toBe(true);
    expect(sumsUp('Alright, here is what I think.', false, 'This looks like irritable bowel syndrome.')).toBe(true);
    expect(sumsUp('To sum up, three weeks of cough and a hoarse voice.', false)).toBe(false);
    expect(sumsUp('Tell me about the cough.', true)).toBe(false);
  });
});

describe('an item of a counselled list', () => {
  it('reads verbless, dosed or labelled items as items', () => {
    expect(isPlanListItem('Fluids: water or weak squash.')).toBe(true);
    expect(isPlanListItem('Two biscuits at a time.')).toBe(true);
    expect(isPlanListItem('No alcohol for now.')).toBe(true);
    expect(isPlanListItem('Porridge instead of the sugary cereal, with a spoon of seeds on top.')).toBe(true);
    expect(isPlanListItem('Milk, yoghurt or a slice of cheese.')).toBe(true);
  });

  it('leaves readings, denials, examples, remarks and sentences with a verb alone', () => {
    expect(isPlanListItem('Oxygen 95%.')).toBe(false);
    expect(isPlanListItem('No fever.')).toBe(false);
    expect(isPlanListItem('Like a banana with yoghurt.')).toBe(false);
    expect(isPlanListItem('Putting it together: I think this is a sprain.')).toBe(false);
    expect(isPlanListItem('6.2, checked twice.')).toBe(false);
    expect(isPlanListItem('Last month, in the clinic, your reading was 7.1.')).toBe(false);
    expect(isPlanListItem('No worries at all.')).toBe(false);
    expect(isPlanListItem('Make a fist and squeeze gently on each side.')).toBe(false);
  });

  it('keeps a listed item over the budget without costing the orders their place', () => {
    const talk = { text: 'Your blood pressure medicine, lisinopril, is working well and the swelling and pain in the knee are better.' };
    const items = [talk, { text: 'I am referring you to the falls clinic.' }, { text: 'No alcohol for now.' }, { ...talk }, { text: 'Two biscuits at a time.' }];
    const kept = selectWithinBudget(items, 'plan', 30).map((i) => i.text);
    expect(kept).toEqual(expect.arrayContaining(['I am referring you to the falls clinic.', 'No alcohol for now.', 'Two biscuits at a time.']));
  });

  it('keeps a document the patient leaves with', () => {
    const talk = { text: 'Your blood pressure medicine, lisinopril, is working well and the swelling and pain in the knee are better.' };
    const kept = selectWithinBudget([talk, { ...talk }, { text: "I'm printing you a written care plan for the flare." }, { ...talk }], 'plan', 40).map((i) => i.text);
    expect(kept).toContain("I'm printing you a written care plan for the flare.");
  });
});

describe('a counselling visit that never announces its plan', () => {
  const note = generateLocalNote([
    'Dietitian: What do you usually have for breakfast?',
    'Patient: Two bowls of sugary cereal and a big glass of apple juice.',
    'Dietitian: And during the day?',
    'Patient: Biscuits at my desk, and a takeaway most nights.',
    'Dietitian: Let me weigh you. Weight is 92 kilos today.',
    "Dietitian: So here's where we are. You have prediabetes, and the sugar mostly comes from the drinks and the snacks.",
    'Dietitian: Porridge instead of the sugary cereal, with a spoon of seeds on top.',
    'Dietitian: Drinks: water, sparkling water or tea without sugar.',
    'Dietitian: No juice.',
    'Dietitian: Two biscuits at a time, with a cup of tea, not the packet.',
  ].join('\n'), { specialty: 'dietitian_nutritionist' });

  it('writes the listed advice in the plan, not the findings', () => {
    expect(note.plan).toMatch(/Porridge instead of the sugary cereal/);
    expect(note.plan).toMatch(/sparkling water/);
    expect(note.plan).toMatch(/No juice/);
    expect(note.plan).toMatch(/Two biscuits at a time/);
    expect(note.objective).not.toMatch(/Porridge|biscuits at a time|sparkling/i);
    expect(note.objective).toMatch(/92/);
  });
});
