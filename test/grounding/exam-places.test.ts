import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A finding at one place and its denial at another, in one note statement; a place the site words do not name; a
// ligament beside "no bony tenderness". Sentences of our own (a knee and an elbow examined aloud).
const note = (objective: string) => ({ subjective: '', objective, assessment: '', plan: '' });
const kinds = (objective: string, t: string) => checkGrounding(note(objective), t).map((f) => f.kind);

const ELBOW = [
  'Doctor: Let me press around the elbow. Here on the outside bump?',
  'Patient: Yes, ouch, that one.',
  "Doctor: So tender at the lateral epicondyle. No tenderness at the olecranon, no tenderness at the medial epicondyle.",
].join('\n');

const KNEE = [
  'Doctor: I am going to check the bones first. No tenderness at the fibular head, no tenderness over the tibial tuberosity.',
  'Doctor: Now just below the joint on the inside, here?',
  'Patient: Yeah, that hurts.',
  "Doctor: That's the pes anserine. You don't have any bony tenderness, so we can skip the x-ray.",
].join('\n');

describe('one finding at two places in a statement', () => {
  it('flags tenderness moved onto a place the examiner found non-tender', () => {
    expect(kinds('Tenderness at the olecranon; no tenderness at the medial epicondyle.', ELBOW)).toContain('exam');
  });
  it('passes the places as examined, and a time course of one place still reads as nothing', () => {
    expect(kinds('Tender at the lateral epicondyle; no tenderness at the olecranon.', ELBOW)).toEqual([]);
  });
});

describe('a place the site words do not name', () => {
  it('is not contradicted by denials at other named places, nor by "no bony tenderness" for a ligament', () => {
    expect(kinds('Tender over the pes anserine.', KNEE)).toEqual([]);
    expect(kinds('Tender over the MCL.', KNEE)).toEqual([]);
  });
  it('still flags tenderness at a place the examiner denied', () => {
    expect(kinds('Tender at the fibular head.', KNEE)).toContain('exam');
  });
});

describe('a clinic named for what it treats', () => {
  it('asserts nothing of the patient', () => {
    const XRAY = 'Doctor: The x-ray shows no fracture of the wrist.\nPatient: Phew.';
    expect(kinds('Follow-up in fracture clinic next week to recheck the x-ray.', XRAY)).toEqual([]);
    expect(kinds('Fracture of the distal radius.', XRAY)).toContain('exam');
  });
});
