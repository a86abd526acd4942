// Polling a transcript as AssemblyAI documents it now (API-delta.md B.3): the four statuses, a 403 that follows
// successful calls read as the account's request rate (backoff, not a refused key at once), and 3–5 s pacing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssemblyAiClients, readTranscriptNotices, transcribeAudio, waitForTranscript, type AssemblyAiClients } from '../../src/api/assemblyai/index.js';
import { AuthError } from '../../src/errors.js';
import { ASSEMBLYAI_TEST_KEY, MEDICAL_LANGUAGE_WARNING, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { makeConnection, makeRuntime } from './settings-fixture.js';

let emu: AssemblyAiEmulator;
beforeAll(async () => {
  emu = await startAssemblyAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

function clients(): AssemblyAiClients {
  return createAssemblyAiClients(makeConnection('assemblyai', { ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_BASE_URL: emu.url, ASSEMBLYAI_LLM_GATEWAY_URL: emu.url }), makeRuntime());
}

const signal = new AbortController().signal;
const fast = { signal, initialDelayMs: 5, maxDelayMs: 10, rateLimitDelayMs: 20 };
const POLL = /^\/v2\/transcript\/[^/]+$/;
const polls = () => emu.requests.filter((r) => r.method === 'GET' && POLL.test(r.path));

describe('a 403 while polling', () => {
  it('after the transcript was submitted, is waited out with a backoff and polling goes on', async () => {
    emu.transcript.pollsUntilDone = 1;
    emu.fault({ method: 'GET', path: POLL, status: 403, message: 'Too many requests in this window', times: 2 });
    const trace: string[] = [];
    const t = await transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { ...fast, redactPii: false, debug: (line) => trace.push(line) });
    expect(t.status).toBe('completed');
    expect(polls()).toHaveLength(2 + 2);
    expect(trace.filter((l) => /403 while polling .*probably the rate limit; waiting (20|40) ms/.test(l))).toHaveLength(2);
  });

  it('that persists is a refused key after the retries, naming the transcript still running', async () => {
    emu.fault({ method: 'GET', path: POLL, status: 403, message: 'Key revoked', times: Infinity });
    const failure = transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { ...fast, redactPii: false, rateLimitRetries: 2 });
    await expect(failure).rejects.toBeInstanceOf(AuthError);
    const err = (await failure.catch((e: unknown) => e)) as AuthError;
    expect(err.hint).toMatch(/after 2 waits it is more likely the key than the rate limit \(transcript \S+ is still running\)$/);
    expect(polls()).toHaveLength(3);
  });

  it('with no call succeeded before it (soap status), is a refused key at once', async () => {
    emu.fault({ method: 'GET', path: POLL, status: 403, message: 'Key revoked', times: Infinity });
    await expect(waitForTranscript(clients().api, 'some-id', fast)).rejects.toBeInstanceOf(AuthError);
    expect(polls()).toHaveLength(1);
  });
});

describe('pacing', () => {
  it('polls at 3 s by default, inside the documented 3–5 s', async () => {
    emu.transcript.pollsUntilDone = 1;
    const started = Date.now();
    const t = await transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { signal, redactPii: false });
    // The first poll is at once (queued), the second one wait later (completed): the time taken is that one wait.
    const took = Date.now() - started;
    expect(t.status).toBe('completed');
    expect(polls()).toHaveLength(2);
    expect(took).toBeGreaterThanOrEqual(2_900);
    expect(took).toBeLessThan(5_000);
  });
});

describe('what a finished transcript says about itself (current reading)', () => {
  beforeEach(() => {
    emu.reading = 'current';
    emu.transcript.pollsUntilDone = 0;
  });

  it('names the fallback speech model and each warning, never the text', async () => {
    emu.transcript.modelFallback = true;
    emu.medical = 'unsupported-language';
    const t = await transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { ...fast, redactPii: false, medical: true });
    const lines = readTranscriptNotices(t);
    expect(lines).toEqual([
      `AssemblyAI transcribed ${t.id} with the fallback speech model universal-2, not universal-3-pro`,
      expect.stringMatching(/^AssemblyAI warning for \S+: universal-3-pro does not support the detected language/),
      `AssemblyAI warning for ${t.id}: ${MEDICAL_LANGUAGE_WARNING}`,
    ]);
    for (const line of lines) expect(line).not.toContain(t.text.slice(0, 20));
  });

  it('says nothing when the first model transcribed without warnings', async () => {
    const t = await transcribeAudio(clients(), { url: 'https://example.org/a.mp3' }, { ...fast, redactPii: false });
    expect(t).toMatchObject({ speech_model_used: 'universal-3-pro', metadata: { warnings: [] } });
    expect(readTranscriptNotices(t)).toEqual([]);
  });
});
