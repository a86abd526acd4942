import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { budgetFor } from '../../src/local/select-within-budget.js';

// Invented for these tests (no real patient): a hand therapist dictating a long, joint-by-joint exam under headings.
// A dictation is the clinician's own note, so its last findings are not cut the way small talk in a visit would be.
const EXAM_LINES = [
  'Wrist extension 40 degrees on the left, 70 on the right.',
  'Wrist flexion 35 degrees on the left, 75 on the right.',
  'Forearm supination 60 degrees, pronation 70 degrees, both limited at end range.',
  'Radial deviation 10 degrees, ulnar deviation 20 degrees.',
  'Grip strength 12 kilograms on the left, 30 kilograms on the right.',
  'Tip pinch 3 kilograms on the left, 6 kilograms on the right.',
  'Mild swelling over the dorsal wrist, figure of eight measurement 1.5 centimetres more than the right.',
  'Scar over the volar forearm well healed, slightly adherent at its distal end.',
  'Sensation intact to light touch in the median, ulnar and radial nerve distributions.',
  'Two point discrimination 5 millimetres at the index fingertip.',
  'Composite fist complete, fingertips reach the palm.',
  'Tenderness over the ulnar styloid on deep pressure.',
  'Thumb opposition reaches the base of the little finger.',
  'Finger extension full in all digits, no extensor lag.',
  'Thenar and hypothenar bulk symmetrical, no wasting.',
  'Elbow range full and pain free on both sides.',
  'Shoulder elevation full on both sides, no compensation seen.',
  'Piano key test of the distal radioulnar joint negative, stable in neutral, pronation and supination.',
  'Finkelstein test negative, no tenderness over the first dorsal compartment.',
  'Carpal compression test negative at thirty seconds.',
  'Skin over the dorsum of the hand dry and intact, no blisters from the splint.',
  'Mild tenderness along the healed fracture line at the distal radius.',
  'No tenderness in the anatomical snuffbox.',
  'Watching her button a shirt, she uses the right hand for most of the fastening.',
  'Handwriting slow but legible, she changes her grip after a few lines.',
  'Lifting a half full kettle, she supports it with both hands.',
  'No tremor at rest or with reaching.',
  'No clicking with forearm rotation.',
  'Capillary refill under 2 seconds in all fingers.',
  'No signs of complex regional pain, skin colour and temperature symmetrical.',
];
const DICTATION = [
  'Hand therapy dictation for Ms Dana Kovac, six weeks after a left distal radius fracture.',
  'History: She reports the wrist is stiff in the mornings and aches after typing. She has stopped using the splint at night.',
  'Examination:',
  ...EXAM_LINES,
  'Assessment: Stiffness and weakness after a distal radius fracture, progressing.',
  'Plan: Progress to putty grip exercises, continue the home range of motion program, and review in two weeks.',
].join('\n');

describe('the word budget of a dictation', () => {
  it('is wider than a dialogue\'s for every block, so a dictated note keeps what the clinician chose to say', () => {
    for (const block of ['history', 'exam', 'results', 'assessment', 'plan'] as const) {
      expect(budgetFor(block, 'medical', { dictated: true })).toBeGreaterThan(budgetFor(block, 'medical'));
    }
  });

  it('keeps the last findings of a long dictated exam', () => {
    const note = generateLocalNote(DICTATION, { specialty: 'occupational_therapy' });
    expect(note.objective).toMatch(/Carpal compression test negative/);
    expect(note.objective).toMatch(/No tremor at rest/);
    expect(note.objective).toMatch(/Piano key test/);
    expect(note.objective).toMatch(/Shoulder elevation full/);
  });

  it('still cuts a dialogue\'s exam told at the same length to the visit\'s budget', () => {
    const dialogue = [
      'Therapist: How has the wrist been?',
      'Patient: Stiff in the mornings, and it aches after typing.',
      ...EXAM_LINES.map((line) => `Therapist: ${line}`),
      'Therapist: This is stiffness and weakness after your fracture. We will progress to putty grip exercises.',
    ].join('\n');
    const note = generateLocalNote(dialogue, { specialty: 'occupational_therapy' });
    const words = note.objective.split(/\s+/).filter((w) => w !== '').length;
    const dictated = generateLocalNote(DICTATION, { specialty: 'occupational_therapy' }).objective.split(/\s+/).length;
    expect(words).toBeLessThan(dictated);
  });
});
