import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const lines = (...l: string[]) => l.join('\n');

/** Segments with no speaker labels, several voices: a crew of two, the patient and a relative. */
const callOut = (yes: string, reading: string, probe: string, negative: string) => lines(
  'Hello, we are the paramedics. What is your name?',
  'Ivy. Ivy Marsh.',
  'Ivy, what happened this evening?',
  'I tripped on the rug and went down on my right arm.',
  'Did you hit your head?',
  'No, I did not hit my head.',
  'Any medical problems?',
  'Just angina, I have a spray for it.',
  'Any allergies?',
  'Penicillin. It gives me a rash.',
  'Sam, can you get some obs?',
  `${yes} ${reading}`,
  'Heart rate 104 and regular.',
  'Ivy, I am going to look at the arm now. The right wrist is swollen and deformed.',
  probe,
  'Yes. Right there.',
  negative,
  'Ivy, I think you have broken your wrist.',
  'We will put a splint on it and take you to the hospital.',
);

describe('in unlabelled segments, who speaks is read from what is said (stop 48)', () => {
  it('a vital read out after a yes to a colleague is the crew\'s reading', () => {
    const n = generateLocalNote(callOut('Yep.', 'Blood pressure 148 over 92.', 'Tender over the wrist bone, here?', 'No elbow tenderness. No deformity of the shoulder.'), { specialty: 'ems' });
    expect(n.objective).toContain('148/92');
    expect(n.subjective).not.toContain('148/92');
  });

  it('holds with other words: "Sure," and sats or temperature', () => {
    const n = generateLocalNote(callOut('Sure,', 'sats 93 percent on air.', 'Sore just there?', 'No crepitus at the elbow.'), { specialty: 'ems' });
    expect(n.objective).toContain('93%');
    expect(n.subjective).not.toContain('93%');
  });

  it('pain granted where the examiner presses is a finding, and a negative in the exam\'s words stays the crew\'s', () => {
    const n = generateLocalNote(callOut('Yep.', 'Blood pressure 148 over 92.', 'Tender over the wrist bone, here?', 'No elbow tenderness. No deformity of the shoulder.'), { specialty: 'ems' });
    expect(n.objective).toContain('Tender over the wrist bone');
    expect(n.objective).toContain('No elbow tenderness');
    expect(n.subjective).not.toContain('elbow tenderness');
  });

  it('the patient\'s own yes and no answers stay history', () => {
    const n = generateLocalNote(callOut('Yep.', 'Blood pressure 148 over 92.', 'Sore just there?', 'No crepitus at the elbow.'), { specialty: 'ems' });
    expect(n.subjective).toContain('rug');
    expect(n.subjective).toMatch(/did not hit (?:her|their|his) head|not hit/);
    expect(n.objective).not.toContain('rug');
  });
});

describe('a pain scale asked on its own turn (stop 48)', () => {
  const visit = (scale: string, score: string) => lines(
    'Doctor: Where does it hurt?', 'Patient: Low in my back, on the right.',
    `Doctor: ${scale}`, `Patient: ${score}`,
    'Doctor: Any numbness in the legs?', 'Patient: No.',
    'Doctor: Straight leg raise is negative on both sides.',
  );

  it('grades the pain just asked about', () => {
    expect(generateLocalNote(visit('Out of ten, ten the worst?', 'Six. A six.'), { specialty: 'emergency_medicine' }).subjective).toContain('6/10');
    expect(generateLocalNote(visit('On a scale of zero to ten?', 'About a four.'), { specialty: 'emergency_medicine' }).subjective).toContain('4/10');
  });

  it('but not a scale asked after a question about something else', () => {
    const t = lines('Doctor: How is your mood?', 'Patient: Low, most days.', 'Doctor: Out of ten?', 'Patient: Three.', 'Doctor: Thanks.');
    expect(generateLocalNote(t, { specialty: 'psychiatry' }).subjective).not.toContain('Pain');
  });
});
