import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { tellsLostFunction } from '../../src/local/rehab-session-talk.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';

// Invented for these tests (no real patients): what patients say they can no longer do.
describe('a question about what is hard, answered in fragments', () => {
  const visit = (question: string, answer: string) => generateLocalNote([
    'Therapist: Morning. How has the shoulder been since the injection?',
    'Patient: A bit better at night, still sore reaching up.',
    `Therapist: ${question}`,
    `Patient: ${answer}`,
    'Therapist: Okay. Let me check your range now. Flexion is 120 degrees, abduction 95.',
    'Therapist: This is a stiff shoulder that is slowly improving. Keep up the pendulum exercises twice a day.',
  ].join('\n'), { specialty: 'physical_therapy' });

  it('keeps the fragments together as the functional history', () => {
    const a = visit('What\'s hardest at home?', 'Hanging out washing. Um, reaching the top shelf. Fastening my bra.');
    expect(a.subjective).toMatch(/Difficulties at home: hanging out washing, reaching the top shelf, fastening (?:her|their) bra\./);
    const b = visit('What do you struggle with at work?', 'Lifting boxes. Typing for long. And carrying the laptop bag.');
    expect(b.subjective).toMatch(/Difficulties at work: lifting boxes, typing for long, carrying the laptop bag\./);
    const c = visit('What gives you the most trouble?', 'Getting dressed. Driving.');
    expect(c.subjective).toMatch(/Difficulties: getting dressed, driving\./);
  });

  it('leaves a sentence answer to the other readers', () => {
    const note = visit('What\'s hardest at home?', 'I can\'t lift the kettle with that arm.');
    expect(note.subjective).not.toMatch(/Difficulties/);
    expect(note.subjective).toMatch(/kettle/);
  });
});

describe('a task the patient can no longer do', () => {
  it('is told apart from talk', () => {
    for (const text of ['I can\'t hold a hairdryer with that hand.', 'She struggles to get in and out of the car.', 'I have trouble doing up buttons.', 'He can\'t do the stairs at all now.']) {
      expect(tellsLostFunction(text), text).toBe(true);
    }
    for (const text of ['I can\'t remember the name of it.', 'I can\'t make it on Thursday.', 'I can\'t say for sure.', 'I couldn\'t find a parking space.']) {
      expect(tellsLostFunction(text), text).toBe(false);
    }
  });

  it('is kept in the history of a long visit though it names no symptom', () => {
    for (const text of ['I can\'t hold a cup of tea with it anymore.', 'I struggle to get the lid off the jam.', 'She has trouble getting her coat on.']) {
      const u = { role: 'patient' as const, line: 1, turn: 1, text, raw: text, question: false };
      expect(classifyUtterance(u, 'history', false), text).toBe('history');
    }
  });
});
