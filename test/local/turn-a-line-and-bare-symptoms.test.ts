import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readAlternatingLines } from '../../src/local/alternating-lines.js';
import type { Turn } from '../../src/local/types.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { extractUtterances } from '../../src/local/extract-utterances.js';
import { trackPhases } from '../../src/local/track-phases.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));
const phasesOf = (...lines: string[]) => {
  const utterances = extractUtterances(readTranscript(lines.join('\n')).turns);
  return trackPhases(utterances);
};
const asTurns = (...lines: string[]): Turn[] => lines.map((text, k) => ({ role: 'other', text, line: k + 1 }));

describe('a visit pasted a turn a line with no labels', () => {
  const visit = [
    'Good afternoon, I am Tom, the physiotherapist today.',
    'Hello. Call me Ruth.',
    'Ruth. What made you book in?',
    'My shoulder. It has ached since the gardening weekend.',
    'Which side?',
    'The right. Mostly at night.',
    'Are you taking anything for it?',
    'Paracetamol. Two in the evening.',
    'And your job, what do you do?',
    'I am a hairdresser. Arms up all day.',
    'Lift your arm out to the side for me.',
    'Ouch. That catches halfway.',
  ];

  it('gives each line to the speaker whose turn it is, though it neither asks "you" nor says "I"', () => {
    const turns = readAlternatingLines(asTurns(...visit));
    expect(turns?.map((t) => t.role[0]).join('')).toBe('cpcpcpcpcpcp');
  });

  it('keeps the patient\'s work and the treatment so far', () => {
    const n = note(...visit);
    expect(n.subjective).toMatch(/hairdresser/i);
    expect(n.subjective).toMatch(/paracetamol/i);
  });

  it('leaves prose with questions and answers on the same line to the sentence reader', () => {
    const prose = asTurns(
      'How is the cough? Worse at night, I think.', 'Any phlegm? A little, clear.', 'Any fever? No, none.',
      'Are you sleeping? Not much.', 'Do you smoke? I gave up.', 'Any wheeze? Sometimes.', 'Taking anything? Honey and lemon.',
      'Any travel? No.', 'Let me listen. Clear both sides.', 'Good. Rest and fluids then.',
    );
    expect(readAlternatingLines(prose)).toBeUndefined();
  });
});

describe('results read out before the history is over', () => {
  it('goes back to the history when the clinician asks about the patient\'s life again', () => {
    const n = note(
      'Nurse: I have your blood results here. Your cholesterol was 6.8.',
      'Patient: Is that a lot?',
      'Nurse: A bit above where we want it. What do you usually have for lunch?',
      'Patient: I usually get a pasty from the bakery near work.',
      'Nurse: And in the evenings?',
      'Patient: I graze on cheese and crackers while I watch television.',
    );
    expect(n.subjective).toMatch(/pasty/);
    expect(n.subjective).toMatch(/cheese and crackers/);
    expect(phasesOf('Nurse: I have your blood results here. Your cholesterol was 6.8.', 'Nurse: What do you usually have for lunch?').at(-1)).toBe('history');
  });

  it('stays in the examination once the body is examined', () => {
    expect(phasesOf(
      'Doctor: I have your scan report here. It shows a small cyst.',
      'Doctor: Let me feel your tummy now. Do you feel this here?',
      'Patient: Yes, that is tender.',
    ).at(-2)).toBe('exam');
  });

  it('stays with the results when the next question is about them', () => {
    expect(phasesOf(
      'Nurse: I have your blood results here. Your ferritin was 9.',
      'Nurse: Is that what you expected?',
    ).at(-1)).toBe('exam');
  });
});

describe('symptoms named alone as questions', () => {
  it('reads "Fever?" and "Nausea, constipation?" answered no as denials', () => {
    const n = note(
      'Doctor: What brings you in?', 'Patient: My stomach has been cramping for three days.',
      'Doctor: Fever?', 'Patient: No.',
      'Doctor: Nausea, constipation?', 'Patient: No.',
    );
    expect(n.subjective).toMatch(/denies fever/);
    expect(n.subjective).toMatch(/denies nausea or constipation/);
  });

  it('reads a run of symptoms named alone, each denied by name in one answer', () => {
    const n = note('Doctor: What brings you in?', 'Patient: A sore throat since Monday.', 'Doctor: Right. Chills? Headache?', 'Patient: No chills, no headache.');
    expect(n.subjective).toMatch(/denies chills/);
    expect(n.subjective).toMatch(/denies headache/);
  });

  it('does not deny an earlier symptom the answer does not name', () => {
    const n = note('Doctor: What brings you in?', 'Patient: A sore throat since Monday.', 'Doctor: Right. Cough? Headache?', 'Patient: No headache.');
    expect(n.subjective).toMatch(/denies headache/);
    expect(n.subjective).not.toMatch(/denies cough/);
  });

  it('does not read an everyday choice as a symptom denied', () => {
    const n = note('Doctor: What brings you in?', 'Patient: My stomach has been cramping for three days.', 'Doctor: Tea or coffee?', 'Patient: No.');
    expect(n.subjective).not.toMatch(/denies tea/i);
  });
});

describe('a summary opened with "just to sum up"', () => {
  it('turns to the judgement and plan', () => {
    expect(phasesOf(
      'Doctor: Let me look at the rash. Silvery plaques on both elbows.',
      'Doctor: Okay, just to sum up where we are.',
    ).at(-1)).toBe('plan');
  });

  it('does not take "sum" said otherwise as the summary', () => {
    expect(phasesOf('Doctor: Let me look at the rash. Silvery plaques on both elbows.', 'Doctor: It is just some dry skin around them.').at(-1)).toBe('exam');
  });
});

describe('the plan told as goals, swaps and alternatives', () => {
  const plan = (...lines: string[]) => note(
    'Dietitian: How many cups of tea a day?', 'Patient: Six, with two sugars each.',
    'Dietitian: Okay, so the plan from here.', ...lines,
  ).plan;

  it('writes a swap put as a question as the suggestion', () => {
    expect(plan('Dietitian: Could you cut out the sugar in the tea?')).toMatch(/Suggested: cut out the sugar in the tea/);
    expect(plan('Dietitian: And the swimming, can you build that up to three lengths more?')).toMatch(/build the swimming up/);
    expect(plan('Dietitian: Could you pass me that leaflet?')).not.toMatch(/Suggested/);
  });

  it('keeps a goal set, though it names a weight', () => {
    expect(plan('Dietitian: In the next year a sensible target is to lose two stone.')).toMatch(/target is to lose/);
  });

  it('keeps the alternative offered to an item', () => {
    expect(plan('Dietitian: Have porridge in the morning.', 'Dietitian: Or a slice of wholemeal toast with egg.')).toMatch(/wholemeal toast/);
  });
});

describe('a value judged against a named range', () => {
  it('is the assessment, not the reading', () => {
    const n = note(
      'Nurse: How is the knee?', 'Patient: Sore on the stairs.',
      'Nurse: Let me weigh you. 104 kilos, so a BMI of 36.',
      'Nurse: Your weight is in the obese range.',
      'Nurse: Keep walking daily.',
    );
    expect(n.objective).not.toMatch(/obese range/);
    expect(n.objective).toMatch(/104 kg/);
  });
});

describe("a clinician's own steps and judgements in the first person, and a patient's questions about the finding", () => {
  const visit = [
    'Right, sit on the edge of the bed for me. How is the wrist today?',
    'Stiff. I can hardly turn a key.',
    'Talk me through the fall again.',
    'I slipped on the ice and put my hand out, like you said people do.',
    'I am going to press along the bone now. Tell me where it hurts.',
    'There. On the thumb side.',
    'And here, in the hollow below the thumb?',
    'Yes, that is sore.',
    "Let me check the grip. Squeeze my fingers.",
    'Is it broken?',
    "I would call it a possible scaphoid fracture until an X-ray says otherwise.",
    'So what happens now?',
    "I will speak to the fracture clinic today and you will wear a splint until then.",
    'Okay, thank you.',
  ];

  it('keeps the lines in turn, though the clinician speaks of "I" and the patient asks', () => {
    const turns = readAlternatingLines(asTurns(...visit));
    expect(turns?.map((t) => t.role[0]).join('')).toBe('cpcpcpcpcpcpcp');
  });

  it('still needs the lines to agree: a monologue of steps is not a dialogue', () => {
    const steps = Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? 'I am going to check the reflexes.' : 'I feel dizzy when I stand.'));
    expect(readAlternatingLines(asTurns(...steps))).toBeUndefined();
  });
});
