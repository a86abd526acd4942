import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A weight-bearing status in the plan against the one the clinician gave. Sentences of our own (a foot and a knee).
const plan = (text: string) => ({ subjective: '', objective: '', assessment: '', plan: text });
const kinds = (text: string, t: string) => checkGrounding(plan(text), t).map((f) => f.kind);

const BOOT = [
  "Doctor: The x-ray shows a small break in the fifth metatarsal, at the shaft. You'll go in a boot.",
  "Doctor: For the first two weeks, don't put any weight on that foot. Use the crutches the whole time.",
  'Patient: Not even to go to the bathroom?',
  'Doctor: Not even then. Hop on the crutches.',
].join('\n');

const KNEE = [
  'Doctor: The scan shows a sprain of the ligament, nothing torn through.',
  'Doctor: You can put as much weight on it as it lets you, and use the brace for a week or so.',
].join('\n');

describe('weight bearing', () => {
  it('flags a status the clinician did not give', () => {
    expect(kinds('Boot; WBAT.', BOOT)).toContain('plan');
    expect(kinds('Hinged brace; NWB on crutches.', KNEE)).toContain('plan');
  });
  it('passes the status given, and a conversation that gives none', () => {
    expect(kinds('Boot, non-weight bearing with crutches for 2 weeks.', BOOT)).toEqual([]);
    expect(kinds('Brace 1 week; weight bearing as tolerated.', KNEE)).toEqual([]);
    expect(kinds('Non-weight bearing.', 'Doctor: Keep it elevated.\nPatient: Okay.')).toEqual([]);
  });
  it('leaves a history\'s status alone', () => {
    expect(checkGrounding({ subjective: 'Non-weight bearing since the injury.', objective: '', assessment: '', plan: '' }, KNEE)).toEqual([]);
  });
});
