import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (lines: string[], specialty = 'generic') => generateLocalNote(lines.join('\n'), { specialty });

describe("a companion's question about one finding does not end the exam", () => {
  it('keeps the findings after "What does that mean?" in Objective', () => {
    const n = note([
      'Nurse: Let me look at the leg. The wound edges are pink and there is slough at the base.',
      'Son: What does that mean?',
      "Nurse: It means it's trying to heal but needs cleaning. There's a good pulse at the ankle.",
      'Nurse: The dorsalis pedis is palpable on both sides.',
      "Nurse: Close your eyes and say yes when you feel it. She felt it at 4 of 10 sites on the left.",
      "Nurse: So this is a venous leg ulcer. I'll book weekly dressings with compression.",
    ], 'registered_nurse');
    expect(n.objective).toMatch(/dorsalis pedis is palpable/i);
    expect(n.objective).toMatch(/4 of 10 sites/i);
    expect(n.assessment).toMatch(/venous leg ulcer/i);
    expect(n.plan).toMatch(/weekly dressings/i);
  });

  it('resumes the exam after "Is that serious?" asked of a murmur', () => {
    const n = note([
      "Doctor: Let me listen to your chest. There's a soft murmur at the left sternal edge.",
      'Patient: Is that serious?',
      "Doctor: Probably not, many are innocent. Your abdomen is soft and non-tender.",
      'Doctor: The ankles have mild pitting oedema.',
      "Doctor: I'd like an echocardiogram to look at the valves.",
    ]);
    expect(n.objective).toMatch(/abdomen is soft/i);
    expect(n.objective).toMatch(/pitting oedema/i);
    expect(n.plan).toMatch(/echocardiogram/i);
  });

  it('keeps the plan after a question for the verdict', () => {
    const n = note([
      "Podiatrist: Let me look. The nail edge is ingrowing and the fold is red, no pus.",
      "Patient: So what's the verdict?",
      "Podiatrist: It's an ingrown toenail. Your pulses are good, so the foot is low risk.",
      'Patient: Can you fix it?',
      'Podiatrist: The best fix is a partial nail avulsion, which we can do today.',
    ], 'podiatrist');
    expect(n.plan).toMatch(/partial nail avulsion/i);
    expect(n.objective).not.toMatch(/avulsion/i);
  });

  it('does not make an exam manoeuvre announced mid-exam a plan item', () => {
    const n = note([
      "Dentist: Let me have a look. There's a deep filling on the lower left six.",
      "Dentist: I'm going to probe it gently. It's tender to percussion.",
      "Dentist: This is irreversible pulpitis. I'll start the root canal next week.",
    ], 'dentist');
    expect(n.plan).not.toMatch(/probe it/i);
    expect(n.plan).toMatch(/root canal/i);
  });
});
