import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

// Calls and visits written for these tests (invented patients): what an ambulance crew does, charts and says on the
// radio, and short symptom reports and denials.
const crew = (...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'paramedic' });
const OPENING = ['Medic: Hi, I am Sam from the ambulance service. What happened today?', 'Patient: I started wheezing badly an hour ago and my chest is tight.'];

describe('treatment charted or started by the crew', () => {
  it('writes a dose charted with its route or time as plan, not as a reading', () => {
    const n = crew(...OPENING, 'Medic: Salbutamol 5 mg nebulised, 14:32.', 'Medic: That is ipratropium 500 mcg nebulised, 14:35.');
    expect(n.plan).toMatch(/Salbutamol 5 mg nebulised, 14:32/);
    expect(n.plan).toMatch(/ipratropium 500 mcg/);
    expect(n.objective).not.toMatch(/Salbutamol|ipratropium/);
  });

  it('writes "I\'m putting you on oxygen" as treatment given, not a finding', () => {
    const n = crew(...OPENING, 'Medic: I am putting you on 15 litres of oxygen through a non-rebreather mask.');
    expect(n.plan).toMatch(/oxygen/);
    expect(n.objective).not.toMatch(/oxygen/);
  });

  it('keeps a medicine the patient takes at home, said with its times, out of the plan', () => {
    const n = crew(...OPENING, 'Medic: What do you take for it?', 'Patient: Fostair, two puffs, morning and night.');
    expect(n.plan).not.toMatch(/Fostair/);
  });
});

describe('the crew on the radio', () => {
  it('keeps the conveyance and the pre-alert, and drops the procedure words around call signs', () => {
    const n = crew(...OPENING,
      'Medic: Control, Unit 7, we are conveying priority one to Northfield General, requesting a sepsis alert.',
      'Nurse: Copy, Unit 7. Resus team is on standby, come straight to bay two.',
      'Medic: Northfield, Unit 7 on the med channel.',
      'Nurse: Go ahead, Unit 7.');
    expect(n.plan).toMatch(/conveying priority one to Northfield General/);
    expect(n.plan).toMatch(/Resus team is on standby/);
    expect(`${n.subjective}\n${n.objective}\n${n.assessment}\n${n.plan}`).not.toMatch(/Copy, Unit 7|Go ahead|on the med channel/);
  });

  it('keeps "going to" before a hospital as the journey, not as "will"', () => {
    const n = crew(...OPENING, 'Medic: We are going to start a neb now.', "Medic: We're going to St. Anne's, they know you there.");
    expect(n.plan).toMatch(/We will start a neb now/);
    expect(n.plan).not.toMatch(/will St\. Anne's/);
  });
});

describe('a radio patch to a base hospital', () => {
  it("keeps the base's judgement and orders as a clinician's, and drops its procedure-only lines", () => {
    const r = readTranscript([
      'RESCUE 3: Base, Rescue 3, how copy, over.',
      'Base: Rescue 3, copy you fine, go ahead, over.',
      'RESCUE 3: Seventy-one female, sudden slurred speech and left arm weakness since 10:40. Over.',
      'Base: Copy. That sounds like a stroke, we are calling a stroke alert, bring her straight to CT on arrival. Over.',
    ].join('\n'));
    expect(r.speakers).toMatchObject({ Base: 'clinician' });
    expect(r.turns.map((t) => t.text)).toContain('Copy. That sounds like a stroke, we are calling a stroke alert, bring her straight to CT on arrival. Over.');
    expect(r.turns.some((t) => /copy you fine/.test(t.text))).toBe(false);
  });

  it('writes the orders of a base hospital, labelled in full, into the plan', () => {
    const n = crew('UNIT 22: Base hospital, Unit 22, over.', 'BASE HOSPITAL: Unit 22, go ahead.',
      'UNIT 22: Forty-year-old male, anaphylaxis to peanuts, wheeze and lip swelling, pressure 88 over 50. Over.',
      'BASE HOSPITAL: Give adrenaline 0.5 mg intramuscular now and repeat in five minutes if no better, start a fluid bolus. Over.');
    expect(n.plan).toMatch(/adrenaline 0\.5 mg/i);
  });
});

describe('ECG findings', () => {
  it('writes ST changes as results, not as advice to elevate', () => {
    const n = crew(...OPENING, 'Medic: Twelve-lead done. ST depression in V5 and V6, no ST elevation anywhere.');
    expect(n.objective).toMatch(/ST depression in V5 and V6/);
    expect(n.plan).not.toMatch(/ST depression|ST elevation/);
  });
});

describe('short symptom reports and denials', () => {
  const visit = (...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'physician' });

  it('keeps a two-word report of a symptom ("I\'m dizzy.") as history', () => {
    const n = visit('Doctor: How are you doing since the tablets changed?', "Patient: I'm dizzy.", 'Doctor: Since when?', 'Patient: Since Monday, when I stand up.');
    expect(n.subjective).toMatch(/dizzy/);
  });

  it('does not keep a two-word pleasantry', () => {
    const n = visit('Doctor: How are you?', "Patient: I'm good.", 'Doctor: What brings you in?', 'Patient: My ankle has been swollen for a week.');
    expect(n.subjective).not.toMatch(/good/);
  });

  it('denies what the answer names in its own words, and not the bare item or the site alone', () => {
    const n = visit('Doctor: Any swelling or redness in your ankle?', 'Patient: No ankle swelling. It just aches.');
    expect(n.subjective).toMatch(/denies ankle swelling/);
    expect(n.subjective).not.toMatch(/denies swelling\b|denies redness/);
  });
});
