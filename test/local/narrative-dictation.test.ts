import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isRunOnNarrative, readRunOnNarrative } from '../../src/local/run-on-narrative.js';

// Narratives written for these tests (invented patients and calls): a whole job dictated in one comma-strung breath.
const FALL = 'right this is Rescue 3 patient report for the job at Birch Court, called at 0705 for a fall, on scene 0714, '
  + 'patient is an 81 year old man found on the kitchen floor, daughter states he slipped on a wet tile at about 0630, '
  + 'he says the pain is all in his left hip and he could not get up, no head injury, he takes apixaban and bisoprolol, '
  + 'allergic to penicillin, daughter had given him two paracetamol before we came, on arrival pale and in pain, '
  + 'left leg shortened and externally rotated, pulse 104 irregular, resps 20, sats 95 percent on air, BP 148 over 88, '
  + 'GCS 15, pain score 9 out of 10, our impression is a fractured neck of femur, on an anticoagulant so bleeding risk, '
  + 'morphine 5 mg IV given at 0725 after a 20 gauge cannula sited in the right hand, ondansetron 4 mg IV, '
  + 'scoop and vacuum mattress, repeat obs at 0740 pain score 4, pulse 92, conveyed to Westmoor Infirmary, '
  + 'pre-alert not needed, handed over in majors at 0802, end of report';

describe('a narrative dictated in one comma-strung run', () => {
  it('recognises the run by its commas and missing full stops, not a punctuated letter', () => {
    expect(isRunOnNarrative(FALL)).toBe(true);
    const letter = 'He slipped on a tile this morning. He has hip pain. On examination the leg is shortened. '.repeat(6);
    expect(isRunOnNarrative(letter)).toBe(false);
  });

  it('puts what was told and done before the crew came in the history, and what was found on arrival in the exam', () => {
    const n = generateLocalNote(FALL, { specialty: 'ems' });
    expect(n.subjective).toMatch(/slipped on a wet tile/);
    expect(n.subjective).toMatch(/apixaban/);
    expect(n.subjective).toMatch(/two paracetamol before we came/);
    expect(n.objective).toMatch(/shortened and externally rotated/);
    expect(n.objective).toMatch(/resps 20/i);
    expect(n.objective).toMatch(/148\/88/);
    expect(n.objective).toMatch(/GCS 15/);
    expect(n.objective).not.toMatch(/morphine|Westmoor/);
  });

  it('writes the impression as the assessment, and the treatment given and the conveyance as the plan', () => {
    const n = generateLocalNote(FALL, { specialty: 'ems' });
    expect(n.assessment).toMatch(/fractured neck of femur/);
    expect(n.plan).toMatch(/morphine 5 mg IV/i);
    expect(n.plan).toMatch(/ondansetron 4 mg/);
    expect(n.plan).toMatch(/conveyed to Westmoor Infirmary/i);
    expect(n.plan).toMatch(/handed over in majors/);
    expect(n.subjective).not.toMatch(/morphine|ondansetron/);
  });

  it('reads a reassessment after treatment as a finding again, and drops the dictator\'s frame', () => {
    const blocks = readRunOnNarrative(FALL);
    expect(blocks.find((s) => /repeat obs/.test(s.text))?.block).toBe('exam');
    expect(blocks.map((s) => s.text).join(' ')).not.toMatch(/Rescue 3 patient report|end of report/);
  });

  it('keeps a short clause with no cue of its own with the clause before it', () => {
    const blocks = readRunOnNarrative(FALL);
    expect(blocks.find((s) => /no head injury/.test(s.text))?.block).toBe('history');
    expect(blocks.find((s) => /GCS 15/.test(s.text))?.block).toBe('exam');
  });

  it('drops an opening title without "this is", and the joining "so" a sentence would open with', () => {
    const run = 'unit 6 narrative for the call to the leisure centre, called for a 34 year old man who collapsed playing squash, '
      + 'friend states he went down suddenly and was shaking for a minute, he takes no regular medicines, on arrival drowsy but rousable, '
      + 'GCS 13, pulse 110, BP 132 over 84, BM 2.9, so our impression is a hypoglycaemic episode, so glucagon 1 mg IM given, '
      + 'repeat BM 6.2, conveyed to Eastgate hospital, handed over to the nurse in charge';
    expect(isRunOnNarrative(run)).toBe(true);
    const blocks = readRunOnNarrative(run);
    expect(blocks[0]!.text).toMatch(/^called for a 34 year old man/);
    expect(blocks.find((b) => b.block === 'assessment')?.text).toMatch(/^our impression is a hypoglycaemic episode/);
    expect(blocks.find((b) => b.block === 'plan')?.text).toMatch(/^glucagon 1 mg IM given/);
  });
});
