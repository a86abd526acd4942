// The whole AssemblyAI path the command will run: audio → transcript → gateway → parsed note, per answer style and reading.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssemblyAiClients, transcribeAudio } from '../../src/api/assemblyai/index.js';
import { isTruncated, readChatAnswer, readChatStream } from '../../src/api/chat/index.js';
import { StreamIncompleteError } from '../../src/errors.js';
import { ModelAnswerError, assembleStreamedNote, buildNoteMessages, generateNoteSections, TRANSCRIPT_TAG, type ChatMessage } from '../../src/llm/index.js';
import { ASSEMBLYAI_TEST_KEY, READINGS, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { writeFakeAudio } from '../emulator/assemblyai/fixtures.js';
import { makeConnection, makeRuntime } from './settings-fixture.js';

let emu: AssemblyAiEmulator;
beforeAll(async () => {
  emu = await startAssemblyAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const signal = new AbortController().signal;

async function prepare(speakers: boolean) {
  const env = { ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_BASE_URL: emu.url, ASSEMBLYAI_LLM_GATEWAY_URL: emu.url };
  const clients = createAssemblyAiClients(makeConnection('assemblyai', env), makeRuntime());
  const transcript = await transcribeAudio(clients, { path: writeFakeAudio().path }, { signal, initialDelayMs: 5, redactPii: true });
  const input = { transcript: transcript.text, utterances: speakers ? (transcript.utterances ?? undefined) : undefined, specialty: 'physician' };
  const complete = async (messages: ChatMessage[]) => {
    const answer = readChatAnswer((await clients.gateway.createChatCompletion({ model: 'claude-sonnet-4-6', messages, max_tokens: 2000 })).data);
    return { text: answer.text, truncated: isTruncated(answer.finishReason) };
  };
  return { clients, transcript, input, complete };
}

describe.each(READINGS)('AssemblyAI pipeline, %s reading', (reading) => {
  beforeEach(() => {
    emu.reading = reading;
  });

  // Issue 12: this used the {{ transcript }} tag + transcript_id; the March 2026 gateway has no transcript_id.
  it('whole method: the redacted text is written into the prompt, no transcript_id, no tag', async () => {
    const { transcript, input, complete } = await prepare(false);
    const note = await generateNoteSections(complete, input, 'whole');
    expect(Object.keys(note)).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    expect(emu.completions[0]?.transcript_id).toBeUndefined();
    expect(emu.completions[0]?.messages[0]?.content).toContain(transcript.text);
    expect(emu.completions[0]?.messages[0]?.content).not.toContain(TRANSCRIPT_TAG);
    expect(transcript.text).toContain('#');
  });

  it('sections method with speaker turns: four requests, speakers in the prompt', async () => {
    emu.answerStyle = 'headings';
    const { input, complete } = await prepare(true);
    const note = await generateNoteSections(complete, input, 'sections');
    expect(note.subjective).toMatch(/I have had .+ for \d+ days/);
    expect(emu.completions).toHaveLength(4);
    expect(emu.completions.every((c) => c.transcript_id === undefined)).toBe(true);
    expect(emu.completions[0]?.messages[0]?.content).toMatch(/^Speaker A: Good morning/m);
  });

  it('garbage answers fail with the raw answer kept', async () => {
    emu.answerStyle = 'garbage';
    const { input, complete } = await prepare(false);
    const failure = generateNoteSections(complete, input, 'whole');
    await expect(failure).rejects.toBeInstanceOf(ModelAnswerError);
    await expect(failure).rejects.toMatchObject({ rawAnswer: emu.completions[0]?.answer });
  });

  it('streams through the gateway, and keeps the partial answer when the stream is cut', async () => {
    const { clients, input } = await prepare(false);
    // A model both readings stream (the current gateway streams OpenAI models only).
    const request = { model: 'gpt-4.1', messages: buildNoteMessages(input) };
    const whole = await assembleStreamedNote(readChatStream(await clients.gateway.streamChatCompletion(request), 'Gateway'));
    expect(whole.sections.plan.length).toBeGreaterThan(0);
    emu.stream.truncateAfterEvents = 4;
    const cut = assembleStreamedNote(readChatStream(await clients.gateway.streamChatCompletion(request), 'Gateway'));
    await expect(cut).rejects.toBeInstanceOf(StreamIncompleteError);
    await expect(cut).rejects.toMatchObject({ partialAnswer: expect.stringMatching(/^\{/) });
  });
});
