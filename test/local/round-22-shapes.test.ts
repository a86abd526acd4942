import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('results and readings named with their value in one breath', () => {
  it('writes a phone call of bare-number results as results', () => {
    const n = note(
      'Nurse: Hi, it is the renal team. How are you feeling?', 'Patient: Tired, and my ankles are puffy.',
      'Nurse: Your bloods from Friday are back. Potassium, 5.9. Creatinine 210. Haemoglobin, 98.',
    );
    expect(n.objective).toMatch(/Potassium 5\.9/);
    expect(n.objective).toMatch(/Creatinine 210/);
    expect(n.objective).toMatch(/Haemoglobin 98/);
  });

  it("keeps a colleague's capillary refill and a weight after the scales, with what qualifies them", () => {
    const n = note(
      'Dr Moss: What have we got, Jo?',
      'Nurse Jo: Three-year-old with vomiting since last night. Cap refill about three seconds. Temp thirty-eight.',
      'Dr Moss: Thanks. Hello Mum, how many times has he been sick?', 'Mum: Six or seven times since midnight.',
      'Dr Moss: Let us get him on the scales. Fourteen kilos.',
    );
    expect(n.objective).toMatch(/Cap refill about 3 seconds/);
    expect(n.objective).toMatch(/Weight 14 kg/);
  });
});

describe('a skin lesion examined and dictated', () => {
  const n = note(
    'Doctor: What brings you in?', 'Patient: This spot on my nose keeps bleeding and never heals.',
    'Doctor: Let me take a look. Left cheek, by the nose. Nine millimetres across, pearly edge with a central crust.',
    'Doctor: Under the dermatoscope: arborising vessels and a blue-grey ovoid nest.',
    'Doctor: It has features that worry me for a basal cell carcinoma.',
    'Doctor: We will remove it with a small margin in the minor ops clinic.',
  );

  it('writes the site, its size in the UK spelling, and what the dermatoscope shows as findings', () => {
    expect(n.objective).toMatch(/9 mm across/);
    expect(n.objective).toMatch(/arborising vessels/);
  });

  it('reads a worry named of a condition as the assessment', () => {
    expect(n.assessment).toMatch(/basal cell carcinoma/);
  });
});

describe('a booking visit with a patient who speaks of her child too', () => {
  const n = note(
    'Midwife Jan: Hello Amira, welcome to your booking visit. How are you feeling?',
    "Amira: Tired, and I'm sick most mornings, but I'm eating okay.",
    'Midwife Jan: Is this your first pregnancy?',
    "Amira: No, it's my third. My daughter is five and my son is two, he was born early.",
    'Midwife Jan: Any problems last time?', 'Amira: I had gestational diabetes with my son.',
    'Midwife Jan: Blood pressure 112 over 70. So you are higher risk because of the diabetes last time.',
    'Midwife Jan: The doctors recommend a glucose tolerance test at 24 weeks and folic acid every day.',
  );

  it('takes the woman as the patient, not as a parent speaking for someone', () => {
    expect(n.subjective).not.toMatch(/Per Amira/);
    expect(n.subjective).toMatch(/Third pregnancy/i);
  });

  it('reads a risk level as the assessment and what the doctors recommend as the plan', () => {
    expect(n.assessment).toMatch(/higher risk/);
    expect(n.plan).toMatch(/glucose tolerance test/);
  });
});

describe('a lesion described under its site, then named', () => {
  it('keeps the description as the finding and the name as the assessment', () => {
    const n = note(
      'Doctor: Any other spots bothering you?', 'Patient: This one on my temple, it catches on my glasses.',
      'Doctor: Let me look. Right temple. Six millimetres, rough and scaly on a red base.',
      "Doctor: That one's an actinic keratosis.",
      'Doctor: We can freeze it today with liquid nitrogen.',
    );
    expect(n.objective).toMatch(/Right temple: 6 mm, rough and scaly/);
    expect(n.assessment).toMatch(/actinic keratosis/);
    expect(n.objective).not.toMatch(/actinic keratosis/);
  });
});
