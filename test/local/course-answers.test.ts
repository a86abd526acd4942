import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

describe("a clinician's answer to the patient's question about what to expect", () => {
  it('keeps how long recovery takes as plan, read with the question', () => {
    const transcript = [
      'DR: The X-ray shows no fracture, so this is a sprain of the ankle.',
      'PATIENT: Good. How long will it take?',
      'DR: Usually about 6 weeks to get back to sport.',
      'PATIENT: Okay.',
      "DR: You'll go home in a walking boot and I'll refer you to physio.",
    ].join('\n');
    const note = generateLocalNote(transcript);
    expect(note.plan).toMatch(/6 weeks to get back to sport/);
    expect(checkGrounding(note, transcript)).toEqual([]);
  });

  it('keeps the answer to "is it dangerous?" as assessment', () => {
    const transcript = [
      'Doctor: The retina is attached and there is no tear, just a floater in the left eye.',
      'Patient: Is it dangerous?',
      'Doctor: The floater should become less noticeable over a few months.',
    ].join('\n');
    expect(generateLocalNote(transcript).assessment).toMatch(/less noticeable over a few months/);
  });

  it('leaves alone a chit-chat answer and an answer to a question that is not about the course', () => {
    const transcript = [
      'Doctor: Your knee is swollen on the inside and tender over the joint line. This is a medial ligament strain.',
      'Patient: How long have you worked here?',
      'Doctor: Oh, about 6 years now, I moved from the city.',
      'Patient: How long will it take to heal?',
      "Doctor: Well, I don't know, hard to say.",
      'Patient: How long does your clinic stay open?',
      'Doctor: We are open six days a week until late.',
    ].join('\n');
    const note = generateLocalNote(transcript);
    expect(`${note.plan}\n${note.assessment}`).not.toMatch(/6 years|don't know|six days|6 days/);
  });
});

describe('a course answer given after an aside', () => {
  it('drops the aside and keeps the answer as plan', () => {
    const transcript = [
      'Physio: Your Achilles is thickened and tender 4 cm above the heel. This is Achilles tendinopathy.',
      'Patient: Will I need to stop running for long?',
      "Physio: Good question — so, usually about eight weeks of loading exercises before you're back to running.",
    ].join('\n');
    const note = generateLocalNote(transcript);
    expect(note.plan).toMatch(/^Usually about 8 weeks of loading exercises/m);
    expect(note.plan).not.toMatch(/question/i);
    expect(checkGrounding(note, transcript)).toEqual([]);
  });

  it('reads a question about someone else ("will he need it for long?") and a course counted in sessions', () => {
    const transcript = [
      'SLT: His hearing test was normal. From the recording, he repeats the first sound of words, about ten times in a hundred words.',
      'SLT: So his speech shows developmental stammering, which is common at his age.',
      'Dad: Will he need therapy for long?',
      "SLT: That's the thing every parent asks. So, most children need about eight sessions, and then we review.",
    ].join('\n');
    expect(generateLocalNote(transcript).plan).toMatch(/Most children need about (?:8|eight) sessions/);
  });
});

