import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/errors.js';
import {
  IncompleteAnswerError,
  ModelAnswerError,
  buildVisitSummaryMessages,
  generateNoteSections,
  parseVisitSummaryAnswer,
  regenerateSections,
  type ChatMessage,
} from '../../src/llm/index.js';
import { noteSchema, savedNoteSchema, type Note } from '../../src/note/index.js';

describe('visit summary', () => {
  const input = {
    patient_info: { name: 'Test Patient', age: 61 },
    visits: [
      { visit_date: '2025-03-02', summary: 'Follow-up, pain improving.' },
      { visit_date: '2025-01-10', provider: 'Dr. Example', soap_note: { assessment: 'Low back pain.', plan: 'PT.' } },
    ],
    focus: 'back pain',
  };

  it('lists visits oldest first, with the focus and the answer shape', () => {
    const content = buildVisitSummaryMessages(input)[0]?.content ?? '';
    expect(content.indexOf('2025-01-10')).toBeLessThan(content.indexOf('2025-03-02'));
    expect(content).toContain('Visit on 2025-01-10 with Dr. Example:\nAssessment: Low back pain.\nPlan: PT.');
    expect(content).toContain('Focus the summary on: back pain');
    expect(content).toContain('"key_findings"');
    expect(content).toContain('Patient: Test Patient, age 61');
  });

  it('validates the answer and keeps the raw text when it does not fit', () => {
    const good = { summary: 's', key_findings: ['a'], active_diagnoses: [{ code: 'M54.50', description: 'Low back pain' }] };
    expect(parseVisitSummaryAnswer(`\`\`\`json\n${JSON.stringify(good)}\n\`\`\``)).toEqual(good);
    const bad = JSON.stringify({ summary: 's', key_findings: 'a', active_diagnoses: [] });
    expect(() => parseVisitSummaryAnswer(bad)).toThrow(ModelAnswerError);
    try {
      parseVisitSummaryAnswer(bad);
    } catch (err) {
      expect((err as ModelAnswerError).rawAnswer).toBe(bad);
    }
  });
});

describe('regenerateSections', () => {
  const previous: Note = { provider: 'assemblyai', model: 'm', subjective: 'S', objective: 'O', assessment: 'A', plan: 'old plan', transcript_id: 't1' };

  it('rewrites only the named sections and keeps everything else', async () => {
    const asked: string[] = [];
    const next = await regenerateSections(previous, ['plan', 'subjective'], async (s) => {
      asked.push(s);
      return `new ${s}`;
    });
    expect(asked).toEqual(['subjective', 'plan']);
    expect(next).toEqual({ ...previous, subjective: 'new subjective', plan: 'new plan' });
    expect(previous.plan).toBe('old plan');
  });

  it('reads any provider note from --from, extra fields kept', () => {
    const parsed = noteSchema.parse({ noteId: 'n1', subjective: 'S', objective: 'O', assessment: 'A', plan: 'P', billing_codes: {}, model: 'm', extra: 1 });
    expect(parsed).toMatchObject({ noteId: 'n1', billing_codes: {}, extra: 1 });
    expect(noteSchema.safeParse({ subjective: 'S' }).success).toBe(false);
    // A saved note checked by `soap check` or summarised may lack sections, but not all of them.
    expect(savedNoteSchema.safeParse({ subjective: 'S' }).success).toBe(true);
    expect(savedNoteSchema.safeParse({ noteId: 'n1' }).success).toBe(false);
  });
});

describe('generateNoteSections', () => {
  const input = { transcript: 'Patient has a cough.', specialty: 'physician' };
  const keyOf = (messages: ChatMessage[]) => /exactly this key: "(\w+)"/.exec(messages[0]?.content ?? '')?.[1] ?? 'whole';
  const answer = (text: string, truncated = false) => ({ text, truncated });

  it('sends one request per section and parses each', async () => {
    const asked: string[] = [];
    const note = await generateNoteSections(async (m) => {
      asked.push(keyOf(m));
      return answer(JSON.stringify({ [keyOf(m)]: `${keyOf(m)} text` }));
    }, input, 'sections');
    expect(asked.sort()).toEqual(['assessment', 'objective', 'plan', 'subjective']);
    expect(note).toEqual({ subjective: 'subjective text', objective: 'objective text', assessment: 'assessment text', plan: 'plan text' });
  });

  it('fails on an unreadable section but keeps every answer in the error', async () => {
    const failure = generateNoteSections(async (m) => answer(keyOf(m) === 'plan' ? 'no idea' : JSON.stringify({ [keyOf(m)]: 'ok' })), input, 'sections');
    await expect(failure).rejects.toBeInstanceOf(ModelAnswerError);
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining('Plan'), rawAnswer: expect.stringContaining('## Plan\n\nno idea') });
  });

  // Issue 12: finish_reason length / max_tokens. Even an answer that happens to parse is not passed off as a note.
  it('reports an answer cut at the token limit as incomplete, with every answer kept', async () => {
    const whole = generateNoteSections(async () => answer(JSON.stringify({ subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' }), true), input, 'whole');
    await expect(whole).rejects.toBeInstanceOf(IncompleteAnswerError);
    await expect(whole).rejects.toMatchObject({ message: "the model's answer was cut off at the token limit: the note is incomplete", rawAnswer: expect.stringContaining('"plan":"P"') });
    const sections = generateNoteSections(async (m) => answer(JSON.stringify({ [keyOf(m)]: 'ok' }), keyOf(m) === 'objective'), input, 'sections');
    await expect(sections).rejects.toMatchObject({ message: expect.stringContaining('answer for Objective was cut off'), rawAnswer: expect.stringContaining('## Plan\n\n{"plan":"ok"}') });
  });

  it('passes transport errors through untouched', async () => {
    const boom = new ApiError('down', { status: 503, code: undefined, requestId: undefined, service: 'x' });
    await expect(generateNoteSections(async () => Promise.reject(boom), input, 'whole')).rejects.toBe(boom);
  });
});
