import { describe, expect, it } from 'vitest';
import { BILLING_DISCLAIMER, SPECIALTIES } from './index.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { BACK_PAIN_TRANSCRIPT, HEADACHE_TRANSCRIPT, callApi, readError, readObject } from './emulator-test-client.js';

const { emu } = useEmulator();

const NOTE_ID = /^note_[a-z0-9]{20}$/;

describe('auth and routing', () => {
  it('answers 401 without a key or with a malformed one', async () => {
    for (const key of [null, 'sk_test_abc', 'snapi_sk_prod_abc', 'snapi_sk_test_']) {
      const answer = await callApi(emu(), '/v1/specialties', { key });
      expect(answer.status, String(key)).toBe(401);
      expect(readError(answer).code).toBe('AUTHENTICATION_ERROR');
      expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    }
  });

  it('answers 403 for revoked keys and a non-retryable 429 for broke accounts', async () => {
    const revoked = await callApi(emu(), '/v1/specialties', { key: 'snapi_sk_live_abc_revoked' });
    expect(revoked.status).toBe(403);
    expect(readError(revoked).code).toBe('AUTHORIZATION_ERROR');
    const broke = await callApi(emu(), '/v1/note', { key: 'snapi_sk_test_abc_broke', json: {} });
    expect(broke.status).toBe(429);
    expect(readError(broke).code).toBe('INSUFFICIENT_BALANCE');
    expect(broke.headers.get('retry-after')).toBeNull();
  });

  it('gives every answer an x-request-id and an error envelope for unknown paths and methods', async () => {
    const unknown = await callApi(emu(), '/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(readError(unknown)).toMatchObject({ code: 'NOT_FOUND', details: {} });
    const wrongMethod = await callApi(emu(), '/v1/note', { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(readError(wrongMethod).code).toBe('METHOD_NOT_ALLOWED');
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const audioGet = await callApi(emu(), '/v1/note/audio');
    expect(audioGet.status).toBe(405);
    expect(unknown.headers.get('x-request-id')).toBe('req_1');
    expect(audioGet.headers.get('x-request-id')).toBe('req_3');
  });

  it('lists the 24 specialties with their display names', async () => {
    const answer = await callApi(emu(), '/v1/specialties');
    const list = readObject(answer).specialties as { id: string; name: string }[];
    expect(list).toHaveLength(24);
    expect(list[0]).toEqual({ id: 'nurse_practitioner', name: 'Nurse Practitioner' });
    expect(list.at(-1)).toEqual({ id: 'generic', name: 'Generic' });
    const names = Object.fromEntries(list.map((s) => [s.id, s.name]));
    expect(names).toMatchObject({
      slp: 'Speech Language Pathology',
      aroma_therapy: 'Aromatherapy',
      genetic_counselling: 'Genetic Counseling',
      dietitian_nutritionist: 'Dietitian / Nutritionist',
      ems: 'Emergency Medical Services',
    });
    expect(list).toEqual(SPECIALTIES);
  });
});

describe('POST /v1/note validation', () => {
  const cases: [string, unknown, string][] = [
    ['missing transcript', { specialty: 'physician' }, 'transcript'],
    ['short transcript', { transcript: `   ${'x'.repeat(49)}   `, specialty: 'physician' }, 'transcript'],
    ['non-string transcript', { transcript: 42, specialty: 'physician' }, 'transcript'],
    ['missing specialty', { transcript: BACK_PAIN_TRANSCRIPT }, 'specialty'],
    ['unknown specialty', { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'surgeon' }, 'specialty'],
    ['bad flag', { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician', include_billing_codes: 'yes' }, 'include_billing_codes'],
    ['bad context', { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician', context: [] }, 'context'],
    [
      'bad age',
      { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician', context: { patient_info: { age: 'forty' } } },
      'context.patient_info.age',
    ],
  ];
  it.each(cases)('rejects %s with a message naming %s', async (_label, json, field) => {
    const answer = await callApi(emu(), '/v1/note', { json });
    expect(answer.status).toBe(400);
    const error = readError(answer);
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.message).toContain(field);
  });

  it('rejects invalid JSON and a non-JSON content type', async () => {
    const broken = await callApi(emu(), '/v1/note', { body: '{"transcript":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(readError(broken).message).toMatch(/JSON/);
    const form = await callApi(emu(), '/v1/note', { body: 'transcript=x', headers: { 'content-type': 'text/plain' } });
    expect(form.status).toBe(400);
    expect(readError(form).message).toMatch(/Content-Type/);
  });

  it('accepts the deprecated aliases', async () => {
    const answer = await callApi(emu(), '/v1/note', {
      json: { shorthand_notes: BACK_PAIN_TRANSCRIPT, provider_type: 'slp', template_id: 'tmpl_follow_up' },
    });
    expect(answer.status).toBe(200);
    const note = readObject(answer);
    expect(note.transcript).toBe(BACK_PAIN_TRANSCRIPT);
    expect(note.assessment).toContain('Speech Language Pathology');
    expect(note.plan).toContain('tmpl_follow_up');
  });
});

describe('notes', () => {
  it('derives each note from its own transcript', async () => {
    const a = readObject(await callApi(emu(), '/v1/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' } }));
    const b = readObject(
      await callApi(emu(), '/v1/note', { json: { transcript: HEADACHE_TRANSCRIPT, specialty: 'psychiatrist', template: 'soap_v2' } }),
    );
    expect(a.noteId).toMatch(NOTE_ID);
    expect(b.noteId).toMatch(NOTE_ID);
    expect(a.noteId).not.toBe(b.noteId);
    expect(a.subjective).toContain('Patient is a 42-year-old male presenting with persistent lower back pain');
    expect(b.subjective).toContain('Mother reports her daughter has had morning headaches');
    expect(a.objective).toContain(`${BACK_PAIN_TRANSCRIPT.split(/\s+/).length} words`);
    expect(a.assessment).toContain('Physician');
    expect(b.assessment).toContain('Psychiatrist');
    expect(a.plan).toContain('standard');
    expect(b.plan).toContain('soap_v2');
    expect(a.transcript).toBe(BACK_PAIN_TRANSCRIPT);
    expect(a).not.toHaveProperty('billing_codes');
    expect(a).not.toHaveProperty('patient_summary');
    const expires = Date.parse(String(a.expires_at));
    expect(expires - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    expect(expires - Date.now()).toBeLessThan(31 * 24 * 3600 * 1000);
  });

  it('is deterministic apart from noteId and expires_at', async () => {
    const json = { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'dentist' };
    const { noteId: _a, expires_at: _b, ...first } = readObject(await callApi(emu(), '/v1/note', { json }));
    const { noteId: _c, expires_at: _d, ...second } = readObject(await callApi(emu(), '/v1/note', { json }));
    expect(second).toEqual(first);
  });

  it('adds billing codes, the disclaimer, a patient summary and patient context when asked', async () => {
    const answer = await callApi(emu(), '/v1/note', {
      json: {
        transcript: BACK_PAIN_TRANSCRIPT,
        specialty: 'nurse_practitioner',
        include_billing_codes: true,
        include_patient_summary: true,
        context: { patient_info: { name: 'John Smith', age: 42, allergies: ['Penicillin'] }, patient_history: 'none' },
      },
    });
    const note = readObject(answer);
    expect(note.billing_codes).toEqual({
      icd10: [{ code: 'M54.50', description: 'Low back pain' }],
      cpt: [expect.objectContaining({ code: expect.stringMatching(/^\d{5}$/) })],
    });
    expect(note.billing_codes_disclaimer).toBe(BILLING_DISCLAIMER);
    expect(note.billing_codes_disclaimer).toBe(
      'Recommended codes for review. Not a substitute for professional coding. Verify all codes before submission.',
    );
    expect(note.patient_summary).toContain('John Smith');
    expect(note.subjective).toContain('John Smith');
    expect(note.subjective).toContain('42-year-old');
    expect(note.subjective).toContain('Penicillin');
  });

  it('stores notes for GET and answers 404 once expired', async () => {
    const created = readObject(await callApi(emu(), '/v1/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' } }));
    const noteId = String(created.noteId);
    const fetched = readObject(await callApi(emu(), `/v1/note/${noteId}`));
    expect(fetched).toEqual({ ...created, status: 'completed' });
    emu().expireNote(noteId);
    const gone = await callApi(emu(), `/v1/note/${noteId}`);
    expect(gone.status).toBe(404);
    expect(readError(gone).code).toBe('NOT_FOUND');
    expect(readError(gone).message).toMatch(/expire/);
    expect((await callApi(emu(), '/v1/note/note_aaaaaaaaaaaaaaaaaaaa')).status).toBe(404);
  });
});

describe('recording and reset', () => {
  it('records method, path, query, headers, raw body and parsed JSON', async () => {
    const json = { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' };
    await callApi(emu(), '/v1/note?trace=1', { json, headers: { 'user-agent': 'soap-test/1.0' } });
    expect(emu().requests).toHaveLength(1);
    const [recorded] = emu().requests;
    expect(recorded).toMatchObject({ method: 'POST', path: '/v1/note', query: { trace: '1' }, json });
    expect(recorded?.headers['user-agent']).toBe('soap-test/1.0');
    expect(recorded?.headers.authorization).toMatch(/^Bearer snapi_sk_test_/);
    expect(recorded?.body.toString('utf8')).toBe(JSON.stringify(json));
    expect(recorded?.bodySize).toBe(Buffer.byteLength(JSON.stringify(json)));
  });

  it('keeps only the size of bodies over 1 MB', async () => {
    const transcript = `${BACK_PAIN_TRANSCRIPT} ${'word '.repeat(300_000)}`;
    const answer = await callApi(emu(), '/v1/note', { json: { transcript, specialty: 'physician' } });
    expect(answer.status).toBe(200);
    const [recorded] = emu().requests;
    expect(recorded?.bodySize).toBeGreaterThan(1024 * 1024);
    expect(recorded?.body.length).toBe(0);
  });

  it('reset clears requests, notes and settings in place', async () => {
    const requests = emu().requests;
    const created = readObject(await callApi(emu(), '/v1/note', { json: { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' } }));
    emu().latencyMs = 5;
    emu().stream.chunkSize = 3;
    emu().audio = { mode: 'async', pollsUntilDone: 9, finalStatus: 'failed' };
    emu().reset();
    expect(requests).toHaveLength(0);
    expect(emu().requests).toBe(requests);
    expect(emu().latencyMs).toBe(0);
    expect(emu().stream).toEqual({ chunkSize: 40, intervalMs: 0 });
    expect(emu().audio).toEqual({ mode: 'sync', pollsUntilDone: 2, finalStatus: 'completed' });
    expect((await callApi(emu(), `/v1/note/${String(created.noteId)}`)).status).toBe(404);
  });
});
