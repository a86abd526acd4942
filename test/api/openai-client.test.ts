import { basename } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiClient } from '../../src/api/openai/index.js';
import { MissingKeyError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import { readChatStream, readCompletionText } from '../../src/api/chat/index.js';
import { findProvider, loadBackend } from '../../src/providers/index.js';
import { assembleStreamedNote, buildNoteMessages, parseNoteAnswer } from '../../src/llm/index.js';
import { deriveAudioTranscript } from '../emulator/audio-handler.js';
import { writeFakeAudio } from '../emulator/assemblyai/fixtures.js';
import { OPENAI_TEST_KEY, READINGS, startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';
import { makeConnection, makeRuntime } from './settings-fixture.js';

let emu: OpenAiEmulator;
beforeAll(async () => {
  emu = await startOpenAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

function client(opts: { key?: string; baseUrl?: string } = {}) {
  return createOpenAiClient(makeConnection('openai', { OPENAI_API_KEY: opts.key, OPENAI_BASE_URL: opts.baseUrl ?? emu.url }), makeRuntime());
}

const messages = buildNoteMessages({ transcript: 'Patient reports a sore throat for 4 days. Temperature 38.1. I recommend fluids and rest.', specialty: 'physician' });

describe('createOpenAiClient', () => {
  it('needs a key off loopback, exit 3', async () => {
    const options = { model: { maxTokens: 2000, method: 'whole' as const }, transcription: {} };
    const attempt = () => loadBackend(findProvider('openai'), makeConnection('openai', { OPENAI_BASE_URL: 'https://api.openai.com' }), makeRuntime(), options);
    await expect(attempt()).rejects.toThrow(MissingKeyError);
    await expect(attempt()).rejects.toThrow(
      expect.objectContaining({ exitCode: ExitCode.auth, message: 'no OpenAI key is set for https://api.openai.com', hint: expect.stringMatching(/OPENAI_API_KEY.*soap config set openai\.key/) }),
    );
  });

  it('runs keyless against a local server, and sends Bearer when a key is set', async () => {
    await client().createChatCompletion({ model: 'llama3', messages });
    expect(emu.requests[0]?.headers.authorization).toBeUndefined();
    await client({ key: OPENAI_TEST_KEY }).createChatCompletion({ model: 'llama3', messages });
    expect(emu.requests[1]?.headers.authorization).toBe(`Bearer ${OPENAI_TEST_KEY}`);
  });

  it('reports a refused key as a 401', async () => {
    emu.apiKey = OPENAI_TEST_KEY;
    await expect(client({ key: 'sk-wrong' }).createChatCompletion({ model: 'gpt-4o', messages })).rejects.toMatchObject({ status: 401 });
  });

  it('accepts a base URL that already ends in /v1', async () => {
    await client({ baseUrl: `${emu.url}/v1` }).createChatCompletion({ model: 'gpt-4o', messages });
    expect(emu.requests[0]?.path).toBe('/v1/chat/completions');
  });
});

describe.each(READINGS)('chat completions, %s reading', (reading) => {
  beforeEach(() => {
    emu.reading = reading;
  });

  it('gives a note that parses to the four sections', async () => {
    const { data } = await client().createChatCompletion({ model: 'gpt-4o', messages, max_tokens: 2000 });
    const note = parseNoteAnswer(readCompletionText(data));
    expect(note.subjective).toContain('sore throat for 4 days');
    expect(note.objective).toContain('38.1');
  });

  it('streams a note section by section', async () => {
    emu.answerStyle = 'headings';
    emu.stream.chunkSize = 6;
    const stream = await client().streamChatCompletion({ model: 'gpt-4o', messages });
    const started: string[] = [];
    const result = await assembleStreamedNote(readChatStream(stream, 'OpenAI'), (e) => {
      if (e.type === 'start') started.push(e.section);
    });
    expect(started).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    expect(result.raw).toBe(emu.completions[0]?.answer);
    expect(result.sections.plan).toContain('recommend fluids');
  });
});

describe('audio transcriptions', () => {
  it('sends the file as multipart with the model, and reads {text}', async () => {
    const audio = writeFakeAudio('visit.webm', 2 * 1024 * 1024);
    const { data } = await client().transcribeAudio(audio.path);
    expect(data.text).toBe(deriveAudioTranscript(audio.sha256, basename(audio.path)));
    expect(emu.transcriptions).toMatchObject([{ field: 'file', filename: 'visit.webm', sha256: audio.sha256, size: 2 * 1024 * 1024, model: 'whisper-1' }]);
  });

  it('rebuilds the form for a retry after a reset', async () => {
    const audio = writeFakeAudio('visit.mp3', 512 * 1024);
    emu.fault({ path: '/v1/audio/transcriptions', reset: 'before-headers' });
    const result = await client().transcribeAudio(audio.path, { model: 'whisper-large-v3' });
    expect(result.attempts).toBe(2);
    expect(emu.transcriptions).toMatchObject([{ sha256: audio.sha256, model: 'whisper-large-v3' }]);
  });
});
