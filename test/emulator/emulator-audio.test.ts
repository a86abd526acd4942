import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_AUDIO_BYTES, deriveAudioTranscript } from './index.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { buildAudioForm, callApi, readError, readObject } from './emulator-test-client.js';

const { emu } = useEmulator();

function makeAudio(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
}

function hashSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function uploadAudio(bytes: Uint8Array, filename = 'visit.mp3', fields: Record<string, string> = { specialty: 'physician' }) {
  return callApi(emu(), '/v1/note/audio', { body: buildAudioForm(bytes, filename, fields) });
}

describe('POST /v1/note/audio (sync)', () => {
  it('records fields and the file size and sha256, and answers a note from the audio', async () => {
    const audio = makeAudio(300_000, 7);
    const answer = await uploadAudio(audio, 'visit.mp3', { specialty: 'dentist', template: 'tmpl_9' });
    expect(answer.status).toBe(200);
    const [recorded] = emu().requests;
    expect(recorded?.multipart?.fields).toEqual({ specialty: 'dentist', template: 'tmpl_9' });
    expect(recorded?.multipart?.files).toEqual([
      { field: 'audio', filename: 'visit.mp3', contentType: 'audio/mpeg', size: audio.length, sha256: hashSha256(audio) },
    ]);
    expect(recorded?.bodySize).toBeGreaterThan(audio.length);
    const note = readObject(answer);
    expect(note.status).toBe('completed');
    expect(note.transcript).toBe(deriveAudioTranscript(hashSha256(audio), 'visit.mp3'));
    expect(note.subjective).toContain(hashSha256(audio).slice(0, 12));
    expect(note.assessment).toContain('Dentist');
    expect(note.plan).toContain('tmpl_9');
  });

  it('derives different transcripts from different files', async () => {
    const first = readObject(await uploadAudio(makeAudio(1000, 1)));
    const second = readObject(await uploadAudio(makeAudio(1000, 2)));
    expect(first.transcript).not.toBe(second.transcript);
    expect(String(first.transcript).length).toBeGreaterThan(50);
  });

  it('rejects a missing file, a missing specialty and a non-multipart body', async () => {
    const form = new FormData();
    form.append('specialty', 'physician');
    const noFile = await callApi(emu(), '/v1/note/audio', { body: form });
    expect(noFile.status).toBe(400);
    expect(readError(noFile).message).toContain('audio');
    const noSpecialty = await uploadAudio(makeAudio(100, 3), 'a.wav', {});
    expect(noSpecialty.status).toBe(400);
    expect(readError(noSpecialty).message).toContain('specialty');
    const json = await callApi(emu(), '/v1/note/audio', { json: { specialty: 'physician' } });
    expect(json.status).toBe(400);
    expect(readError(json).code).toBe('VALIDATION_ERROR');
  });

  it('rejects files over 25 MB, and the connection stays usable', async () => {
    expect(MAX_AUDIO_BYTES).toBe(25 * 1024 * 1024);
    const atLimit = await uploadAudio(new Uint8Array(MAX_AUDIO_BYTES), 'limit.mp3');
    expect(atLimit.status).toBe(200);
    const tooBig = await uploadAudio(new Uint8Array(MAX_AUDIO_BYTES + 1), 'big.mp3');
    expect(tooBig.status).toBe(400);
    expect(readError(tooBig)).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(readError(tooBig).message).toMatch(/25 MB/);
    expect(emu().requests[1]?.body.length).toBe(0);
    expect(emu().requests[1]?.multipart?.files[0]?.size).toBe(MAX_AUDIO_BYTES + 1);
    expect(emu().requests[1]?.bodySize).toBeGreaterThan(MAX_AUDIO_BYTES + 1);
    expect((await callApi(emu(), '/v1/specialties')).status).toBe(200);
  });
});

describe('POST /v1/note/audio (async)', () => {
  it('answers 202 and completes after pollsUntilDone polls across both endpoints', async () => {
    emu().audio = { mode: 'async', pollsUntilDone: 3, finalStatus: 'completed' };
    const audio = makeAudio(5000, 4);
    const accepted = await uploadAudio(audio);
    expect(accepted.status).toBe(202);
    const body = readObject(accepted);
    const noteId = String(body.noteId);
    expect(body).toEqual({
      noteId: expect.stringMatching(/^note_[a-z0-9]{20}$/),
      status: 'processing',
      message: 'Audio accepted. Poll GET /v1/audio/status/:noteId for status.',
    });
    const polls = [`/v1/audio/status/${noteId}`, `/v1/note/${noteId}`, `/v1/audio/status/${noteId}`];
    for (const path of polls) expect(readObject(await callApi(emu(), path))).toEqual({ noteId, status: 'processing' });
    const done = readObject(await callApi(emu(), `/v1/audio/status/${noteId}`));
    expect(done).toMatchObject({ noteId, status: 'completed', transcript: deriveAudioTranscript(hashSha256(audio), 'visit.mp3') });
    expect(done.subjective).toEqual(expect.any(String));
    expect(readObject(await callApi(emu(), `/v1/note/${noteId}`)).status).toBe('completed');
  });

  it('fails after the polls with the configured or default message', async () => {
    emu().audio = { mode: 'async', pollsUntilDone: 1, finalStatus: 'failed' };
    const first = String(readObject(await uploadAudio(makeAudio(10, 5))).noteId);
    emu().audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'failed', failMessage: 'Audio too quiet' };
    const second = String(readObject(await uploadAudio(makeAudio(10, 6))).noteId);
    expect(readObject(await callApi(emu(), `/v1/note/${first}`)).status).toBe('processing');
    expect(readObject(await callApi(emu(), `/v1/audio/status/${first}`))).toEqual({
      noteId: first,
      status: 'failed',
      message: 'Transcription failed: audio could not be decoded',
    });
    expect(readObject(await callApi(emu(), `/v1/audio/status/${second}`))).toEqual({
      noteId: second,
      status: 'failed',
      message: 'Audio too quiet',
    });
  });

  it('answers 404 for unknown and expired audio notes', async () => {
    emu().audio = { mode: 'async', pollsUntilDone: 2, finalStatus: 'completed' };
    const noteId = String(readObject(await uploadAudio(makeAudio(10, 8))).noteId);
    emu().expireNote(noteId);
    expect((await callApi(emu(), `/v1/audio/status/${noteId}`)).status).toBe(404);
    expect((await callApi(emu(), '/v1/audio/status/note_unknown')).status).toBe(404);
  });
});
