import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { headsAdvice, tellsPlan } from '../../src/local/plan-turn-markers.js';
import { isPlanListItem } from '../../src/local/plan-list-items.js';
import { readEmailThread } from '../../src/text/email-thread.js';

// Written replies (e-mail, portal, a pasted plan) set their readings and advice out as lists: a reading set off with
// ">" that quotes nothing, "field: value" lines one under another, a line that only heads the advice below it.

const header = (from: string, sent: string, to: string, subject: string) => [`From: ${from}`, `Sent: ${sent}`, `To: ${to}`, `Subject: ${subject}`, ''];
const THREAD = [
  ...header('Ana Ruiz, Practice Nurse', 'Wednesday, 2 December 2026 09:10', 'Owen Pryce', 'RE: RE: blood pressure diary'),
  'Hi Owen,', '', 'Thanks for these. Your home readings are above target, so this is stage 1 hypertension.', '',
  "Here's what I recommend:", '- No salty ready meals, cook from fresh instead.', '- Walk 20 minutes a day.', '', 'Ana', '',
  '-----Original Message-----',
  ...header('Owen Pryce', 'Tuesday, 1 December 2026 20:02', 'Ana Ruiz, Practice Nurse', 'RE: blood pressure diary'),
  'Evening, readings from the week:', '', '> morning average on the cuff: 146/92', '> evening average on the cuff: 151/94', '',
  'No headaches or dizziness.', '', 'Owen', '',
  '-----Original Message-----',
  ...header('Ana Ruiz, Practice Nurse', 'Monday, 23 November 2026 11:30', 'Owen Pryce', 'blood pressure diary'),
  'Hi Owen, could you send me a week of morning and evening readings from your home cuff?', 'Thanks, Ana',
].join('\n');

describe('a reading set off with ">" in a reply that quotes nothing', () => {
  it("is the writer's own words, each field line a sentence of its own", () => {
    const said = readEmailThread(THREAD)!;
    const owen = said.filter((u) => u.label === 'Owen Pryce').map((u) => u.text);
    expect(owen).toEqual(expect.arrayContaining(['morning average on the cuff: 146/92', 'evening average on the cuff: 151/94']));
    const note = generateLocalNote(THREAD);
    const all = [note.subjective, note.objective, note.assessment, note.plan].join('\n');
    expect(all).toMatch(/146\/92\.?\n/);
    expect(all).not.toMatch(/146\/92 evening/);
  });

  it('still drops a quote whose words an earlier message of the thread holds, and one with no thread around it', () => {
    const quoting = THREAD.replace('> morning average on the cuff: 146/92', '> could you send me a week of morning and evening readings from your home cuff?');
    expect(readEmailThread(quoting)!.map((u) => u.text).filter((t) => /^could you send/i.test(t))).toHaveLength(1);
    const alone = [...header('Owen Pryce', 'Tuesday, 1 December 2026 20:02', 'Ana Ruiz', 'diary'), 'Readings:', '', '> morning average on the cuff: 146/92', '', 'No headaches.'].join('\n');
    expect(readEmailThread(alone)!.map((u) => u.text)).not.toContain('morning average on the cuff: 146/92');
  });
});

describe('a line that only heads the advice below it', () => {
  it('turns the visit to the plan and is no statement of its own', () => {
    for (const t of ["What I'd suggest:", 'My recommendations for you:', "Here's what we advise.", 'So, what I would recommend then:']) {
      expect(headsAdvice(t), t).toBe(true);
      expect(tellsPlan(t), t).toBe(true);
    }
    for (const t of ["What I'd suggest is a knee brace.", 'What would you suggest?', "I'd suggest physio.", 'My advice was ignored last time.']) expect(headsAdvice(t), t).toBe(false);
  });

  it('puts a thing ruled out with what to do instead in the Plan, and leaves the heading out of the note', () => {
    const note = generateLocalNote(THREAD);
    expect(note.plan).toMatch(/No salty ready meals, cook from fresh instead/);
    expect([note.subjective, note.objective, note.assessment, note.plan].join('\n')).not.toMatch(/what I recommend/i);
  });

  it('reads "no X, have Y instead" as an item of the plan, but not a symptom denied or small talk', () => {
    expect(isPlanListItem('No fizzy drinks, have sparkling water instead.')).toBe(true);
    expect(isPlanListItem('And no crisps at work, pick fruit or nuts.')).toBe(true);
    expect(isPlanListItem('No swelling, have a look yourself.')).toBe(false);
    expect(isPlanListItem('No worries, take your time.')).toBe(false);
    expect(isPlanListItem('No fizzy drinks, I have cut them out already.')).toBe(false);
  });
});

describe('a judgement said with a reading or as the main cause', () => {
  const visit = (judged: string) => [
    'Dietitian: How have the last six weeks gone?', 'Patient: Better, I think, I cut out the biscuits.',
    "Dietitian: Let's have a look at your results.", `Dietitian: ${judged}`,
    'Dietitian: The takeaway lunches are the biggest source of salt for you, more than the cooking at home.',
    "Dietitian: Let's swap two takeaways a week for a packed lunch.",
  ].join('\n');

  it("puts the condition's course judged by a reading in the Assessment as well as the reading in the Objective", () => {
    const note = generateLocalNote(visit('Your cholesterol came back at 4.9, down from 6.1, so your high cholesterol is improving.'));
    expect(note.assessment).toMatch(/high cholesterol is improving/);
    expect(note.objective).toMatch(/4\.9/);
    expect(note.assessment).toMatch(/biggest source of salt/);
  });

  it('leaves a reading with no judgement of a condition in the Objective only', () => {
    const note = generateLocalNote(visit('Your cholesterol came back at 4.9, down from 6.1.'));
    expect(note.assessment).not.toMatch(/4\.9/);
  });
});

