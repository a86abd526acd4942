import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A visit long enough (over 45 sentences) that a patient's sentence needs clinical words, or a question, to be kept.
const ROS = ['fever', 'cough', 'headaches', 'nausea', 'vomiting', 'diarrhoea', 'rashes', 'chest pain', 'palpitations', 'dizziness',
  'numbness', 'tingling', 'weakness', 'weight loss', 'night sweats', 'wheezing', 'swelling', 'bruising', 'back pain', 'neck pain',
  'joint pain', 'blurred vision', 'ear pain', 'sore throat'].flatMap((s) => [`Doctor: Any ${s}?`, `Patient: No ${s}.`]);

describe("the patient's answer to the clinician's question, in words the lexicon lacks", () => {
  const n = generateLocalNote([
    ...ROS,
    'Doctor: Good to see you. How are you?',
    "Patient: I'm good, thank you.",
    'Doctor: What happened to the shoulder?',
    'Patient: We were moving my daughter into her flat and I lifted a wardrobe on my own.',
    'Doctor: Any operations in the past?',
    'Patient: I had my gallbladder and appendix out years ago.',
    'Doctor: Your right shoulder is tender over the front and painful to lift above 90 degrees. This is a rotator cuff strain.',
  ].join('\n'));

  it('keeps the first sentence of the answer as history', () => {
    expect(n.subjective).toMatch(/lifted a wardrobe on (?:his|her|their) own/);
    expect(n.subjective).toMatch(/gallbladder and appendix out/);
  });

  it('leaves out how-are-you talk', () => {
    expect(n.subjective).not.toMatch(/good, thank you/i);
  });
});
