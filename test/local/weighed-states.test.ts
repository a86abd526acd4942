import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { weighsState } from '../../src/local/weighed-states.js';
import { gradesRisk } from '../../src/local/risk-ratings.js';

const lines = (...l: string[]) => l.join('\n');

describe('a state put down to its cause is the assessment (stop 49)', () => {
  it('reads a graded or plain state followed by what caused it, in other words', () => {
    expect(weighsState("She's mildly anaemic from the heavy periods.")).toBe(true);
    expect(weighsState('Your iron is a bit low because of the bleeding.')).toBe(true);
    expect(weighsState('The rash on his arms is most likely due to the new washing powder.')).toBe(true);
  });

  it('leaves a place, a time span, a transfer or a condition alone', () => {
    expect(weighsState("He's back from the ward now.")).toBe(false);
    expect(weighsState('The numbness is from the knee down.')).toBe(false);
    expect(weighsState("She's been transferred from the medical unit.")).toBe(false);
    expect(weighsState("If he's dry from the diarrhoea, we'll give fluids.")).toBe(false);
  });
});

describe('a factor holding recovery back, a function judged fit for what lies ahead (stop 49)', () => {
  it('reads both shapes in other words', () => {
    expect(weighsState('The steroids and the poor diet both delay the wound healing.')).toBe(true);
    expect(weighsState('The pressure is reduced, but it is sufficient for the ulcer to heal.')).toBe(true);
    expect(weighsState("His kidneys are good enough for surgery.")).toBe(true);
  });

  it('leaves advice, a warning and a dose alone', () => {
    expect(weighsState("Keep the dressing dry or it will slow the healing.")).toBe(false);
    expect(weighsState("Don't let the smoking hold back your recovery.")).toBe(false);
    expect(weighsState('One tube is enough for two weeks.')).toBe(false);
  });

  it('places the weighed states in the Assessment, the findings in the Objective', () => {
    const t = lines(
      'Nurse: What brings you in?', 'Patient: The sore on my shin still is not closing up after six weeks.',
      'Nurse: Let me look. The sore is 2 centimetres across with a clean base. The pulses at the ankle are weak.',
      'Nurse: The circulation is poor, but it is adequate for the sore to heal.',
      'Nurse: Honestly, the smoking and the steroid tablets both slow down the healing.',
      'Nurse: I will put on a compression bandage and see you in a week.',
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.assessment).toContain('adequate for the sore to heal');
    expect(n.assessment).toContain('slow down the healing');
    expect(n.objective).toContain('2 cm across');
    expect(n.objective).not.toContain('slow down the healing');
  });
});

describe('a risk category named is a risk rated (stop 49)', () => {
  it('reads "puts you in the … risk group" and "falls into the … risk band"', () => {
    expect(gradesRisk('Your father\'s early heart attack places you in the moderate risk group.')).toBe(true);
    expect(gradesRisk('With that score he falls into the high-risk band for stroke.')).toBe(true);
  });

  it('leaves a risk to come and a group named for another reason alone', () => {
    expect(gradesRisk('If it comes back positive it would put you in the high risk group.')).toBe(false);
    expect(gradesRisk('She is in the support group for carers.')).toBe(false);
  });
});

describe('what happened explained, and what set it off, are the assessment (stop 49)', () => {
  it('reads both shapes in other words', () => {
    expect(weighsState("So what's happened here is your blood pressure dropped when you stood up in the heat.")).toBe(true);
    expect(weighsState('What went on, I think, is unclear.')).toBe(false);
    expect(weighsState('I think the long drive on Saturday tipped you over.')).toBe(true);
    expect(weighsState('The cold snap last week probably brought it on.')).toBe(true);
  });

  it('leaves a warning, an errand and an object carried alone', () => {
    expect(weighsState('Another late night could tip you over again.')).toBe(false);
    expect(weighsState('If anything sets it off again, ring us.')).toBe(false);
    expect(weighsState('She brought it on the bus this morning.')).toBe(false);
  });

  it('places them in the Assessment of a visit', () => {
    const t = lines(
      'Doctor: What happened this afternoon?', 'Patient: I went wobbly at work and came round on the floor of the canteen.',
      'Doctor: Did you bang your head?', 'Patient: No, someone caught me.',
      'Doctor: Let me check you over. Your pulse is 72 and regular, blood pressure 118 over 70 lying and 92 over 60 standing.',
      "Doctor: So what's happened here is your blood pressure dropped when you stood up in the heat.",
      'Doctor: I think skipping lunch tipped you over.',
      'Doctor: Drink plenty of water and stand up slowly.',
    );
    const n = generateLocalNote(t, { specialty: 'general' });
    expect(n.assessment).toContain('blood pressure dropped when');
    expect(n.assessment).toContain('skipping lunch tipped');
    expect(n.objective).not.toContain('dropped when');
  });
});

describe('a pattern tied to its condition, the grasp of a decision judged, a cause said without a verb (stop 49)', () => {
  it('reads each shape in other words', () => {
    expect(weighsState('Pain at night, a red hot big toe, that picture is what we see in gout.')).toBe(true);
    expect(weighsState("It's the classic presentation of shingles.")).toBe(true);
    expect(weighsState("He's calm, and he can explain back to me what could happen.")).toBe(true);
    expect(weighsState('She understands the risks and the options.')).toBe(true);
    expect(weighsState('From the new tablets, because it started the week you began them.')).toBe(true);
    expect(weighsState('Due to the heat, most likely.')).toBe(true);
  });

  it('leaves a wish to explain, a question, a direction and a condition alone', () => {
    expect(weighsState('I want to make sure she understands the risks.')).toBe(false);
    expect(weighsState('Do you understand the risks?')).toBe(false);
    expect(weighsState('From the left side.')).toBe(false);
    expect(weighsState('If that picture is what we see in gout, we treat it.')).toBe(false);
  });

  it('places them in the Assessment of a visit', () => {
    const t = lines(
      'Doctor: What brings you in?', 'Patient: My toe went red and hot overnight and I cannot bear the sheet on it.',
      'Doctor: Let me look. The joint at the base of the big toe is red, swollen and very tender.',
      'Doctor: Sudden, a hot swollen big toe, that picture is what we see in gout.',
      'Doctor: From the water tablet, because it started a week after you began it.',
      'Doctor: I will give you anti-inflammatories and see you in a week.',
    );
    const n = generateLocalNote(t, { specialty: 'general' });
    expect(n.assessment).toContain('what we see in gout');
    expect(n.assessment).toContain('From the water tablet');
    expect(n.objective).not.toContain('what we see in gout');
  });
});
