// The official SDK as a client: proof that the emulator speaks OpenAI's protocol.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deriveAudioTranscript } from '../audio-handler.js';
import { writeFakeAudio } from '../assemblyai/fixtures.js';
import { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from './index.js';

let emu: OpenAiEmulator;
beforeAll(async () => {
  emu = await startOpenAiEmulator({ apiKey: OPENAI_TEST_KEY });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

function sdk(apiKey = OPENAI_TEST_KEY): OpenAI {
  return new OpenAI({ apiKey, baseURL: `${emu.url}/v1`, maxRetries: 0 });
}

const prompt = 'Answer with exactly these keys: "subjective", "plan".\n<transcript>\nPatient reports a cough for 3 days. I recommend fluids.\n</transcript>';

describe('OpenAI SDK against the emulator', () => {
  it('creates a chat completion', async () => {
    const completion = await sdk().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });
    const note = JSON.parse(completion.choices[0]?.message.content ?? '');
    expect(Object.keys(note)).toEqual(['subjective', 'plan']);
    expect(note.subjective).toContain('cough for 3 days');
    expect(emu.requests[0]?.headers.authorization).toBe(`Bearer ${OPENAI_TEST_KEY}`);
  });

  it('streams a chat completion in chunks that add up to the answer', async () => {
    emu.stream.chunkSize = 5;
    const stream = await sdk().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }], stream: true });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      chunks++;
    }
    expect(chunks).toBeGreaterThan(10);
    expect(text).toBe(emu.completions[0]?.answer);
  });

  it('reports an error object sent mid-stream', async () => {
    emu.stream.errorAfterEvents = { message: 'model overloaded', afterEvents: 2 };
    const stream = await sdk().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }], stream: true });
    await expect(async () => {
      for await (const _ of stream) void _;
    }).rejects.toThrow(/model overloaded/);
  });

  it('transcribes an uploaded audio file', async () => {
    const audio = writeFakeAudio('consult.wav');
    const result = await sdk().audio.transcriptions.create({ file: createReadStream(audio.path), model: 'whisper-1' });
    expect(result.text).toBe(deriveAudioTranscript(audio.sha256, basename(audio.path)));
    expect(emu.transcriptions).toMatchObject([{ field: 'file', sha256: audio.sha256, size: 64 * 1024, model: 'whisper-1' }]);
  });

  it('refuses a wrong key with an authentication error', async () => {
    await expect(sdk('sk-wrong').chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });
});
