import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A GP's video consultation running through the systems, in the style of PriMock57's UK consultations.
describe('a review of systems asked as "are they OK?" or "any problems with…?"', () => {
  const n = generateLocalNote([
    'Doctor: What can I do for you today?',
    "Patient: I've had a sore throat and a cough for four days.",
    'Doctor: OK. Um and just moving down now, in terms of any, any feeling nausea or any vomiting?',
    'Patient: No, none of that.',
    'Doctor: OK. Tell me about your bowels. Are your bowels working OK?',
    'Patient: Yeah, they are fine.',
    'Doctor: And your waterworks, any problems there?',
    'Patient: No, all fine.',
    'Doctor: Is your appetite OK?',
    'Patient: Yeah, normal.',
  ].join('\n'));

  it('reads a list question after a lead-in ("in terms of any…") as a denial', () => {
    expect(n.subjective).toMatch(/denies (?:feeling )?nausea or (?:any )?vomiting/);
    expect(n.subjective).not.toMatch(/^None of that\.$/m);
  });

  it('writes the function asked about with its answer', () => {
    expect(n.subjective).toContain('Bowels: fine.');
    expect(n.subjective).toContain('No problems with waterworks.');
    expect(n.subjective).toContain('Appetite: normal.');
    expect(n.subjective).not.toMatch(/^They are fine\.$/m);
  });
});

describe('what a status question does not settle', () => {
  const ask = (question: string, answer: string) =>
    generateLocalNote(['Doctor: What brings you in?', 'Patient: A sore throat for four days.', `Doctor: ${question}`, `Patient: ${answer}`].join('\n')).subjective;

  it('leaves a "no" to "are they OK?" to what the patient says is wrong', () => {
    expect(ask('Are your bowels OK?', "No, they're loose.")).not.toMatch(/Bowels: |No problems/);
  });

  it('reads no small talk and no problem the patient has', () => {
    expect(ask('Are your kids OK?', 'Yeah, fine.')).not.toMatch(/Kids: /);
    expect(ask('Any problems with your bowels?', 'Yeah, a bit loose.')).not.toMatch(/No problems/);
  });
});

describe('a denial however it is hedged', () => {
  const ask = (question: string, answer: string) =>
    generateLocalNote(['Doctor: What brings you in?', 'Patient: Headaches for a week.', `Doctor: OK. ${question}`, `Patient: ${answer}`, 'Doctor: OK.'].join('\n')).subjective;

  it('reads "not that I\'ve noticed", "not currently, no", "not that it, no" as a no', () => {
    expect(ask('Any rashes at all, on your skin?', "Mm, no not that I've noticed.")).toMatch(/denies rashes/);
    expect(ask('Do you have any difficulty swallowing at all?', 'Not currently, no.')).toMatch(/denies difficulty swallowing/);
    expect(ask('Any uh, funny heartbeats or rhythms, palpitations?', 'Not that it, no.')).toMatch(/denies funny heartbeats or rhythms, palpitations/);
  });

  it('reads a list question after a phrase about the complaint ("with this headache, have you…")', () => {
    expect(ask('And with this headache have you experienced any pins and needles in your face, arms and legs?', 'Uh, no.')).toMatch(/denies pins and needles in (?:their|the patient's) face, arms and legs/);
  });

  it('leaves an amount ("not that much") as said', () => {
    expect(ask('Any pain?', 'Not that much.')).not.toMatch(/denies pain/);
  });
});

describe('a denial put to the patient, and examples asked after a question', () => {
  const ask = (question: string, answer: string) =>
    generateLocalNote(['Doctor: What brings you in?', 'Patient: Headaches for a week.', `Doctor: OK. ${question}`, `Patient: ${answer}`, 'Doctor: OK.'].join('\n')).subjective;

  it('reads "No cough, no breathing difficulties?" agreed with a "no" as a denial', () => {
    expect(ask('Your chest is OK? No cough, no breathing difficulties?', 'No.')).toMatch(/denies cough or breathing difficulties/);
  });

  it('leaves a "yes" to a negative question unread (English leaves it ambiguous)', () => {
    expect(ask('No fever?', 'Yeah.')).not.toMatch(/fever/i);
  });

  it('reads "For example numbness or weakness?" as a list question, and "No, I don\'t think so" as a no', () => {
    expect(ask('Any problems with your arms and legs? For example numbness or weakness?', 'No.')).toMatch(/denies numbness or weakness/);
    expect(ask('Any fever?', "No, I don't think so.")).toMatch(/denies fever/);
  });
});
