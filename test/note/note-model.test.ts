import { describe, expect, it } from 'vitest';
import { buildFhirBundle, renderNoteMarkdown } from '../../src/export/index.js';
import { noteSchema, readTranscriptText, savedNoteSchema } from '../../src/note/index.js';
import { renderNoteText } from '../../src/render/note-text.js';
import { PLAIN_STYLE } from '../../src/ui/style.js';
import { documentBundleSchema } from '../export/fhir-r4-schema.js';

const NOW = new Date('2026-03-20T00:00:00Z');

/** A current-reading answer: nulls where nothing was asked, codes of four systems, a diarized transcript. */
const ANSWER = {
  noteId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  status: 'completed',
  subjective: 'Headaches for two weeks.',
  objective: 'BP 148/92.',
  assessment: 'Medication-related headache.',
  plan: 'Revert the dose.',
  transcript: [
    { speaker: 'A', text: 'What brings you in?', start: 0.2, end: 1.1 },
    { speaker: 'B', text: 'Headaches since the change.', start: 1.4, end: 3.0 },
  ],
  billing_codes: {
    icd10: [{ code: 'I10', description: 'Essential (primary) hypertension' }],
    cpt: [{ code: 99214, description: null }],
    hcpcs: [{ code: 'G2211', description: 'Visit complexity add-on' }],
    icd11: [{ code: 'BA00', description: 'Essential hypertension' }],
    snomed: ['38341003'],
    notes: 'not a list',
  },
  billing_codes_disclaimer: null,
  patient_summary: null,
  expires_at: null,
  some_future_field: { nested: true },
};

describe('the note model tolerates nulls and unknown fields', () => {
  it('parses a note with nulls in every optional field, a numeric code and unknown keys', () => {
    const note = noteSchema.parse(ANSWER);
    expect(note.patient_summary).toBeNull();
    expect(note.billing_codes).toEqual({
      icd10: [{ code: 'I10', description: 'Essential (primary) hypertension' }],
      cpt: [{ code: '99214', description: null }],
      hcpcs: [{ code: 'G2211', description: 'Visit complexity add-on' }],
      icd11: [{ code: 'BA00', description: 'Essential hypertension' }],
      snomed: [{ code: '38341003' }],
    });
    expect(note.some_future_field).toEqual({ nested: true });
    expect(noteSchema.parse({ ...ANSWER, billing_codes: null, transcript: null }).billing_codes).toBeNull();
  });

  it('reads a null section as empty, but still needs each section to be there', () => {
    expect(noteSchema.parse({ ...ANSWER, plan: null }).plan).toBe('');
    expect(noteSchema.safeParse({ subjective: 's', objective: 'o', assessment: 'a' }).success).toBe(false);
    expect(savedNoteSchema.parse({ subjective: null }).subjective).toBe('');
  });

  it('reads a transcript given as text, as diarized segments or as an object', () => {
    expect(readTranscriptText('plain text')).toBe('plain text');
    expect(readTranscriptText(ANSWER.transcript)).toBe('A: What brings you in?\nB: Headaches since the change.');
    expect(readTranscriptText({ text: 'whole', utterances: [] })).toBe('whole');
    expect(readTranscriptText({ segments: [{ speaker_label: 'Doctor', content: 'Hello' }, 'aside', 42] })).toBe('Doctor: Hello\naside');
    expect(readTranscriptText({ unknown: 1 })).toBe('');
    expect(readTranscriptText(null)).toBe('');
  });
});

describe('every code system is rendered, always with the disclaimer, ICD-11 labelled advisory', () => {
  const note = noteSchema.parse(ANSWER);

  it('as text', () => {
    const text = renderNoteText(note, PLAIN_STYLE, { decorate: false, showTranscript: true });
    const block = text.slice(text.indexOf('BILLING CODES'), text.indexOf('\nTRANSCRIPT'));
    expect(block.split('\n').slice(1, 6)).toEqual([
      'ICD-10             I10       Essential (primary) hypertension',
      'ICD-11 (advisory)  BA00      Essential hypertension',
      'CPT                99214',
      'HCPCS              G2211     Visit complexity add-on',
      'SNOMED             38341003',
    ]);
    expect(block).toContain('Recommended codes for review. Not a substitute for professional coding.');
    expect(block).toContain('ICD-11 codes are advisory, not for US billing.');
    expect(text).toContain('TRANSCRIPT\nA: What brings you in?\nB: Headaches since the change.');
    expect(text).not.toContain('null');
    expect(text).not.toContain('PATIENT SUMMARY');
  });

  it('as Markdown', () => {
    const md = renderNoteMarkdown(note);
    for (const row of ['| ICD-10 | I10 |', '| ICD-11 (advisory) | BA00 |', '| CPT | 99214 |  |', '| HCPCS | G2211 |', '| SNOMED | 38341003 |  |']) expect(md).toContain(row);
    expect(md).toContain('> Recommended codes for review.');
    expect(md).toContain('> ICD-11 codes are advisory, not for US billing.');
    expect(md).not.toContain('null');
  });

  it('as FHIR: ICD-10 and ICD-11 as provisional Conditions, every system listed under the Assessment', () => {
    const bundle = documentBundleSchema.parse(buildFhirBundle(note, { now: NOW }));
    const conditions = bundle.entry.map((e) => e.resource as { resourceType: string; code?: { coding: { system: string; code: string }[] }; note?: { text: string }[] }).filter((r) => r.resourceType === 'Condition');
    expect(conditions.map((c) => [c.code!.coding[0]!.system, c.code!.coding[0]!.code])).toEqual([
      ['http://hl7.org/fhir/sid/icd-10-cm', 'I10'],
      ['http://id.who.int/icd/release/11/mms', 'BA00'],
    ]);
    expect(conditions[1]!.note![0]!.text).toContain('not for US billing');
    const json = JSON.stringify(bundle);
    for (const code of ['99214', 'G2211', '38341003', 'Recommended codes for review']) expect(json).toContain(code);
    const composition = bundle.entry[0]!.resource as { section: { title: string; section?: { title: string }[] }[] };
    expect(composition.section.map((s) => s.title)).toEqual(['Subjective', 'Objective', 'Assessment', 'Plan']);
    expect(composition.section[2]!.section?.[0]?.title).toBe('Billing codes (suggested)');
  });
});
