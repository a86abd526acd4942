import { describe, expect, it } from 'vitest';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('plan items a long plan used to lose', () => {
  const talk = { text: 'Your blood pressure medicine, lisinopril, is working well and the swelling and pain in the knee are better.' };

  it('keeps a named test ordered at length over talk about the plan', () => {
    const scan = { text: "We'll get an ultrasound of your neck to look at the gland and the lumps in it properly, and a blood test for your calcium" };
    const kept = selectWithinBudget([talk, { ...talk }, scan, { ...talk }], 'plan', 45).map((i) => i.text);
    expect(kept).toContain(scan.text);
  });

  it('reads "any signs of a stroke…, that\'s 999 too" and "come straight back if…" as safety nets', () => {
    const n = generateLocalNote(['Doctor: Your pulse is irregular, about 110.', "Doctor: Of course any signs of a stroke, face drooping, arm weakness, speech problems, that's 999 too."].join('\n'));
    expect(n.plan).toMatch(/that's 999 too/);
    expect(n.objective).not.toMatch(/999/);
  });

  it('keeps the safety net over the budget, and only one of them', () => {
    const net = { text: 'Come straight back if you get a temperature or shivering, if the pain is not controlled, or if you stop passing urine.' };
    const net2 = { text: 'If you are very breathless at rest or your lips go blue, call 999.' };
    const kept = selectWithinBudget([talk, { ...talk }, net, { ...talk }, net2], 'plan', 45).map((i) => i.text);
    expect([net.text, net2.text].filter((t) => kept.includes(t))).toHaveLength(1);
    expect(selectWithinBudget([talk, { ...talk }, net, { ...talk }], 'plan', 45).map((i) => i.text)).toContain(net.text);
  });

  it('does not keep a wait for results or unnamed labs as an item of its own', () => {
    const labs = { text: 'I want to get some more labs to make sure that you are tolerating the new medicines well over the next few weeks' };
    const kept = selectWithinBudget([talk, { ...talk }, labs, { ...talk }], 'plan', 45).map((i) => i.text);
    expect(kept).not.toContain(labs.text);
  });

  it('reads a treatment offered for when a symptom comes as the plan', () => {
    const n = generateLocalNote([
      'Doctor: How long have you had the sore throat?',
      'Patient: Four days, and I feel shivery at night.',
      "Doctor: I think it's a viral throat infection.",
      'Doctor: If you are feeling achy and shivery, taking regular ibuprofen would be helpful.',
    ].join('\n'));
    expect(n.plan).toMatch(/regular ibuprofen would be helpful/);
  });

  it('keeps "like" where it is the verb, not a filler', () => {
    const n = generateLocalNote([
      'Doctor: Your sugar reading today is 14.',
      'Patient: Right.',
      "Doctor: So your sugars are running higher than we'd like, so I'll add gliclazide 40 mg each morning.",
    ].join('\n'));
    expect(`${n.assessment}\n${n.plan}`).toMatch(/higher than we'd like/);
  });

  it('reads "I have arranged an ultrasound" in a letter as the plan, not a result', () => {
    const n = generateLocalNote('Dear Dr Shah, thank you for seeing Mrs Cole, who has had right upper abdominal pain for six weeks. On examination she is tender under the right ribs. My impression is gallstones. I have arranged an ultrasound of the abdomen. Yours sincerely.');
    expect(n.plan).toMatch(/arranged an ultrasound/);
    expect(n.objective).not.toMatch(/ultrasound/);
  });
});
