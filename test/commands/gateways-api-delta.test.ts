// The command-level checks of issue 12's AssemblyAI / gateway half (API-delta.md B and items 13–23), against the
// emulators over loopback. The common command tests run in both readings in providers.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { ASSEMBLYAI_TEST_KEY, MEDICAL_LANGUAGE_WARNING, READINGS, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';

const FIXTURE = 'fixtures/transcripts/ankle-sprain.txt';
const AUDIO = 'fixtures/audio/encounter.mp3';
const S = ['-s', 'physician'];
let aai: AssemblyAiEmulator;
let oai: OpenAiEmulator;
beforeAll(async () => {
  [aai, oai] = await Promise.all([startAssemblyAiEmulator(), startOpenAiEmulator()]);
});
afterEach(() => {
  aai.reset();
  oai.reset();
});
afterAll(async () => {
  await Promise.all([aai.close(), oai.close()]);
});
const env = () => ({ ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_BASE_URL: aai.url, ASSEMBLYAI_LLM_GATEWAY_URL: aai.url });
const dir = mkdtempSync(join(tmpdir(), 'soap-gateways-'));
const submits = () => aai.requests.filter((q) => q.method === 'POST' && q.path === '/v2/transcript').map((q) => q.json as Record<string, unknown>);
const chats = () => aai.requests.filter((q) => q.path === '/v1/chat/completions');

describe('transcription (items 13–16)', () => {
  it('--speech-model is repeatable: the list goes as speech_models, in order, never as speech_model', async () => {
    aai.reading = 'current';
    aai.transcript.pollsUntilDone = 0;
    const r = await runSoap(['audio', AUDIO, ...S, '--provider', 'assemblyai', '--speech-model', 'slam-1', '--speech-model', 'universal-2', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(submits()).toEqual([expect.objectContaining({ speech_models: ['slam-1', 'universal-2'] })]);
    expect(submits()[0]).not.toHaveProperty('speech_model');
  });

  it('--medical asks for domain medical-v1; a 400 naming domain is retried once without it, with one notice', async () => {
    aai.transcript.pollsUntilDone = 0;
    const ok = await runSoap(['audio', AUDIO, ...S, '--provider', 'assemblyai', '--medical', '--json'], { env: env() });
    expect(ok.stderr).toBe('');
    expect(submits().map((b) => b.domain)).toEqual(['medical-v1']);
    aai.reset();
    aai.transcript.pollsUntilDone = 0;
    aai.medical = 'refused';
    const r = await runSoap(['audio', AUDIO, ...S, '--provider', 'assemblyai', '--medical', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('! AssemblyAI refused Medical Mode (domain medical-v1) for this account or API: transcribing without it\n');
    expect(submits().map((b) => b.domain)).toEqual(['medical-v1', undefined]);
    expect(JSON.parse(r.stdout).plan).toMatch(/\S/);
  });

  it('the fallback speech model and metadata.warnings are one stderr line each, without the transcript', async () => {
    aai.reading = 'current';
    aai.transcript.pollsUntilDone = 0;
    aai.transcript.modelFallback = true;
    aai.medical = 'unsupported-language';
    const r = await runSoap(['audio', AUDIO, ...S, '--provider', 'assemblyai', '--medical', '--json'], { env: env() });
    expect(r.code).toBe(0);
    const note = JSON.parse(r.stdout);
    expect(note.speech_model_used).toBe('universal-2');
    const id = note.transcript_id as string;
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `! AssemblyAI transcribed ${id} with the fallback speech model universal-2, not universal-3-pro`,
      `! AssemblyAI warning for ${id}: universal-3-pro does not support the detected language; used universal-2`,
      `! AssemblyAI warning for ${id}: ${MEDICAL_LANGUAGE_WARNING}`,
    ]);
    for (const sentence of (note.transcript as string).split(/(?<=\.)\s+/).slice(0, 3)) expect(r.stderr).not.toContain(sentence);
  });

  it('redaction stays with identity classes: clinical policies are refused before anything is sent (exit 2)', async () => {
    const r = await runSoap(['audio', AUDIO, ...S, '--provider', 'assemblyai', '--redact-pii', '--redact-pii-policies', 'person_name,drug,medical_condition'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^✗ --redact-pii-policies: drug, medical_condition would erase clinical content the note is written from — redact identity classes only/);
    expect(aai.requests).toHaveLength(0);
  });

  it('a recording over 2.2 GB is refused locally (exit 2), nothing uploaded', async () => {
    const big = join(dir, 'long.mp3');
    writeFileSync(big, '');
    truncateSync(big, Math.ceil(2.2 * 1024 ** 3) + 1);
    const r = await runSoap(['audio', big, ...S, '--provider', 'assemblyai'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/long\.mp3: .* is over AssemblyAI's .* limit/);
    expect(aai.requests).toHaveLength(0);
  });
});

describe.each(READINGS)('the note step, %s reading (items 17, 18, 21)', (reading) => {
  const read = () => {
    aai.reading = reading;
  };

  it('a note cut off at the token limit exits 1 as incomplete, and the raw answer is printed', async () => {
    read();
    aai.truncate = true;
    const r = await runSoap(['note', FIXTURE, ...S, '--provider', 'assemblyai', '--max-tokens', '300', '--json'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("✗ the model's answer was cut off at the token limit: the note is incomplete — the raw answer is shown as is; run again with a higher --max-tokens\n");
    expect(r.stdout.trim()).toBe(aai.completions[0]?.answer.trim());
  });

  it('a streamed note cut off at the token limit shows what came, marked incomplete (exit 1)', async () => {
    read();
    aai.truncate = true;
    aai.answerStyle = 'headings';
    const r = await runSoap(['stream', FIXTURE, ...S, '--provider', 'assemblyai', '--model', 'gpt-4.1'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^SUBJECTIVE\n[\s\S]*\[incomplete: the stream ended early; the note above is partial\]\n$/);
    expect(r.stderr).toMatch(/^✗ the model's answer was cut off at the token limit: the note is incomplete — run again with a higher --max-tokens\n$/);
  });

  it('a gateway that answers a stream request with a whole completion: that answer is the note, no second request', async () => {
    read();
    aai.streaming = 'json';
    const r = await runSoap(['stream', FIXTURE, ...S, '--provider', 'assemblyai', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('! AssemblyAI LLM Gateway answered claude-sonnet-4-6 without streaming: the note is shown whole\n');
    expect(chats()).toHaveLength(1);
    expect(Object.keys(JSON.parse(r.stdout.trim().split('\n').at(-1)!))).toEqual(['subjective', 'objective', 'assessment', 'plan']);
  });

  it('--debug traces the gateway request id, finish reason and tokens, never the text', async () => {
    read();
    const r = await runSoap(['--debug', 'note', FIXTURE, ...S, '--provider', 'assemblyai', '--json'], { env: env() });
    expect(r.code).toBe(0);
    const line = r.stderr.split('\n').find((l) => l.startsWith('[debug] AssemblyAI LLM Gateway answered'));
    const finish = reading === 'current' ? 'end_turn' : 'stop';
    expect(line).toMatch(new RegExp(`^\\[debug\\] AssemblyAI LLM Gateway answered: request id \\S+, finish_reason ${finish}, \\d+ tokens in, \\d+ out$`));
    expect(r.stderr).not.toMatch(/ankle|trash|icy/i);
  });

  it('the batch report keeps usage per note', async () => {
    read();
    const inputs = join(dir, `batch-${reading}`);
    mkdirSync(inputs, { recursive: true });
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(inputs, name), readFileSync(FIXTURE));
    const report = join(dir, `report-${reading}.ndjson`);
    const r = await runSoap(['note', inputs, ...S, '--provider', 'assemblyai', '--out-dir', join(dir, `out-${reading}`), '--report', report], { env: env() });
    expect(r.code).toBe(0);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.usage).toEqual({ input_tokens: expect.any(Number), output_tokens: expect.any(Number), total_tokens: expect.any(Number) });
  });
});

describe('gateway errors (items 19, 20)', () => {
  it('a model the gateway does not offer is said plainly, with --model as the way out (flat body)', async () => {
    aai.reading = 'current';
    aai.models = ['claude-sonnet-4-6'];
    const r = await runSoap(['note', FIXTURE, ...S, '--provider', 'assemblyai', '--model', 'claude-3-haiku-20240307'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^✗ AssemblyAI LLM Gateway 400: model claude-3-haiku-20240307 is not supported \(request id \S+\) — the service does not offer "claude-3-haiku-20240307": choose another with --model \(the default is claude-sonnet-4-6\)\n$/,
    );
    expect(chats()).toHaveLength(1);
  });

  it.each(['nested', 'flat', 'string'] as const)('reads the %s error body: the message, not "a body that is not the documented error JSON"', async (shape) => {
    aai.errorShape = shape;
    aai.models = ['gpt-5'];
    const r = await runSoap(['note', FIXTURE, ...S, '--provider', 'assemblyai'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✗ AssemblyAI LLM Gateway 400: model claude-sonnet-4-6 is not supported/);
  });

  it('a refused key in the auth shape {error, status, request_id} is exit 3 with the request id', async () => {
    aai.reading = 'current';
    const r = await runSoap(['note', FIXTURE, ...S, '--provider', 'assemblyai'], { env: { ...env(), ASSEMBLYAI_API_KEY: 'aai-not-a-key' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^✗ AssemblyAI LLM Gateway 401: Authentication error, API token missing\/invalid \(request id \S+\) — check the key/);
  });

  it('a 429 waits as X-RateLimit-Reset says', async () => {
    aai.fault({ method: 'POST', path: '/v1/chat/completions', status: 429, message: 'rate limit: 30 requests/minute per model', headers: { 'x-ratelimit-limit': '30', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' } });
    const started = Date.now();
    const r = await runSoap(['note', FIXTURE, ...S, '--provider', 'assemblyai', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(chats()).toHaveLength(2);
    // Without the header the first backoff is at most 0.5 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('the OpenAI-compatible server in the current reading: flat errors read the same way', async () => {
    oai.reading = 'current';
    oai.models = ['gpt-4o'];
    const r = await runSoap(['note', FIXTURE, ...S, '--provider', 'openai', '--model', 'llama3.1'], { env: { OPENAI_BASE_URL: oai.url } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✗ OpenAI-compatible server at \S+ 400: model llama3\.1 is not supported \(request id \S+\) — the service does not offer "llama3\.1": choose another with --model \(the default is gpt-4o\)\n$/);
  });
});
