import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';

const FIXTURE = 'fixtures/transcripts/ankle-sprain.txt';
const AUDIO = 'fixtures/audio/encounter.mp3';

/** Each test gets its own emulators (started only when it asks for them), so the tests run concurrently. */
const it = test.extend<{ aai: AssemblyAiEmulator; oai: OpenAiEmulator; aaiEnv: Record<string, string>; oaiEnv: Record<string, string> }>({
  // Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  aai: async ({}, use) => {
    const aai = await startAssemblyAiEmulator();
    await use(aai);
    await aai.close();
  },
  // eslint-disable-next-line no-empty-pattern
  oai: async ({}, use) => {
    const oai = await startOpenAiEmulator();
    await use(oai);
    await oai.close();
  },
  aaiEnv: async ({ aai }, use) => use({ ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_BASE_URL: aai.url, ASSEMBLYAI_LLM_GATEWAY_URL: aai.url }),
  oaiEnv: async ({ oai }, use) => use({ OPENAI_BASE_URL: oai.url }),
});
const dir = mkdtempSync(join(tmpdir(), 'soap-providers-'));

describe.concurrent('--provider assemblyai', () => {
  it('note: the transcript goes straight to the gateway, the answer becomes the four named fields', async ({ aai, aaiEnv, expect }) => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(aai.uploads).toHaveLength(0);
    expect(aai.completions).toHaveLength(1);
    const [completion] = aai.completions;
    expect(completion).toMatchObject({ model: 'claude-sonnet-4-6' });
    expect(completion!.messages[0]!.content).toContain('right ankle');
    const note = JSON.parse(r.stdout);
    expect(note).toMatchObject({ provider: 'assemblyai', model: 'claude-sonnet-4-6' });
    for (const s of ['subjective', 'objective', 'assessment', 'plan']) expect(typeof note[s]).toBe('string');
  });

  it('--method sections sends one request per section; free text with headings is parsed too', async ({ aai, aaiEnv, expect }) => {
    aai.answerStyle = 'headings';
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--method', 'sections', '--json'], { env: aaiEnv });
    expect(r.code).toBe(0);
    expect(aai.completions).toHaveLength(4);
    expect(JSON.parse(r.stdout).plan.length).toBeGreaterThan(0);
  });

  it('an answer that is neither JSON nor headed sections exits 1 and still hands over the raw answer', async ({ aai, aaiEnv, expect }) => {
    aai.answerStyle = 'garbage';
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^✗ the model sent an answer/);
  });

  it('--section plan --from note.json regenerates only the plan', async ({ aai, aaiEnv, expect }) => {
    const from = join(dir, 'earlier.json');
    writeFileSync(from, JSON.stringify({ provider: 'assemblyai', subjective: 'kept S', objective: 'kept O', assessment: 'kept A', plan: 'old plan' }));
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--section', 'plan', '--from', from, '--json'], { env: aaiEnv });
    expect(r.code).toBe(0);
    expect(aai.completions).toHaveLength(1);
    const note = JSON.parse(r.stdout);
    expect(note).toMatchObject({ subjective: 'kept S', objective: 'kept O', assessment: 'kept A' });
    expect(note.plan).not.toBe('old plan');
  });

  it('stream: OpenAI-style SSE shown as sections form', async ({ aaiEnv, expect }) => {
    const r = await runSoap(['stream', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(2);
    expect(Object.keys(lines.at(-1))).toEqual(expect.arrayContaining(['subjective', 'objective', 'assessment', 'plan']));
  });

  it('summarize: validated into summary, key_findings and active_diagnoses', async ({ aaiEnv, expect }) => {
    const visits = join(dir, 'visits.json');
    writeFileSync(visits, JSON.stringify({ visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] }));
    const r = await runSoap(['summarize', visits, '--provider', 'assemblyai', '--json'], { env: aaiEnv });
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout)).sort()).toEqual(['active_diagnoses', 'key_findings', 'summary']);
  });

  it('audio end to end with --redact-pii: streamed upload, speaker labels, utterances in the prompt', async ({ aai, aaiEnv, expect }) => {
    aai.transcript.pollsUntilDone = 1;
    const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai', '--redact-pii', '--json'], { env: aaiEnv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(aai.uploads).toEqual([{ sha256: createHash('sha256').update(readFileSync(AUDIO)).digest('hex'), size: readFileSync(AUDIO).length }]);
    const submit = aai.requests.find((q) => q.method === 'POST' && q.path === '/v2/transcript')!;
    expect(submit.headers.authorization).toBe(ASSEMBLYAI_TEST_KEY);
    expect(submit.json).toMatchObject({ speech_models: ['universal-3-pro'], redact_pii: true, speaker_labels: true });
    expect(aai.completions[0]!.messages[0]!.content).toMatch(/Speaker [A-Z]:/);
    const note = JSON.parse(r.stdout);
    expect(note).toMatchObject({ provider: 'assemblyai', transcript_id: expect.any(String) });
    expect(note.transcript).not.toMatch(/\b(?:Maria|Lopez)\b/);
  });

  it('audio: a public URL skips the upload; redaction policies and substitution are passed on', async ({ aai, aaiEnv, expect }) => {
    aai.transcript.pollsUntilDone = 0;
    const url = 'https://recordings.example.org/visit-0042.mp3';
    const r = await runSoap(['audio', url, '-s', 'physician', '--provider', 'assemblyai', '--redact-pii', '--redact-pii-policies', 'person_name,organization', '--redact-pii-sub', 'entity_name', '--json'], { env: aaiEnv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(aai.uploads).toHaveLength(0);
    const submit = aai.requests.find((q) => q.method === 'POST' && q.path === '/v2/transcript')!;
    expect(submit.json).toMatchObject({ audio_url: url, redact_pii: true, redact_pii_policies: ['person_name', 'organization'], redact_pii_sub: 'entity_name' });
  });

  it('audio: a transcript in error exits 1 with the service text', async ({ aai, aaiEnv, expect }) => {
    aai.transcript = { pollsUntilDone: 0, finalStatus: 'error', errorMessage: 'File does not appear to contain audio.' };
    const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai'], { env: aaiEnv });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/File does not appear to contain audio\./);
  });

  it('audio: --wait-timeout prints the transcript id and the command that resumes, which then writes the note', async ({ aai, aaiEnv, expect }) => {
    aai.transcript.pollsUntilDone = 2;
    const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai', '--wait-timeout', '0.5'], { env: aaiEnv });
    expect(r.code).toBe(8);
    const match = /resume with: (soap status (\S+) --wait --specialty physician --provider assemblyai)\n$/.exec(r.stderr);
    expect(match).not.toBeNull();
    const resumed = await runSoap([...match![1]!.split(' ').slice(1), '--json'], { env: aaiEnv });
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ provider: 'assemblyai', transcript_id: match![2] });
    const bare = await runSoap(['status', match![2]!, '--provider', 'assemblyai'], { env: aaiEnv });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toMatch(/^transcript \S+: completed\n/);
  });

  it('a bad key is an auth error (exit 3)', async ({ aaiEnv, expect }) => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai'], { env: { ...aaiEnv, ASSEMBLYAI_API_KEY: 'wrong-key-123' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ASSEMBLYAI_API_KEY/);
  });
});

describe.concurrent('--provider openai (any OpenAI-compatible server)', () => {
  it('note and audio reuse the gateway path; no key needed on loopback', async ({ oai, oaiEnv, expect }) => {
    const note = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'openai', '--model', 'llama3.1', '--json'], { env: oaiEnv });
    expect(note.stderr).toBe('');
    expect(note.code).toBe(0);
    expect(JSON.parse(note.stdout)).toMatchObject({ provider: 'openai', model: 'llama3.1' });
    const audio = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'openai', '--json'], { env: oaiEnv });
    expect(audio.code).toBe(0);
    expect(oai.requests.some((q) => q.path === '/v1/audio/transcriptions')).toBe(true);
    expect(JSON.parse(audio.stdout)).toMatchObject({ provider: 'openai', transcript: expect.any(String) });
  });

  it('stream works the same way', async ({ oaiEnv, expect }) => {
    const r = await runSoap(['stream', FIXTURE, '-s', 'physician', '--provider', 'openai'], { env: oaiEnv });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SUBJECTIVE\n/);
  });
});

describe.concurrent('every provider gives the same shape', () => {
  it('subjective, objective, assessment, plan and provider, whichever made it', async ({ aaiEnv, oaiEnv, expect }) => {
    const shapes = [];
    for (const [provider, env] of [['assemblyai', aaiEnv], ['openai', oaiEnv], ['local', {}]] as const) {
      const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', provider, '--json'], { env });
      expect(r.code).toBe(0);
      const note = JSON.parse(r.stdout);
      expect(note.provider).toBe(provider);
      shapes.push(['subjective', 'objective', 'assessment', 'plan'].every((k) => typeof note[k] === 'string'));
    }
    expect(shapes).toEqual([true, true, true]);
  });

  it('gateway flags are refused for backends they do not apply to (exit 2)', async ({ aaiEnv, oaiEnv, expect }) => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--model', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--model only applies with --provider assemblyai or openai/);
    const s = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--section', 'plan'], { env: aaiEnv });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--section needs --from/);
    const p = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'openai', '--redact-pii'], { env: oaiEnv });
    expect(p.code).toBe(2);
  });
});
