import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Invented visits whose clinician, after the exam, sums up in one long turn: what they say there in a finding's words
// ("the wrist is a mild sprain") is what they make of it, while the exam's own findings stay findings.
describe('the turn in which the clinician sums up', () => {
  it('puts its statements in the assessment (labelled turns, "to put it all together")', () => {
    const note = generateLocalNote([
      'Physio: How did you hurt the wrist?',
      'Patient: I fell off my bike on Saturday and landed on my hand.',
      'Physio: Let me have a look. There is mild swelling over the back of the wrist and it is tender over the ligament, not over the bone.',
      'Patient: Is that bad?',
      'Physio: So, to put it all together. The wrist is a mild ligament sprain, nothing broken, and it has been caught early. I will give you a splint and some gentle exercises.',
      'Patient: Thanks.',
    ].join('\n'));
    expect(note.assessment).toMatch(/mild ligament sprain/i);
    expect(note.objective).not.toMatch(/mild ligament sprain/i);
    expect(note.objective).toMatch(/mild swelling/i);
    expect(note.plan).toMatch(/splint/i);
  });

  it('reads "here\'s how I see it" the same way, with named speakers', () => {
    const note = generateLocalNote([
      'Dr Amiri: What has been going on with the heel?',
      'Lou Park: It is sore first thing in the morning, for about two months now.',
      'Dr Amiri: Let me press here. Tender at the front of the heel bone, the arch is quite flat.',
      'Lou Park: Ow, yes, that is the spot.',
      'Dr Amiri: Okay, so here\'s how I see it. The heel is plantar fasciitis, with the flat arch adding to the strain. We will start calf stretches and an insole.',
    ].join('\n'));
    expect(note.assessment).toMatch(/plantar fasciitis/i);
    expect(note.objective).toMatch(/tender at the front of the heel/i);
  });
});
