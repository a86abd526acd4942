import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A secure-message thread written for these tests (invented patient): a physiotherapy clinic's portal, each message
// headed "Name · Day D Mon YYYY, HH:MM", with numbered questions answered point by point and a bulleted plan.
const THREAD = [
  'Northgate Physio · Messages',
  '',
  'Owen Price · Tue 8 Apr 2025, 09:10',
  'Hi, my left knee has been sore since the 10k on Sunday, mostly going downstairs. Should I keep running?',
  '',
  'Maya Lund, Physiotherapist · Tue 8 Apr 2025, 09:40',
  'Hi Owen, thanks for the message. A few questions first:',
  '1) Any swelling or locking?',
  '2) Any allergies?',
  '3) Have you been icing it?',
  '',
  'Owen Price · Tue 8 Apr 2025, 10:02',
  '1) no swelling, no locking',
  '2) ibuprofen - gives me hives',
  '3) yes, the swelling is usually gone by the evening',
  '',
  'Maya Lund, Physiotherapist · Tue 8 Apr 2025, 10:30',
  'This sounds like patellofemoral pain from the jump in mileage.',
  "Here's what I'd suggest:",
  '- Rest from running for one week.',
  '- Keep up the quad sets twice a day.',
  "I'll check in with you in one week to see how the knee is doing.",
].join('\n');

describe('a secure-message thread with a sender and time on each header line', () => {
  const note = generateLocalNote(THREAD, { specialty: 'physical_therapy' });

  it('reads each header as a speaker, not as text', () => {
    expect(note.speakers).toMatchObject({ 'Owen Price': 'patient' });
    expect(`${note.subjective}\n${note.objective}`).not.toMatch(/Tue 8 Apr 2025/);
  });

  it('pairs numbered answers with numbered questions', () => {
    expect(note.subjective).toMatch(/Allergies: ibuprofen \(gives the patient hives\)/);
    expect(note.subjective).toMatch(/swelling is usually gone by the evening/);
  });

  it('reads a bulleted list after "here\'s what I\'d suggest" as the plan, without its bullets', () => {
    expect(note.plan).toMatch(/^Rest from running for 1 week\./m);
    expect(note.plan).toMatch(/quad sets twice a day/);
    expect(note.subjective).not.toMatch(/quad sets/);
  });

  it('keeps "I\'ll check in with you in one week" as the follow-up', () => {
    expect(note.plan).toMatch(/check in with the patient in 1 week/);
  });
});

describe('a plan over its word budget', () => {
  it('keeps "I\'ll check in with the patient in 1 week" as the next contact', async () => {
    const { selectWithinBudget } = await import('../../src/local/select-within-budget.js');
    const filler = Array.from({ length: 12 }, (_, i) => ({ text: `Item ${i + 1}: we talked through how the exercises fit around work and the school run, and what to do on busy days.` }));
    const kept = selectWithinBudget([...filler, { text: "I'll check in with the patient in 1 week to see how the knee is doing." }], 'plan');
    expect(kept.map((k) => k.text)).toContain("I'll check in with the patient in 1 week to see how the knee is doing.");
  });
});
