import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssemblyAiClients, transcribeAudio, waitForTranscript, type AssemblyAiClients } from '../../src/api/assemblyai/index.js';
import { readCompletionText } from '../../src/api/chat/index.js';
import { ApiError, JobFailedError, JobPendingError, MissingKeyError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import { ASSEMBLYAI_TEST_KEY, READINGS, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { writeFakeAudio } from '../emulator/assemblyai/fixtures.js';
import { makeConnection, makeRuntime } from './settings-fixture.js';
import { findProvider, loadBackend } from '../../src/providers/index.js';

let emu: AssemblyAiEmulator;
beforeAll(async () => {
  emu = await startAssemblyAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const env = (key: string | null = ASSEMBLYAI_TEST_KEY) => ({ ASSEMBLYAI_API_KEY: key ?? undefined, ASSEMBLYAI_BASE_URL: emu.url, ASSEMBLYAI_LLM_GATEWAY_URL: emu.url });

function clients(key: string | null = ASSEMBLYAI_TEST_KEY): AssemblyAiClients {
  return createAssemblyAiClients(makeConnection('assemblyai', env(key)), makeRuntime());
}

const fast = { signal: new AbortController().signal, initialDelayMs: 5, maxDelayMs: 10 };

describe('createAssemblyAiClients', () => {
  it('refuses without a key, exit 3, naming both ways to set one', async () => {
    const connection = makeConnection('assemblyai', { ASSEMBLYAI_BASE_URL: emu.url, ASSEMBLYAI_LLM_GATEWAY_URL: emu.url });
    const options = { model: { maxTokens: 2000, method: 'whole' as const }, transcription: {} };
    const caught = await loadBackend(findProvider('assemblyai'), connection, makeRuntime(), options).catch((err: unknown) => err);
    expect(caught).toBeInstanceOf(MissingKeyError);
    expect((caught as MissingKeyError).exitCode).toBe(ExitCode.auth);
    expect((caught as MissingKeyError).hint).toMatch(/export ASSEMBLYAI_API_KEY=.*soap config set assemblyai\.key/);
    expect(emu.requests).toHaveLength(0);
  });

  it('sends the bare key and reports a refused one as a 401', async () => {
    await clients().api.getTranscript('missing').catch(() => undefined);
    expect(emu.requests[0]?.headers.authorization).toBe(ASSEMBLYAI_TEST_KEY);
    await expect(clients('aai-wrong').api.getTranscript('x')).rejects.toMatchObject({ status: 401 });
  });
});

// Uploads are the same in both readings.
describe('uploadFile', () => {
  it('streams the file as octet-stream; the emulator hashes exactly its bytes', async () => {
    const audio = writeFakeAudio('visit.m4a', 3 * 1024 * 1024 + 17);
    const { data } = await clients().api.uploadFile(audio.path);
    expect(emu.uploads).toEqual([{ sha256: audio.sha256, size: 3 * 1024 * 1024 + 17 }]);
    expect(data.upload_url).toBe(`${emu.url}/upload/${audio.sha256}`);
    expect(emu.requests[0]?.headers['content-type']).toBe('application/octet-stream');
  });

  it('re-sends the whole file after a connection reset', async () => {
    const audio = writeFakeAudio('visit.wav', 1024 * 1024);
    emu.fault({ method: 'POST', path: '/v2/upload', reset: 'before-headers' });
    const result = await clients().api.uploadFile(audio.path);
    expect(result.attempts).toBe(2);
    const uploads = emu.requests.filter((r) => r.path === '/v2/upload');
    expect(uploads.map((r) => r.bodySize)).toEqual([1024 * 1024, 1024 * 1024]);
    expect(emu.uploads).toEqual([{ sha256: createHash('sha256').update(readFileSync(audio.path)).digest('hex'), size: 1024 * 1024 }]);
  });

  // API-delta.md B.1: "upload errors come back as 422 and are retryable".
  it('retries a 422 with the whole file, and gives up after --max-retries', async () => {
    const audio = writeFakeAudio('visit.mp3', 256 * 1024);
    emu.fault({ method: 'POST', path: '/v2/upload', status: 422, message: 'Upload failed, please retry' });
    const result = await clients().api.uploadFile(audio.path);
    expect(result.attempts).toBe(2);
    expect(emu.requests.filter((r) => r.path === '/v2/upload').map((r) => r.bodySize)).toEqual([256 * 1024, 256 * 1024]);
    emu.fault({ method: 'POST', path: '/v2/upload', status: 422, message: 'Upload failed, please retry', times: 10 });
    const once = createAssemblyAiClients(makeConnection('assemblyai', env(), { maxRetries: '1' }), makeRuntime());
    await expect(once.api.uploadFile(audio.path)).rejects.toMatchObject({ status: 422 });
    expect(emu.requests.filter((r) => r.path === '/v2/upload')).toHaveLength(2 + 2);
  });
});

describe.each(READINGS)('%s reading', (reading) => {
  beforeEach(() => {
    emu.reading = reading;
  });

  describe('transcribeAudio', () => {
    it('uploads, asks for two speakers, both speech models and redaction, and polls through queued and processing', async () => {
      const audio = writeFakeAudio();
      const progress: string[] = [];
      let submitted = '';
      const transcript = await transcribeAudio(clients(), { path: audio.path }, {
        ...fast,
        redactPii: true,
        redactPiiSub: 'entity_name',
        onProgress: (label) => progress.push(label),
        onSubmitted: (id) => (submitted = id),
      });
      expect(transcript.status).toBe('completed');
      expect(transcript.id).toBe(submitted);
      expect(progress).toEqual(['queued', 'processing']);
      expect(transcript.text).toContain('[PERSON_NAME]');
      expect(transcript.utterances?.[0]?.speaker).toBe('A');
      // Issue 12: the seeds sent ["universal-3-pro"] alone; now a fallback model and the expected speakers go too.
      expect(emu.requests.find((r) => r.path === '/v2/transcript')?.json).toEqual({
        audio_url: `${emu.url}/upload/${audio.sha256}`,
        speech_models: ['universal-3-pro', 'universal-2'],
        redact_pii: true,
        redact_pii_policies: ['person_name', 'organization', 'occupation'],
        redact_pii_sub: 'entity_name',
        speaker_labels: true,
        speakers_expected: 2,
      });
    });

    it('skips the upload for a URL, sends the models given in order, and leaves redaction off when asked', async () => {
      emu.transcript.pollsUntilDone = 0;
      const transcript = await transcribeAudio(clients(), { url: 'https://example.org/visit.mp3' }, { ...fast, redactPii: false, speechModels: ['slam-1', 'universal-2'] });
      expect(emu.uploads).toEqual([]);
      expect(transcript.text).toMatch(/Dr\. (Helen Park|Samuel Reyes)/);
      expect(emu.requests[0]?.json).toEqual({ audio_url: 'https://example.org/visit.mp3', speech_models: ['slam-1', 'universal-2'], redact_pii: false, speaker_labels: true, speakers_expected: 2 });
      expect(emu.requests[0]?.json).not.toHaveProperty('speech_model');
    });

    it('asks for Medical Mode, and sends it once more without the field when the service refuses it by name', async () => {
      emu.transcript.pollsUntilDone = 0;
      const notices: string[] = [];
      await transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { ...fast, redactPii: false, medical: true, notice: (t) => notices.push(t) });
      expect(emu.requests.filter((r) => r.path === '/v2/transcript').map((r) => (r.json as { domain?: string }).domain)).toEqual(['medical-v1']);
      expect(notices).toEqual([]);
      emu.reset();
      emu.reading = reading;
      emu.medical = 'refused';
      emu.transcript.pollsUntilDone = 0;
      const t = await transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { ...fast, redactPii: false, medical: true, notice: (line) => notices.push(line) });
      expect(t.status).toBe('completed');
      expect(emu.requests.filter((r) => r.path === '/v2/transcript').map((r) => (r.json as { domain?: string }).domain)).toEqual(['medical-v1', undefined]);
      expect(notices).toEqual(['AssemblyAI refused Medical Mode (domain medical-v1) for this account or API: transcribing without it']);
    });

    it('does not drop Medical Mode for a 400 about something else', async () => {
      const failure = transcribeAudio(clients(), { url: 'ftp://example.org/a.mp3' }, { ...fast, redactPii: false, medical: true });
      await expect(failure).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/audio_url/) });
      expect(emu.requests.filter((r) => r.path === '/v2/transcript')).toHaveLength(1);
    });

    it("turns status error into JobFailedError with the service's reason", async () => {
      emu.transcript = { pollsUntilDone: 1, finalStatus: 'error', errorMessage: 'File does not appear to contain audio.' };
      const failure = transcribeAudio(clients(), { url: 'https://example.org/x.mp3' }, { ...fast, redactPii: false });
      await expect(failure).rejects.toBeInstanceOf(JobFailedError);
      await expect(failure).rejects.toThrow(/File does not appear to contain audio\./);
    });

    it('stops waiting (the job goes on), naming the transcript so the command can print how to resume', async () => {
      emu.transcript.pollsUntilDone = 1000;
      const failure = transcribeAudio(clients(), { url: 'https://example.org/x.mp3' }, { ...fast, redactPii: false, waitTimeoutMs: 60 });
      await expect(failure).rejects.toBeInstanceOf(JobPendingError);
      const err = (await failure.catch((e: unknown) => e)) as JobPendingError;
      expect(err.job).toEqual({ id: expect.stringMatching(/\S/), kind: 'transcript' });
      expect(err.message).toBe(`job ${err.job.id} is still running after 0 s`);
    });

    it('resumes an existing transcript by id', async () => {
      const c = clients();
      const { data: job } = await c.api.createTranscript({ audio_url: 'https://example.org/x.mp3', speech_models: ['universal-3-pro'], speaker_labels: true });
      const transcript = await waitForTranscript(c.api, job.id, fast);
      expect(transcript).toMatchObject({ id: job.id, status: 'completed' });
    });
  });

  describe('LLM Gateway client', () => {
    it('reads the first choice with text in it, under either reading', async () => {
      const { data } = await clients().gateway.createChatCompletion({ model: 'claude-sonnet-4-6', messages: [{ role: 'user', content: 'Note please.\n<transcript>\nI have a cough.\n</transcript>' }], max_tokens: 2000 });
      expect(JSON.parse(readCompletionText(data))).toHaveProperty('subjective');
    });

    it('streams the answer as server-sent events up to [DONE] for a model the gateway streams', async () => {
      const { events, contentType } = await clients().gateway.streamChatCompletion({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hello' }] });
      expect(contentType).toMatch(/^text\/event-stream/);
      const data: string[] = [];
      for await (const event of events) data.push(event.data);
      expect(data.length).toBeGreaterThan(1);
      expect(data.every((d) => JSON.parse(d) !== null)).toBe(true);
      expect(emu.requests[0]?.json).toMatchObject({ stream: true });
      expect(emu.requests[0]?.headers.accept).toBe('text/event-stream');
    });
  });
});

describe('the gateway and transcript_id', () => {
  it('seeds reading: fills the tag from transcript_id, and a 404 for an unknown one', async () => {
    const c = clients();
    emu.transcript.pollsUntilDone = 0;
    const t = await transcribeAudio(c, { url: 'https://example.org/x.mp3' }, { ...fast, redactPii: false });
    const { data } = await c.gateway.createChatCompletion({ model: 'claude-sonnet-4-6', messages: [{ role: 'user', content: 'Note please.\n<transcript>\n{{ transcript }}\n</transcript>' }], transcript_id: t.id, max_tokens: 2000 });
    expect(JSON.parse(readCompletionText(data))).toHaveProperty('subjective');
    expect(emu.completions[0]?.messages[0]?.content).toContain(t.text);
    const failure = c.gateway.createChatCompletion({ model: 'm', messages: [{ role: 'user', content: '{{ transcript }}' }], transcript_id: 'nope' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, hint: expect.stringMatching(/unknown or deleted/) });
    expect(emu.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(2);
  });

  it('current reading: the gateway has no transcript_id, a flat 400', async () => {
    emu.reading = 'current';
    const failure = clients().gateway.createChatCompletion({ model: 'm', messages: [{ role: 'user', content: '{{ transcript }}' }], transcript_id: 'x' });
    await expect(failure).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/transcript_id/), requestId: expect.any(String) });
  });
});
