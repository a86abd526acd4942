import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import { isOrder } from '../../src/local/clinical-vocabulary.js';

const note = (lines: string[]) => generateLocalNote(lines.join('\n'));

/** A mental health review: the history, the safety questions, the results read out, the judgement and the plan. */
const review = [
  "Dr. Mensah: Hello Daniel. It's been — let me look — about eight weeks since we met. How have things been?",
  "Daniel: Not good. I've been low for about a month, and I'm sleeping twelve hours.",
  'Dr. Mensah: Have you had thoughts that life is not worth living?',
  "Daniel: Sometimes I wish I wouldn't wake up. I wouldn't act on it.",
  'Dr. Mensah: So some passive thoughts. Have you made any plan?',
  'Daniel: No plan. Nothing like that.',
  'Dr. Mensah: Any spells of feeling high, needing little sleep, racing thoughts?',
  'Daniel: No racing thoughts.',
  'Dr. Mensah: So no manic symptoms. Your bloods came back: valproate level 38, and your TSH is normal.',
  'Dr. Mensah: My impression is a depressive episode of bipolar disorder. Two things are likely driving it. One, the valproate level is low, below the range we aim for. Two, the stress of the move.',
  "Dr. Mensah: On safety, you've got passive thoughts but no plan and good support, so I'd assess your risk as low right now.",
  "Dr. Mensah: Here's the plan. I'll increase the valproate to 1000 mg at night, and we'll repeat the valproate level in one week.",
  "Dr. Mensah: The signs of a high level are sleepiness, shaking and being unsteady; if you get those, stop it and call us.",
  "Dr. Mensah: I can write you a letter for work about reduced hours. The letter just says a medical condition.",
  'Daniel: Thanks, doctor.',
];

describe('a review whose history the clinician takes in everyday words', () => {
  const n = note(review);

  it('keeps the history phase past a "let me look" said as an aside', () => {
    expect(generateLocalNote(['Dr. Mensah: It has been — let me look — about eight weeks. How is the mood?', 'Daniel: Low, honestly.', 'Dr. Mensah: So some passive thoughts, you said.'].join('\n')).subjective).toMatch(/Some passive thoughts/);
    expect(n.subjective).toMatch(/sleeping 12 hours|sleeping twelve hours/);
    expect(n.objective).not.toMatch(/passive thoughts|manic/);
  });

  it('writes what the clinician says back and the short denials as the history', () => {
    expect(n.subjective).toMatch(/No plan/);
    expect(n.subjective).toMatch(/No racing thoughts|denies racing thoughts/);
    expect(n.subjective).toMatch(/No manic symptoms/);
    expect(n.subjective).not.toMatch(/Thanks/);
  });

  it('reads the numbered causes and the risk rated as the assessment', () => {
    expect(n.assessment).toMatch(/One, the valproate level is low/);
    expect(n.assessment).toMatch(/risk as low/);
    expect(n.objective).not.toMatch(/level is low/);
  });

  it('reads the warning signs and the letter as the plan', () => {
    expect(n.plan).toMatch(/letter for work/);
    expect(n.assessment).not.toMatch(/signs of a high level|medical condition/);
  });
});

describe('doses missed, a denial to a safety question, and reactions to the plan', () => {
  const n = note([
    'Dr. Ruiz: Are you taking the sertraline every day? Any doses missed?',
    'Maya: I missed a couple last week.',
    'Dr. Ruiz: Have you had any thoughts of ending your life, or any plan?',
    'Maya: No. No plan. I would never.',
    "Dr. Ruiz: My impression is that the depression has come back. Here's the plan: I'll increase the sertraline to 100 mg.",
    "Maya: I didn't know that about the dose. That would take a lot of pressure off.",
  ]);

  it('writes the doses missed as the history and the denial under the risk', () => {
    expect(n.subjective).toMatch(/missed a couple/);
    expect(n.subjective).toMatch(/RISK ASSESSMENT[\s\S]*No plan/);
  });

  it('leaves a reaction to the plan out of the history', () => {
    expect(n.subjective).not.toMatch(/didn't know|pressure off/);
  });
});

describe('plan items a long plan keeps', () => {
  const talk = { text: 'It is really important that you understand why we are doing all of this, so please ask me anything.' };

  it('reads a drug level to repeat as an order', () => {
    expect(isOrder("we'll repeat the lithium level in one week")).toBe(true);
  });

  it('keeps a letter for work and a risk rated over their budgets', () => {
    const letter = { text: 'A letter for work about reduced hours.' };
    expect(selectWithinBudget([talk, { ...talk }, letter, { ...talk }], 'plan', 40).map((i) => i.text)).toContain(letter.text);
    const risk = { text: "I'd assess their risk as low right now." };
    expect(selectWithinBudget([talk, { ...talk }, risk, { ...talk }], 'assessment', 40).map((i) => i.text)).toContain(risk.text);
  });
});
