import { describe, expect, it } from 'vitest';
import { BILLING_DISCLAIMER, MAX_AUDIO_BYTES } from './index.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { BACK_PAIN_TRANSCRIPT, buildAudioForm, callApi, parseSseEvents, readError, readObject } from './emulator-test-client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const audio = new Uint8Array(2000).map((_, i) => (i * 7) % 251);

describe('the current reading (help center, March 2026)', () => {
  const { emu } = useEmulator({ reading: 'current' });

  it('streams content-only chunks with the headings inside the text', async () => {
    const answer = await callApi(emu(), '/v1/stream/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' } });
    const events = parseSseEvents(answer.text);
    expect(events.at(-1)).toEqual({ data: '[DONE]' });
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.data) as Record<string, unknown>);
    for (const chunk of chunks) expect(Object.keys(chunk)).toEqual(['content']);
    const text = chunks.map((c) => c.content).join('');
    expect(text).toMatch(/^Subjective:\n.+\n\nObjective:\n.+\n\nAssessment:\n.+\n\nPlan:\n.+$/s);
  });

  it('takes audio by PUT with audio and metadata parts, answers a job with a status URL, and refuses POST with 405', async () => {
    const metadata = JSON.stringify({ specialty: 'primary_care_physician', include_billing_codes: true, include_icd11: true, include_transcript: true, context: { custom_instructions: 'Be brief.' } });
    const put = await callApi(emu(), '/v1/note/audio', { method: 'PUT', body: buildAudioForm(audio, 'visit.mp3', { metadata }) });
    expect(put.status).toBe(200);
    const job = readObject(put);
    expect(job).toEqual({ noteId: expect.stringMatching(UUID), status: 'processing', status_url: `/v1/audio/status/${String(job.noteId)}`, message: expect.any(String) });
    // The status says completed without the note; the note is fetched by id.
    expect(readObject(await callApi(emu(), String(job.status_url)))).toEqual({ noteId: job.noteId, status: 'completed' });
    const note = readObject(await callApi(emu(), `/v1/note/${String(job.noteId)}`));
    expect(note).toMatchObject({ status: 'completed', patient_summary: null, billing_codes_disclaimer: BILLING_DISCLAIMER });
    expect(Object.keys(note.billing_codes as object)).toEqual(['icd10', 'cpt', 'hcpcs', 'icd11']);
    expect((note.billing_codes as { hcpcs: unknown[] }).hcpcs).toEqual([{ code: 'G2211', description: null }]);
    expect((note.transcript as { speaker: string }[])[0]).toMatchObject({ speaker: 'A', start: 0 });
    const post = await callApi(emu(), '/v1/note/audio', { body: buildAudioForm(audio, 'visit.mp3', { specialty: 'physician' }) });
    expect(post.status).toBe(405);
    expect(readError(post)).toEqual({ code: 'method_not_allowed', message: 'Use PUT for /v1/note/audio', details: [] });
  });

  it('answers 202 in async mode, takes files over 25 MB, and answers nulls where nothing was asked', async () => {
    emu().audio = { mode: 'async', pollsUntilDone: 1, finalStatus: 'completed' };
    const metadata = JSON.stringify({ specialty: 'physician' });
    const put = await callApi(emu(), '/v1/note/audio', { method: 'PUT', body: buildAudioForm(new Uint8Array(MAX_AUDIO_BYTES + 1), 'long.mp3', { metadata }) });
    expect(put.status).toBe(202);
    const id = String(readObject(put).noteId);
    expect(readObject(await callApi(emu(), `/v1/audio/status/${id}`)).status).toBe('processing');
    const note = readObject(await callApi(emu(), `/v1/note/${id}`));
    expect(note).toMatchObject({ billing_codes: null, billing_codes_disclaimer: null, patient_summary: null, transcript: expect.any(String) });
  });

  it('spells error codes in lower case with details as an array', async () => {
    const bad = await callApi(emu(), '/v1/note', { json: { transcript: 'too short', specialty: 'physician' } });
    expect(readError(bad)).toEqual({ code: 'validation_error', message: expect.stringContaining('at least 50'), details: [{ field: 'transcript', message: expect.any(String) }] });
    expect(readError(await callApi(emu(), '/v1/note', { key: null, json: {} })).code).toBe('invalid_api_key');
    emu().fault({ path: '/v1/note', code: 'INSUFFICIENT_BALANCE' });
    const broke = await callApi(emu(), '/v1/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' } });
    expect([broke.status, readError(broke).code]).toEqual([429, 'insufficient_balance']);
  });

  it('lists specialties publicly as {value, label, templates}, primary_care_physician included, and writes notes for it', async () => {
    const list = readObject(await callApi(emu(), '/v1/specialties', { key: null })).specialties as { value: string; label: string; templates: unknown[] }[];
    expect(list).toHaveLength(25);
    expect(list.at(-1)).toMatchObject({ value: 'primary_care_physician', label: 'Primary Care Physician' });
    const note = await callApi(emu(), '/v1/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'primary_care_physician' } });
    expect(note.status).toBe(200);
    expect(readObject(note).noteId).toMatch(UUID);
  });
});

describe('the seeds reading (the default)', () => {
  const { emu } = useEmulator();

  it('refuses PUT audio with 405, needs the key for specialties, and refuses primary_care_physician', async () => {
    const put = await callApi(emu(), '/v1/note/audio', { method: 'PUT', body: buildAudioForm(audio, 'visit.mp3', { metadata: '{"specialty":"physician"}' }) });
    expect(put.status).toBe(405);
    expect(readError(put)).toEqual({ code: 'METHOD_NOT_ALLOWED', message: 'Use POST for /v1/note/audio', details: {} });
    expect((await callApi(emu(), '/v1/specialties', { key: null })).status).toBe(401);
    const note = await callApi(emu(), '/v1/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'primary_care_physician' } });
    expect(readError(note).code).toBe('VALIDATION_ERROR');
  });

  it('switches reading per test, and reset() restores it', async () => {
    emu().reading = 'current';
    expect((await callApi(emu(), '/v1/specialties', { key: null })).status).toBe(200);
    emu().reset();
    expect(emu().reading).toBe('seeds');
  });
});
