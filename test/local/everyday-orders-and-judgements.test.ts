import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import { normalizeMeasurements } from '../../src/local/normalize-measurements.js';

const note = (lines: string[], specialty?: string) => generateLocalNote(lines.join('\n'), specialty ? { specialty } : undefined);

describe('medicines read off the box while reviewing them', () => {
  it('writes them as the medication history, not as the plan', () => {
    const n = note([
      'Nurse: Morning, Joan. How are the legs?',
      'Patient: Swollen again since Friday, and I get puffed on the hill.',
      "Nurse: Let's go through your tablets. Can I see the blister pack? Right — bumetanide 1 mg in the morning. Bisoprolol 2.5 mg. Ramipril 5 mg. All taken?",
      'Patient: Every one, my grandson checks.',
      "Nurse: Good. I'll ring the heart failure team today about the bumetanide.",
    ]);
    expect(n.subjective).toMatch(/Bumetanide 1 mg in the morning/);
    expect(n.subjective).toMatch(/Ramipril 5 mg/);
    expect(n.plan).not.toMatch(/Bisoprolol 2\.5 mg\./);
  });

  it('keeps a dose that stays as it is in the plan', () => {
    const n = note([
      'Doctor: How has your mood been since we last met?',
      "Patient: Low for a month or so, and I'm not sleeping.",
      "Doctor: I'd like to increase the sertraline to 100 mg. The mirtazapine stays at 15.",
    ]);
    expect(n.plan).toMatch(/mirtazapine stays at 15/i);
  });
});

describe('what a patient may eat and drink', () => {
  it('places textures and fluid limits as orders, and a consistency judged unsafe as the assessment', () => {
    const n = note([
      "SLP: Hello Mrs. Kaur, I'm from speech therapy. The nurses say you cough on drinks?",
      'Pt: Yes, water mostly, since the stroke.',
      "SLP: Let's try a sip of water. There — coughing straight away, and the voice is gurgly. Now a spoon of yoghurt — no cough, clear voice.",
      "SLP: Water isn't safe for you at the moment. It's a swallowing problem after the stroke, dysphagia.",
      'SLP: So: drinks level 3, moderately thick, including tea. Minced and moist diet for now. Sit fully upright for meals.',
    ]);
    expect(n.assessment).toMatch(/Water isn't safe/);
    expect(n.plan).toMatch(/drinks level 3, moderately thick/i);
    expect(n.plan).toMatch(/Minced and moist diet for now/);
    expect(n.objective).not.toMatch(/level 3/);
  });

  it('reads a fluid limit and a low-salt rule as the plan, and keeps daily weights when the plan is long', () => {
    const n = note([
      'Nurse: How have you been since last week?',
      "Patient: Breathless on the stairs, and my feet won't fit my slippers.",
      'Nurse: Weight is 91.2 kg today, up from 89 last week.',
      'Nurse: Fluids — keep it to 1.5 litres a day, all drinks counted. And low salt: no bacon for now.',
      'Nurse: Weigh yourself every morning before breakfast and write it down.',
    ]);
    expect(n.plan).toMatch(/keep it to 1\.5 litres a day/);
    expect(n.plan).toMatch(/low salt: no bacon/i);
    expect(n.plan).toMatch(/Weigh \w+ every morning/);
  });

  it('keeps a colleague called and a daily weight over the plan budget', () => {
    const talk = { text: 'It is really important that you understand why we are doing all of this, so please ask me anything.' };
    const called = { text: 'I called Dr. Abbott and here is the plan.' };
    const weights = { text: 'Weigh every morning, after the toilet, and write it down.' };
    const kept = selectWithinBudget([talk, { ...talk }, called, { ...talk }, weights], 'plan', 40).map((i) => i.text);
    expect(kept).toContain(called.text);
    expect(kept).toContain(weights.text);
  });
});

describe('what a clinician infers, rules out, or looks for and does not find', () => {
  it('places an inflamed nerve and a condition ruled out in the assessment, an absent sign in the exam', () => {
    const n = note([
      'Dentist: Where is the pain?',
      'Patient: Top right, it throbs at night and hot tea sets it off.',
      "Dentist: Let's have a look. There's a large old filling on the first molar. No sinus tract — no bump on the gum that would suggest an abscess draining.",
      "Dentist: The nerve in that tooth is inflamed, and the lingering to hot tells me it won't settle. It's not an abscess yet.",
      "Dentist: We'll start a root canal today.",
    ], 'dentist');
    expect(n.objective).toMatch(/No sinus tract/);
    expect(n.assessment).toMatch(/nerve in that tooth is inflamed/);
    expect(n.assessment).toMatch(/not an abscess/);
  });
});

describe('a therapy session in lower-case speech recognition', () => {
  const session = [
    'speaker_0: so how is the hip doing',
    'speaker_1: better the walking is easier',
    'speaker_0: and walking are you still using the frame',
    'speaker_1: using the stick outside now and nothing indoors',
    'speaker_0: remind me it was the left hip replacement and it was six weeks ago',
    'speaker_1: six weeks yesterday',
    'speaker_0: okay let me see you walk to the door and back',
    'speaker_0: walking with the stick steady slightly short step on the left',
    'speaker_0: okay sit down and when i say go stand walk to the line and back timed up and go twelve seconds',
    'speaker_0: so overall you are progressing well honestly you are on track the hip strength is the limiting factor',
    "speaker_0: it's hard work i know and keep going with the bridges and the clams and i'm adding sit to stands from the kitchen chair",
    'speaker_0: the goal for flexion is one hundred and ten degrees by the time you see the surgeon',
  ];

  it('places the aid, the timed test, the gait, the progress and the home program', () => {
    const n = note(session, 'physical_therapy');
    expect(n.subjective).toMatch(/using the stick outside/i);
    expect(n.subjective).toMatch(/left hip replacement/i);
    expect(n.objective).toMatch(/timed up and go (?:twelve|12) seconds/i);
    expect(n.objective).toMatch(/walking with the stick steady/i);
    expect(n.assessment).toMatch(/progressing well/);
    expect(n.plan).toMatch(/keep going with the bridges/i);
  });

  it('writes "one hundred and ten degrees" whole', () => {
    expect(normalizeMeasurements('the goal for flexion is one hundred and ten degrees')).toBe('the goal for flexion is 110 degrees');
    expect(normalizeMeasurements('flexion is a hundred and fifteen')).toBe('flexion is 115');
  });
});
