import { describe, expect, it } from 'vitest';
import { readAudioAnswer, readStatusPath } from '../../src/api/soapnoteapi/audio-upload.js';
import { specialtyListSchema } from '../../src/api/soapnoteapi/specialty-list.js';
import { readJobStatus } from '../../src/api/soapnoteapi/wait-for-note.js';
import { InvalidResponseError, JobFailedError } from '../../src/errors.js';

const BASE = new URL('https://api.soapnoteapi.com');
const answer = (data: Record<string, unknown>, status = 200) => ({ data, status, requestId: 'req_1', attempts: 1 });
const SECTIONS = { subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' };

describe('an audio answer is read by its body, not its status', () => {
  it('note fields are the note, with 200 or 202', () => {
    expect(readAudioAnswer(answer({ noteId: 'note_1', ...SECTIONS }, 202), BASE)).toEqual({ note: { noteId: 'note_1', ...SECTIONS } });
    expect(readAudioAnswer(answer({ noteId: 'note_1', status: 'Completed', ...SECTIONS, patient_summary: null }), BASE)).toMatchObject({ note: { patient_summary: null } });
  });

  it('an id is a job to poll, with 200 or 202, whatever the status word', () => {
    expect(readAudioAnswer(answer({ noteId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', status: 'processing' }), BASE)).toEqual({ job: { id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890' } });
    expect(readAudioAnswer(answer({ note_id: 'n2', status: 'QUEUED', status_url: '/v1/audio/status/n2' }, 202), BASE)).toEqual({ job: { id: 'n2', statusPath: '/v1/audio/status/n2' } });
    expect(readAudioAnswer(answer({ id: 'n3' }), BASE)).toEqual({ job: { id: 'n3' } });
  });

  it('a failed status throws with the reason; an answer with neither note nor id is invalid', () => {
    expect(() => readAudioAnswer(answer({ noteId: 'n4', status: 'FAILED', message: 'too short' }), BASE)).toThrow(JobFailedError);
    expect(() => readAudioAnswer(answer({ status: 'processing' }), BASE)).toThrow(InvalidResponseError);
  });
});

describe('a status URL is used only under the base URL', () => {
  it.each([
    [{ status_url: '/v1/audio/status/x' }, '/v1/audio/status/x'],
    [{ statusUrl: 'https://api.soapnoteapi.com/v1/audio/status/x?t=1' }, '/v1/audio/status/x?t=1'],
    [{ links: { status: 'https://api.soapnoteapi.com/v1/audio/status/x' } }, '/v1/audio/status/x'],
    [{ status_url: 'https://evil.example/v1/audio/status/x' }, undefined],
    [{ status_url: 'http://api.soapnoteapi.com/v1/audio/status/x' }, undefined],
    [{ status_url: '' }, undefined],
    [{}, undefined],
  ])('%j → %s', (body, path) => {
    expect(readStatusPath(body, BASE)).toBe(path);
  });

  it('keeps a base URL path prefix out of the path (the core adds it)', () => {
    expect(readStatusPath({ status_url: 'https://gw.example.org/snapi/v1/audio/status/x' }, new URL('https://gw.example.org/snapi'))).toBe('/v1/audio/status/x');
  });
});

describe('job statuses', () => {
  it('compares without case; unknown means running; completed without the note asks for it', () => {
    expect(readJobStatus('n', { status: 'PROCESSING' })).toEqual({ done: false, label: 'processing' });
    expect(readJobStatus('n', { status: 'Transcoding' })).toEqual({ done: false, label: 'transcoding' });
    expect(readJobStatus('n', {})).toEqual({ done: false, label: 'processing' });
    expect(readJobStatus('n', { status: 'COMPLETED' })).toEqual({ done: true, result: undefined });
    expect(readJobStatus('n', { ...SECTIONS })).toEqual({ done: true, result: { noteId: 'n', ...SECTIONS } });
    expect(readJobStatus('n', { status: 'processing', subjective: 'partial' })).toEqual({ done: false, label: 'processing' });
  });

  it('failed or error surface message or error', () => {
    expect(() => readJobStatus('n', { status: 'error', error: 'bad audio' })).toThrow('note n failed: bad audio');
    expect(() => readJobStatus('n', { status: 'failed', error: { message: 'no speech' } })).toThrow('note n failed: no speech');
    expect(() => readJobStatus('n', { status: 'Failed' })).toThrow('note n failed: the service gave no reason');
  });
});

describe('the specialty list, whatever its shape', () => {
  const parse = (value: unknown) => specialtyListSchema.parse(value);
  it.each([
    ['an array of ids', ['physician', 'primary_care_physician']],
    ['{id, name}', [{ id: 'physician', name: 'Physician' }, { id: 'primary_care_physician', name: 'Primary Care Physician' }]],
    ['{value, label}', { specialties: [{ value: 'physician', label: 'Physician' }, { value: 'primary_care_physician', label: 'Primary Care Physician' }] }],
    ['{key, display_name}', { data: [{ key: 'physician', display_name: 'Physician' }, { key: 'primary_care_physician', display_name: 'Primary Care Physician' }] }],
    ['a map of id → name', { physician: 'Physician', primary_care_physician: 'Primary Care Physician' }],
    ['a wrapped map of id → details', { specialties: { physician: { name: 'Physician' }, primary_care_physician: { label: 'Primary Care Physician' } } }],
  ])('reads %s', (_name, value) => {
    expect(parse(value)).toEqual([
      { id: 'physician', name: 'Physician' },
      { id: 'primary_care_physician', name: 'Primary Care Physician' },
    ]);
  });

  it('reads templates as ids or objects', () => {
    expect(parse([{ specialty: 'physical_therapy', title: 'Physical Therapy', sub_templates: ['initial_evaluation', { value: 'daily_note', label: 'Daily note' }] }])).toEqual([
      { id: 'physical_therapy', name: 'Physical Therapy', templates: [{ id: 'initial_evaluation', name: 'Initial Evaluation' }, { id: 'daily_note', name: 'Daily note' }] },
    ]);
    expect(parse({ physician: ['standard', 'follow_up'] })).toEqual([{ id: 'physician', name: 'Physician', templates: [{ id: 'standard', name: 'Standard' }, { id: 'follow_up', name: 'Follow Up' }] }]);
  });

  it('refuses an entry without an id, or a body that lists nothing, naming where', () => {
    expect(specialtyListSchema.safeParse([{ name: 'Physician' }]).error?.issues[0]).toMatchObject({ path: [0], message: expect.stringContaining('has no id') });
    expect(specialtyListSchema.safeParse({ specialties: [] }).success).toBe(false);
    expect(specialtyListSchema.safeParse('physician').success).toBe(false);
  });
});
