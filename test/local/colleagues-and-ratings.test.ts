import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Visits written for these tests (invented patients): an urgent dental slot with a nurse in the room, a minor-injuries
// visit, and a therapy session with ratings on a 0–100 scale.
const visit = (specialty: string, ...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty });

describe('a colleague in the room', () => {
  const DENTAL = ['Dr Mehta: Hello, what can we do for you today?', 'Patient: I had a crown fitted on Monday, the top right, and now it throbs all night.'];

  it('writes a reading a named colleague gives on request as a finding, not as their report', () => {
    const n = visit('dentist', ...DENTAL, 'Dr Mehta: Lie back for me. Sam, could you get a temp?', 'Nurse Sam: Thirty-seven point nine.', 'Dr Mehta: Thanks.');
    expect(n.objective).toMatch(/Temperature 37\.9/);
    expect(n.subjective).not.toMatch(/37\.9|thirty-seven/i);
  });

  it('writes a blood pressure a colleague reads out as a pair on request, after a word of their own, as a finding', () => {
    const n = visit('dentist', ...DENTAL, 'Dr Mehta: Sam, could you check his blood pressure first?', 'Nurse Sam: Right... one forty-one over eighty-eight.', 'Dr Mehta: Thanks.');
    expect(n.objective).toMatch(/Blood pressure 141\/88/);
    expect(n.subjective).not.toMatch(/one forty-one|141/i);
    // Asked of the patient about their own cuff at home, the pair is no reading taken in the room.
    const home = visit('dentist', ...DENTAL, 'Dr Mehta: Have you checked your blood pressure lately?', 'Patient: Yes, one forty-one over eighty-eight.');
    expect(home.objective).not.toMatch(/Blood pressure 141\/88/);
  });

  it('does not write a colleague doing a task asked of them as their report in the history; a question of what they saw still is', () => {
    const n = visit('dentist', ...DENTAL, 'Dr Mehta: Sam, could you draw up lidocaine, two cartridges?', 'Nurse Sam: Two cartridges of lidocaine, drawing up now.');
    expect(n.subjective).not.toMatch(/lidocaine/i);
    const seen = visit('dentist', ...DENTAL, 'Dr Mehta: Sam, did he say anything about swelling at the front desk?', 'Nurse Sam: He said his cheek swelled up last night.');
    expect(seen.subjective).toMatch(/cheek swelled up/);
  });

  it('does not write a colleague asked for their own wish as the patient wanting something', () => {
    const n = visit('dentist', ...DENTAL, 'Dr Mehta: Let me look.', 'Nurse Sam: Shall I get the bitewings, Dr Mehta?', 'Dr Mehta: Yes please, both sides.');
    expect(`${n.subjective}\n${n.objective}`).not.toMatch(/patient wants|wants the/i);
  });

  it('keeps the answer to "what can we do for you today" as history', () => {
    const n = visit('dentist', ...DENTAL, 'Dr Mehta: Any swelling?', 'Patient: No.');
    expect(n.subjective).toMatch(/crown fitted on Monday/);
  });

  it('keeps what the examiner sees ("I can see…") in the exam, not the plan', () => {
    const n = visit('dentist', ...DENTAL, 'Dr Mehta: Open wide. The crown margin is open, there is food packed in there, I can see the gum is inflamed, and there is some bleeding.');
    expect(n.objective).toMatch(/crown margin is open/);
    expect(n.plan).not.toMatch(/crown margin/);
  });

  it('drops "don\'t apologise" and "it\'ll be a bit cold" from the plan', () => {
    const n = visit('physician', 'Dr Ade: What brings you in?', 'Pt: My ankle, I went over on it playing netball. Sorry, I am a bit late.',
      'Dr Ade: Don\'t apologise, that happens.', 'Dr Ade: Let me look. It\'ll be a bit cold.', 'Dr Ade: There is swelling over the lateral ankle.',
      'Dr Ade: I think it is a sprain. Rest it and use ice for two days.');
    expect(n.plan).not.toMatch(/apologise|bit cold/);
    expect(n.plan).toMatch(/ice/);
  });
});

describe('answers read with their questions', () => {
  it('denies what a "No X." answer names, not the items of the last question', () => {
    const n = visit('physician', 'Dr Ade: What brings you in?', 'Pt: My right leg has been swollen for a week.',
      'Dr Ade: Any fever at all?', 'Dr Ade: Any cough, or bringing up phlegm?', 'Pt: No fever. I have got a bit of a cough though.');
    expect(n.subjective).toMatch(/denies fever|No fever/i);
    expect(n.subjective).not.toMatch(/denies cough/i);
  });

  it('keeps the detail a yes adds to a confirmation', () => {
    const n = visit('physician', 'Dr Ade: The referral letter says your arm is painful?', 'Pt: Yes, it\'s my left forearm.', 'Pt: It started after I moved house.');
    expect(n.subjective).toMatch(/left forearm/);
  });

  it('writes a rating on a 0–100 scale, and the rating asked again after it', () => {
    const n = visit('psychotherapist', 'Therapist: How has the week been?', 'Client: I had three panic attacks.',
      'Therapist: Let us try the exercise now. Spin on the chair for thirty seconds. Stop.', 'Therapist: How frightened, nought to a hundred?', 'Client: Eighty.',
      'Therapist: Keep breathing slowly. Where is it now?', 'Client: Forty.');
    expect(n.objective).toMatch(/Fear 80 \(0-100\)/);
    expect(n.objective).toMatch(/Fear 40 \(0-100\) afterwards/);
  });

  it('never writes an answer line that still says "you"', () => {
    const n = visit('psychotherapist', 'Therapist: How has the week been?', 'Client: Hard, I avoided the shops.',
      'Therapist: How strongly do you believe you will faint?', 'Client: Ninety percent?');
    expect(`${n.subjective}\n${n.objective}`).not.toMatch(/\byou\b/i);
  });

  it('reads "homework" as the start of the plan and a change proposed as a question as plan', () => {
    const n = visit('psychotherapist', 'Therapist: How has the week been?', 'Client: Better, but I drink most evenings to relax.',
      'Therapist: Homework.', 'Therapist: Keep the thought record every evening.', 'Therapist: Would you try to cut down to two evenings this week?', 'Client: I can try.');
    expect(n.plan).toMatch(/thought record/);
    expect(n.plan).toMatch(/cut down to two evenings/);
  });

  it('writes "No fever." to a list question as said, not as a denial of the whole list', () => {
    const n = visit('podiatrist', 'Podiatrist: How is the heel?', 'Patient: Sore in the mornings.', 'Podiatrist: Have you had any fever, shivers, feeling run down?', 'Patient: No fever.');
    expect(n.subjective).toMatch(/No fever\.|denies fever\./);
    expect(n.subjective).not.toMatch(/shivers|run down/);
  });
});

describe('conditions named and images read out', () => {
  it('writes "what you have is called X" as the assessment, and an image read out as it is shown as a result', () => {
    const n = visit('dentist', 'dentist: what brings you in', 'patient: my back tooth aches when i drink cold things',
      'dentist: let me take an x-ray bite on this', 'dentist: let\'s look at the x-ray together the filling is very deep and there is a dark area at the root tip',
      'dentist: what you have is called reversible pulpitis the nerve is irritated but it can settle', 'dentist: i will replace the filling today');
    expect(n.objective).toMatch(/filling is very deep/);
    expect(n.assessment).toMatch(/reversible pulpitis/);
    expect(n.plan).not.toMatch(/pulpitis|filling is very deep/);
  });
});

