import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLocalNote, type LocalNote } from '../../src/local/index.js';

const KNEE = [
  'Doctor: Good morning, how are you?', // 1
  'Patient: Um, okay I guess.', // 2
  'Doctor: So what brings you in today?', // 3
  'Patient: I have been having pain in my right knee for about two weeks.', // 4
  'Doctor: Mm-hmm. Did you injure it?', // 5
  'Patient: I twisted it playing soccer and it swelled up.', // 6
  'Doctor: Any fever or chills?', // 7
  'Patient: No.', // 8
  'Doctor: Okay. Let me take a look. Your blood pressure is one twenty over eighty and your heart rate is seventy two.', // 9
  'Doctor: On exam you have tenderness over the medial joint line of the right knee.', // 10
  'Doctor: The x-ray shows no fracture.', // 11
  'Doctor: I think you have a medial meniscus sprain.', // 12
  'Doctor: I want you to take ibuprofen 600 mg three times a day and we will schedule physical therapy.', // 13
  'Doctor: Come back in two weeks if it is not better.', // 14
  'Patient: Okay, thank you.', // 15
].join('\n');

function allEvidence(note: LocalNote) {
  return [...note.evidence.subjective, ...note.evidence.objective, ...note.evidence.assessment, ...note.evidence.plan];
}

describe('generateLocalNote', () => {
  const note = generateLocalNote(KNEE);

  it('places history, exam/results, impression and plan in their sections', () => {
    expect(note.subjective).toMatch(/pain in (their|the patient's) right knee for about 2 weeks/);
    expect(note.subjective).toMatch(/denies fever or chills/);
    expect(note.objective).toContain('120/80 mmHg');
    expect(note.objective).toContain('72 bpm');
    expect(note.objective).toMatch(/x-ray shows no fracture/i);
    expect(note.assessment).toMatch(/medial meniscus sprain/);
    expect(note.plan).toMatch(/ibuprofen 600 mg/);
    expect(note.plan).toMatch(/Come back in 2 weeks/);
  });

  it('renders the sections as expected', () => {
    expect(note.subjective).toMatchInlineSnapshot(`
      "HISTORY OF PRESENT ILLNESS
      The patient has been having pain in their right knee for about 2 weeks.
      The patient twisted it playing soccer and it swelled up.

      REVIEW OF SYSTEMS
      The patient denies fever or chills."
    `);
    expect(note.plan).toMatchInlineSnapshot(`
      "I want the patient to take ibuprofen 600 mg 3 times a day and we will schedule physical therapy.
      Come back in 2 weeks if it is not better."
    `);
  });

  it('gives every sentence the transcript lines it came from', () => {
    const lines = (re: RegExp) => allEvidence(note).find((e) => re.test(e.text))?.lines;
    expect(lines(/right knee for about/)).toEqual([4]);
    expect(lines(/denies fever/)).toEqual([7, 8]);
    expect(lines(/tenderness over the medial/)).toEqual([10]);
    expect(lines(/meniscus sprain/)).toEqual([12]);
    for (const e of allEvidence(note)) expect(e.lines.length).toBeGreaterThan(0);
    // Every rendered sentence is in the evidence list and vice versa (headings aside).
    const rendered = [note.subjective, note.objective, note.assessment, note.plan].join('\n').split('\n')
      .filter((l) => l !== '' && l !== l.toUpperCase());
    expect(rendered).toEqual(allEvidence(note).map((e) => e.text));
  });

  it('drops greetings, fillers and acknowledgements', () => {
    const text = [note.subjective, note.objective, note.assessment, note.plan].join('\n');
    expect(text).not.toMatch(/good morning|\bum\b|mm-hmm|thank you|okay I guess/i);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateLocalNote(KNEE))).toBe(JSON.stringify(generateLocalNote(KNEE)));
  });

  it('merges a clinician recap with the patient statement it repeats', () => {
    const t = [
      'Patient: I have had a cough for three weeks.',
      'Doctor: So you have had a cough for three weeks.',
      'Doctor: On exam your lungs are clear.',
    ].join('\n');
    const n = generateLocalNote(t);
    const cough = n.evidence.subjective.filter((e) => /cough/.test(e.text));
    expect(cough).toHaveLength(1);
    expect(cough[0]!.lines).toEqual([1, 2]);
  });

  it('removes voice-assistant prompts from ACI-Bench style transcripts', () => {
    const t = [
      '[doctor] hey , dragon , ms. thompson is a 43 year old female here for right knee pain .',
      '[patient] it hurts on the inside of my knee .',
      '[doctor] hey dragon , show me the x-rays .',
      '[doctor] so looking at the x-ray of your right knee , there is no fracture .',
      '[doctor] hey , dragon , finalize the note .',
    ].join('\n');
    const n = generateLocalNote(t);
    const all = [n.subjective, n.objective, n.assessment, n.plan].join('\n');
    expect(all).not.toMatch(/dragon|finalize/i);
    expect(n.subjective).toContain('CHIEF COMPLAINT\nRight knee pain.');
    expect(n.subjective).toMatch(/It hurts on the inside of her knee/);
    expect(n.objective).toMatch(/x-ray of her right knee, there is no fracture/);
  });

  it('handles unlabelled dictation', () => {
    const n = generateLocalNote('Physical exam shows a well-nourished male in no distress.\nAssessment is acute bronchitis.\nPlan: start albuterol inhaler and follow up in one week.');
    expect(n.objective).toMatch(/well-nourished/);
    expect(n.assessment).toMatch(/acute bronchitis/);
    expect(n.plan).toMatch(/albuterol/);
  });

  it('writes a plain-language patient summary only when asked', () => {
    expect(note.patient_summary).toBeUndefined();
    const s = generateLocalNote(KNEE, { patientSummary: true }).patient_summary ?? '';
    expect(s).toMatch(/^Here is a summary of your visit/);
    expect(s).toMatch(/I think you have a medial meniscus sprain/);
    expect(s).toMatch(/ibuprofen 600 mg/);
  });

  // Speed is measured by `npm run eval` (engine time per note), not asserted here: timings flake on a busy machine.
  it('handles a long transcript made of both repository fixtures', () => {
    const knee = readFileSync(new URL('../../fixtures/transcripts/knee-injury.txt', import.meta.url), 'utf8');
    const ankle = readFileSync(new URL('../../fixtures/transcripts/ankle-sprain.txt', import.meta.url), 'utf8');
    const big = `${knee}\n${ankle}`;
    expect(big.split(/\s+/).length).toBeGreaterThan(1500);
    const n = generateLocalNote(big);
    expect(n.evidence.subjective.length).toBeGreaterThan(3);
    expect(n.plan).not.toBe('');
  });

  it('copes with empty input', () => {
    expect(generateLocalNote('')).toMatchObject({ subjective: '', objective: '', assessment: '', plan: '' });
  });
});
