import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a closed question answered by how much or how often', () => {
  const n = generateLocalNote([
    'Nurse: Were condoms used?',
    'Client: Not always. Mostly no.',
    'Nurse: Is noise bothering you?',
    'Client: A little.',
    'Nurse: Are you still doing your stretches?',
    'Client: Most mornings, about ten minutes before work.',
    'Nurse: Any fever?',
    'Client: No.',
  ].join('\n'));

  it('keeps the question\'s words before a hedged answer', () => {
    expect(n.subjective).toMatch(/Condoms used: not always\./);
    expect(n.subjective).toMatch(/Noise bothering (?:the patient|the client|him|her|them): a little\./);
    expect(n.subjective).toMatch(/Still doing (?:the patient's|his|her|their) stretches: most mornings, about 10 minutes before work\./);
  });

  it('leaves a plain no to the denial readers', () => {
    expect(n.subjective).toMatch(/denies fever/);
  });

  it('does not read a social question so', () => {
    const m = generateLocalNote(['Doctor: Are you comfortable there?', 'Patient: Mostly.', 'Doctor: Your knee has a small effusion.'].join('\n'));
    expect(m.subjective).not.toMatch(/comfortable/);
  });
});

describe('a closed question answered by when or how soon', () => {
  const n = generateLocalNote([
    'Doctor: What happened to your knee?',
    'Patient: I twisted it playing football on Saturday.',
    'Doctor: Did it swell up?',
    'Patient: Straight away, like a tennis ball.',
    'Doctor: Does it wake you at night?',
    'Patient: Only when I roll onto that side.',
    'Doctor: Is the pain worse in the morning?',
    'Patient: First thing, for about an hour.',
    "Doctor: Does it lock?",
    "Patient: Not since the first day.",
    'Doctor: This looks like a sprain of the medial ligament.',
  ].join('\n'), { specialty: 'physician' });

  it('grants the question and keeps the answer as its detail, in the third person', () => {
    expect(n.subjective).toMatch(/It swelled up \(straight away, like a tennis ball\)\./);
    expect(n.subjective).toMatch(/It wakes the patient at night \(only when the patient rolls onto that side\)\./);
    expect(n.subjective).toMatch(/The pain is worse in the morning \(first thing, for about an hour\)\./);
  });

  it('does not grant a question the answer takes back', () => {
    expect(n.subjective).not.toMatch(/It locks/);
  });
});

describe('a head injury asked about in closed questions', () => {
  const ask = (question: string, answer: string) =>
    generateLocalNote(['Doctor: What happened?', 'Patient: I fell off my bike and hit my head.', `Doctor: ${question}`, `Patient: ${answer}`, 'Doctor: This is a minor head injury. Rest today.'].join('\n'), { specialty: 'physician' }).subjective;

  it('writes losing consciousness, passing out and being knocked out as said, and their denials', () => {
    expect(ask('Did you lose consciousness?', 'Yes.')).toMatch(/The patient lost consciousness\./);
    expect(ask('Did you pass out?', 'No.')).toMatch(/The patient did not pass out\./);
    expect(ask('Did you lose consciousness?', 'For a few seconds, my wife said.')).toMatch(/The patient lost consciousness \(for a few seconds, (?:their|his|her) wife said\)\./);
  });
});
