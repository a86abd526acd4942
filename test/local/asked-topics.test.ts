import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('an answer read with what its question named', () => {
  it('keeps the dose of a medicine asked about when the answer calls it "it"', () => {
    const n = note('Doctor: How have you found the citalopram 20 mg?', 'Patient: I take it at night and it helps.');
    expect(n.subjective).toMatch(/citalopram 20 mg at night/);
  });

  it('writes an answer about a habit under the habit asked about', () => {
    const n = note(
      'Doctor: Do you use any hair dye?', 'Patient: I use a box dye every couple of months.',
      'Doctor: Are you cycling yet?', 'Patient: Not yet, the knee still swells.',
      'Doctor: Do you smoke?', 'Patient: I quit last spring.',
    );
    expect(n.subjective).toMatch(/Hair dye: uses a box dye every couple of months/);
    expect(n.subjective).toMatch(/Cycling: not yet/);
    expect(n.subjective).toMatch(/Ex-smoker; quit last spring/);
  });

  it('reads "it" and "that" in a question as the topic put before it', () => {
    const n = note(
      'Nurse: And your blood pressure, the one the GP was watching, how has it been?', 'Patient: Better, since the new tablet.',
      'Nurse: And the orange one, the Symbicort, is he using that every night?', 'Mum: Usually.',
    );
    expect(n.subjective).toMatch(/Blood pressure: better, since the new tablet/);
    expect(n.subjective).toMatch(/Using the Symbicort every night: usually per mum/);
  });

  it('keeps a yes with when it started', () => {
    const n = note('Doctor: Are you sleeping?', 'Patient: Yes, since the new tablets.', 'Nurse: Are you passing wind?', 'Patient: Yeah, since this morning.');
    expect(n.subjective).toMatch(/The patient is sleeping\./);
    expect(n.subjective).toMatch(/since the new tablets/i);
    expect(n.subjective).toMatch(/The patient is passing wind/);
    expect(n.subjective).toMatch(/since this morning/i);
  });
});

describe('a condition named only in a result is the one the clinician assesses', () => {
  it('writes the appraisal under the condition the result named', () => {
    const n = note(
      'Doctor: How is the ankle?', 'Patient: Walking on it now, only sore at the end of the day.',
      'Doctor: I have the repeat x-ray here. It shows the lateral malleolus fracture has united.',
      "Doctor: So it's healing nicely.",
      'Doctor: You can stop using the boot from Monday.',
    );
    expect(n.objective).toMatch(/lateral malleolus fracture has united/);
    expect(n.assessment).toMatch(/^Lateral malleolus fracture: It's healing nicely/);
  });
});

describe('plan and assessment said in other shapes', () => {
  const n = note(
    'Dr Shah: Priya, how is Mr Bell this morning?',
    'Nurse Priya: Temp thirty-eight point two, he looks flushed.',
    'Dr Shah: Good morning Mr Bell. Any pain?',
    'Mr Bell: My chest hurts when I cough.',
    'Dr Shah: Let me listen. Crackles at the right base.',
    "Dr Shah: Priya, could we get a chest x-ray and some bloods, and a sputum sample?",
    "Dr Shah: There's a good chance he has a pneumonia on the right.",
    "Dr Shah: Because he reacted to penicillin before, we'll give him doxycycline.",
    "Dr Shah: He's due his flu jab as well.",
    'Dr Shah: If his temperature is still over 38 tomorrow, or he gets more breathless, call me straight away.',
  );

  it('puts a test asked of a colleague, an order after its reason, a jab due and a return precaution in the plan', () => {
    expect(n.plan).toMatch(/chest x-ray/);
    expect(n.plan).toMatch(/doxycycline/);
    expect(n.plan).toMatch(/flu jab/);
    expect(n.plan).toMatch(/still over 38/);
    expect(n.objective).not.toMatch(/over 38/);
  });

  it('puts a likelihood judged of a condition in the assessment', () => {
    expect(n.assessment).toMatch(/pneumonia/);
  });
});

describe("the examiner's tested structures and scores", () => {
  it('keeps them in the objective', () => {
    const n = note(
      'Doctor: What happened?', 'Patient: I fell off my bike onto my elbow.',
      'Doctor: Up on the couch for me. Left elbow. Swollen and tender over the outside.',
      'Doctor: The collateral ligaments feel stable. Reflexes are symmetrical.',
      'Doctor: On the pain questionnaire you scored seven out of ten.',
    );
    expect(n.objective).toMatch(/collateral ligaments feel stable/i);
    expect(n.objective).toMatch(/scored 7\/10/);
  });
});

describe('a question of two "any" items', () => {
  it('is one question, denied for both items, not a lead-in to the second', () => {
    const n = note('Doctor: Any headaches, any blurred vision?', 'Patient: No, none of that.');
    expect(n.subjective).toMatch(/denies headaches or blurred vision/);
  });
});
