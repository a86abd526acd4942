// Conformance with AssemblyAI's own examples (issue 12): the seeds' JavaScript samples run unchanged against the
// emulator (base URLs and key aside), their Python samples' bodies are checked as shapes, and the JSON examples of
// API-delta.md section B go through soap's readers. Sources: test/api/fixtures/assemblyai/README.md.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTranscriptRequest, readTranscriptNotices, transcriptSchema } from '../../src/api/assemblyai/index.js';
import { chatCompletionSchema, readChatAnswer } from '../../src/api/chat/index.js';
import { AuthError, InvalidResponseError, NotFoundError } from '../../src/errors.js';
import { mapHttpError } from '../../src/http/error-mapping.js';
import { ASSEMBLYAI_TEST_KEY, MEDICAL_LANGUAGE_WARNING, startAssemblyAiEmulator, type AssemblyAiEmulator, type Reading } from '../emulator/assemblyai/index.js';

const FIXTURES = new URL('./fixtures/assemblyai/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, any>;
const run = promisify(execFile);

let emu: AssemblyAiEmulator;
beforeAll(async () => {
  emu = await startAssemblyAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  emu.transcript.pollsUntilDone = 0;
});

/**
 * Runs a sample as an ES module in a folder of its own, with the audio file it reads and a stand-in for `fs-extra`
 * (the samples use its readFile alone). Only the hosts and the key placeholder are replaced.
 */
async function runSample(parts: string[], reading: Reading): Promise<{ code: number; stdout: string; stderr: string }> {
  emu.reading = reading;
  const dir = mkdtempSync(join(tmpdir(), 'soap-seed-sample-'));
  mkdirSync(join(dir, 'node_modules', 'fs-extra'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'fs-extra', 'package.json'), JSON.stringify({ name: 'fs-extra', type: 'module', exports: './index.js' }));
  writeFileSync(join(dir, 'node_modules', 'fs-extra', 'index.js'), "import { readFile } from 'node:fs/promises';\nexport default { readFile };\n");
  for (const audio of ['local_file.mp3', 'my-audio.mp3']) writeFileSync(join(dir, audio), readFileSync('fixtures/audio/encounter.mp3'));
  const code = parts
    .join('\n')
    .replaceAll('https://api.assemblyai.com', emu.url)
    .replaceAll('https://llm-gateway.assemblyai.com', emu.url)
    .replaceAll('<YOUR_API_KEY>', ASSEMBLYAI_TEST_KEY);
  writeFileSync(join(dir, 'sample.mjs'), code);
  try {
    const { stdout, stderr } = await run(process.execPath, ['sample.mjs'], { cwd: dir, timeout: 15_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The guide's later parts continue the first one and each declare `res` again: each runs in a block of its own. */
const block = (code: string) => `{\n${code}\n}`;

describe("the seeds' JavaScript samples, unchanged, against the seeds' reading", () => {
  it('seed 000: upload, transcribe with redaction, poll, then Method 1 (whole note) and Method 2 (per section)', async () => {
    const r = await runSample([fixture('seed-000-transcribe.js.txt'), block(fixture('seed-000-method1.js.txt')), block(fixture('seed-000-method2.js.txt'))], 'seeds');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [first, text] = r.stdout.split('\n');
    expect(first).toMatch(/^Transcript ID: [\w-]+$/);
    expect(text).toMatch(/I have had .+ for \d+ days/);
    expect(text).toContain('####');
    expect(emu.uploads).toHaveLength(1);
    // Method 1 prints the note; Method 2 prints each question and its answer.
    expect(r.stdout).toMatch(/"plan"/);
    for (const section of ['Subjective', 'Objective', 'Assessment', 'Plan']) expect(r.stdout).toContain(`${section}: `);
    expect(emu.completions).toHaveLength(1 + 4);
    expect(emu.completions.every((c) => c.model === 'claude-sonnet-4-5-20250929' && c.transcript_id !== undefined && c.messages[0]!.content.includes(text!))).toBe(true);
  });

  it('seed 003: the full sample, transcribing a public URL without speech_models and summarising it', async () => {
    const r = await runSample([fixture('seed-003-sample.js.txt')], 'seeds');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
    expect(emu.completions).toEqual([expect.objectContaining({ model: 'claude-sonnet-4-6', max_tokens: 1000, transcript_id: expect.any(String) })]);
  });
});

describe("the seeds' JavaScript samples against the current reading: where the two readings part", () => {
  it('seed 000 transcribes (it names speech_models), but its transcript_id request is refused', async () => {
    const r = await runSample([fixture('seed-000-transcribe.js.txt'), block(fixture('seed-000-method1.js.txt'))], 'current');
    expect(r.stdout).toMatch(/^Transcript ID: /);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Error: 400/);
  });

  it('seed 003 sends no speech_models, which the March 2026 API refuses', async () => {
    const r = await runSample([fixture('seed-003-sample.js.txt')], 'current');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Error: 400/);
    expect(emu.requests.find((q) => q.path === '/v2/transcript')?.json).toEqual({ audio_url: expect.any(String) });
  });
});

/** One request to the emulator with a sample's body. */
async function send(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${emu.url}${path}`, { method: 'POST', headers: { authorization: ASSEMBLYAI_TEST_KEY, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const fill = (value: unknown, names: Record<string, string>) => JSON.parse(JSON.stringify(value).replace(/<(\w+)>/g, (m, name: string) => names[name] ?? m));

// Python and requests are not part of this Node project: the Python tabs' bodies are checked as shapes instead.
describe("the seeds' Python samples, as the bodies they send", () => {
  it.each([
    ['seed 000', 'seed-000-python-bodies.json', ['method1_gateway_request', 'method2_gateway_request']],
    ['seed 003', 'seed-003-python-bodies.json', ['gateway_request']],
  ] as const)('%s: its transcript and gateway bodies are taken, and soap reads the answers the way the sample does', async (_seed, file, gatewayKeys) => {
    const bodies = json(file);
    const created = await send('/v2/transcript', fill(bodies.transcript_request, { upload_url: 'https://example.org/visit.mp3' }));
    expect(created.status).toBe(200);
    // The sample polls until completed (the emulator's script completes at the first poll).
    const polled = await fetch(`${emu.url}/v2/transcript/${created.body.id}`, { headers: { authorization: ASSEMBLYAI_TEST_KEY } });
    const transcript = transcriptSchema.parse(await polled.json());
    expect(transcript.status).toBe('completed');
    for (const key of gatewayKeys) {
      const answer = await send('/v1/chat/completions', fill(bodies[key], { transcript_id: transcript.id, prompt: 'Write a SOAP note.' }));
      expect(answer.status).toBe(200);
      // The sample reads choices[0].message.content; soap's reader gives the same text from the same answer.
      expect(readChatAnswer(chatCompletionSchema.parse(answer.body)).text).toBe(answer.body.choices[0].message.content);
    }
  });

  it("soap's own transcript request keeps every field of seed 000's, adding the fallback model and speakers", () => {
    const seed = fill(json('seed-000-python-bodies.json').transcript_request, { upload_url: 'https://example.org/visit.mp3' });
    const ours = buildTranscriptRequest(seed.audio_url, { signal: new AbortController().signal, redactPii: true });
    expect(ours).toEqual({ ...seed, speech_models: ['universal-3-pro', 'universal-2'], speaker_labels: true, speakers_expected: 2 });
  });
});

describe('the JSON examples of API-delta.md section B', () => {
  const examples = json('api-delta-b.json');
  const hints = { auth: 'check the key', notFound: 'unknown or deleted' };
  const fields = { requestId: undefined, service: 'AssemblyAI LLM Gateway' };

  const errors = (examples.errors as Record<string, any>[]).map((e): [string, Record<string, any>] => [e.where as string, e]);
  it.each(errors)('%s parses to its message', (_where, example) => {
    let text = example.verbatim as string;
    for (const [elided, filled] of (example.elisions ?? []) as [string, string][]) text = text.replace(elided, filled);
    const body = JSON.parse(text);
    const err = mapHttpError(example.status, 'application/json', text, fields, hints);
    expect(err).not.toBeInstanceOf(InvalidResponseError);
    const message = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message);
    expect(err.message).toBe(`AssemblyAI LLM Gateway ${example.status}: ${message}`);
    if (body.request_id) expect(err.requestId).toBe(body.request_id);
    if (example.status === 401) expect(err).toBeInstanceOf(AuthError);
    if (example.status === 404) expect(err).toBeInstanceOf(NotFoundError);
  });

  it('the Medical Mode request is taken by the current reading, and its documented warning reaches the user', async () => {
    emu.reading = 'current';
    emu.medical = 'unsupported-language';
    expect(MEDICAL_LANGUAGE_WARNING).toBe(examples.medical_warning.verbatim);
    const created = await send('/v2/transcript', JSON.parse(`{"audio_url": "https://example.org/visit.mp3", ${examples.medical_request.verbatim}}`));
    expect(created.status).toBe(200);
    const polled = await fetch(`${emu.url}/v2/transcript/${created.body.id}`, { headers: { authorization: ASSEMBLYAI_TEST_KEY } });
    const transcript = transcriptSchema.parse(await polled.json());
    expect(readTranscriptNotices(transcript)).toEqual([`AssemblyAI warning for ${transcript.id}: ${examples.medical_warning.verbatim}`]);
  });

  it('the gateway response, filled in from its field sketch: first non-empty choice, Claude finish reason, input_tokens usage', () => {
    const answer = readChatAnswer(chatCompletionSchema.parse(examples.gateway_response.instance));
    expect(answer).toEqual({
      text: 'Subjective: knee pain.\nObjective: swelling.\nAssessment: sprain.\nPlan: rest.',
      finishReason: 'end_turn',
      usage: { input_tokens: 812, output_tokens: 64, total_tokens: 876 },
      requestId: 'b3f1c2de-0000-4000-8000-000000000001',
    });
  });
});
