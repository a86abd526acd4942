import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { ASSEMBLYAI_TEST_KEY, READINGS, TRANSCRIPT_TAG, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';

const FIXTURE = 'fixtures/transcripts/ankle-sprain.txt';
const AUDIO = 'fixtures/audio/encounter.mp3';
let aai: AssemblyAiEmulator;
let oai: OpenAiEmulator;
beforeAll(async () => {
  aai = await startAssemblyAiEmulator();
  oai = await startOpenAiEmulator();
});
afterEach(() => {
  aai.reset();
  oai.reset();
});
afterAll(async () => {
  await aai.close();
  await oai.close();
});
const aaiEnv = () => ({ ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_BASE_URL: aai.url, ASSEMBLYAI_LLM_GATEWAY_URL: aai.url });
const oaiEnv = () => ({ OPENAI_BASE_URL: oai.url });
const dir = mkdtempSync(join(tmpdir(), 'soap-providers-'));
const usage = { input_tokens: expect.any(Number), output_tokens: expect.any(Number), total_tokens: expect.any(Number) };

// Every command test of the gateways runs against both readings of the vendors' documents (issue 12): the seeds'
// and what AssemblyAI publishes now (API-delta.md B), as the emulators speak them (test/emulator/openai/reading.ts).
describe.each(READINGS)('%s reading', (reading) => {
  beforeEach(() => {
    aai.reading = reading;
    oai.reading = reading;
  });

  describe('--provider assemblyai', () => {
    it('note: the transcript goes straight to the gateway, the answer becomes the four named fields, usage kept', async () => {
      const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(aai.uploads).toHaveLength(0);
      expect(aai.completions).toHaveLength(1);
      const [completion] = aai.completions;
      expect(completion).toMatchObject({ model: 'claude-sonnet-4-6', max_tokens: 2000 });
      expect(completion!.messages[0]!.content).toContain('right ankle');
      const note = JSON.parse(r.stdout);
      expect(note).toMatchObject({ provider: 'assemblyai', model: 'claude-sonnet-4-6', usage });
      for (const s of ['subjective', 'objective', 'assessment', 'plan']) expect(note[s]).toMatch(/\S/);
    });

    it('--method sections sends one request per section; free text with headings is parsed too; usage added up', async () => {
      aai.answerStyle = 'headings';
      const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--method', 'sections', '--json'], { env: aaiEnv() });
      expect(r.code).toBe(0);
      expect(aai.completions).toHaveLength(4);
      const note = JSON.parse(r.stdout);
      expect(note.plan.length).toBeGreaterThan(0);
      const one = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--method', 'sections', '--section', 'plan', '--from', writeNote(note), '--json'], { env: aaiEnv() });
      expect(note.usage.output_tokens).toBeGreaterThan(JSON.parse(one.stdout).usage.output_tokens);
    });

    it('an answer that is neither JSON nor headed sections exits 1 and still hands over the raw answer', async () => {
      aai.answerStyle = 'garbage';
      const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv() });
      expect(r.code).toBe(1);
      expect(r.stdout.trim()).toBe(aai.completions[0]?.answer);
      expect(r.stderr).toMatch(/^✗ the model sent an answer/);
    });

    it('--section plan --from note.json regenerates only the plan', async () => {
      const from = writeNote({ provider: 'assemblyai', subjective: 'kept S', objective: 'kept O', assessment: 'kept A', plan: 'old plan' });
      const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--section', 'plan', '--from', from, '--json'], { env: aaiEnv() });
      expect(r.code).toBe(0);
      expect(aai.completions).toHaveLength(1);
      const note = JSON.parse(r.stdout);
      expect(note).toMatchObject({ subjective: 'kept S', objective: 'kept O', assessment: 'kept A' });
      expect(note.plan).not.toBe('old plan');
    });

    it('stream: SSE shown as sections form; where the gateway does not stream the model, one request and one notice', async () => {
      const r = await runSoap(['stream', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv() });
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.length).toBeGreaterThan(2);
      expect(Object.keys(lines.at(-1))).toEqual(expect.arrayContaining(['subjective', 'objective', 'assessment', 'plan']));
      const asked = aai.requests.filter((q) => q.path === '/v1/chat/completions').map((q) => (q.json as { stream?: boolean }).stream ?? false);
      if (reading === 'seeds') {
        expect(r.stderr).toBe('');
        expect(asked).toEqual([true]);
      } else {
        // March 2026: "Supported on OpenAI models only"; the default model is Claude.
        expect(r.stderr).toBe('! AssemblyAI LLM Gateway does not stream claude-sonnet-4-6: asking for the whole note in one request\n');
        expect(asked).toEqual([true, false]);
      }
    });

    it('summarize: validated into summary, key_findings and active_diagnoses', async () => {
      const visits = join(dir, 'visits.json');
      writeFileSync(visits, JSON.stringify({ visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] }));
      const r = await runSoap(['summarize', visits, '--provider', 'assemblyai', '--json'], { env: aaiEnv() });
      expect(r.code).toBe(0);
      expect(Object.keys(JSON.parse(r.stdout)).sort()).toEqual(['active_diagnoses', 'key_findings', 'summary']);
    });

    it('audio end to end with --redact-pii: streamed upload, both speech models, speakers, utterances in the prompt', async () => {
      aai.transcript.pollsUntilDone = 0;
      const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai', '--redact-pii', '--json'], { env: aaiEnv() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(aai.uploads).toEqual([{ sha256: createHash('sha256').update(readFileSync(AUDIO)).digest('hex'), size: readFileSync(AUDIO).length }]);
      const submit = aai.requests.find((q) => q.method === 'POST' && q.path === '/v2/transcript')!;
      expect(submit.headers.authorization).toBe(ASSEMBLYAI_TEST_KEY);
      // Issue 12: the seeds' ["universal-3-pro"] alone had no fallback for other languages.
      expect(submit.json).toMatchObject({ speech_models: ['universal-3-pro', 'universal-2'], redact_pii: true, speaker_labels: true, speakers_expected: 2 });
      expect(submit.json).not.toHaveProperty('speech_model');
      expect(submit.json).not.toHaveProperty('domain');
      expect(aai.completions[0]!.messages[0]!.content).toMatch(/Speaker [A-Z]:/);
      expect(aai.completions[0]).not.toHaveProperty('transcript_id');
      const note = JSON.parse(r.stdout);
      expect(note).toMatchObject({ provider: 'assemblyai', transcript_id: expect.any(String), speech_model_used: 'universal-3-pro', usage });
      expect(note.transcript).not.toMatch(/\b(?:Maria|Lopez)\b/);
    });

    // Issue 12: without speaker turns the note step used the {{ transcript }} tag and transcript_id, which the
    // current gateway refuses (and a gateway that ignored it would hand the model the bare tag).
    it('audio without speaker turns: the transcript text is written into the prompt, never the tag', async () => {
      aai.transcript.pollsUntilDone = 0;
      aai.transcript.utterances = false;
      const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai', '--json'], { env: aaiEnv() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const note = JSON.parse(r.stdout);
      const prompt = aai.completions[0]!.messages[0]!.content;
      expect(prompt).toContain(`<transcript>\n${note.transcript}\n</transcript>`);
      expect(prompt).not.toContain(TRANSCRIPT_TAG);
      expect(aai.completions[0]).not.toHaveProperty('transcript_id');
    });

    it('audio: a public URL skips the upload; redaction policies and substitution are passed on', async () => {
      aai.transcript.pollsUntilDone = 0;
      const url = 'https://recordings.example.org/visit-0042.mp3';
      const r = await runSoap(['audio', url, '-s', 'physician', '--provider', 'assemblyai', '--redact-pii', '--redact-pii-policies', 'person_name,organization', '--redact-pii-sub', 'entity_name', '--json'], { env: aaiEnv() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(aai.uploads).toHaveLength(0);
      const submit = aai.requests.find((q) => q.method === 'POST' && q.path === '/v2/transcript')!;
      expect(submit.json).toMatchObject({ audio_url: url, redact_pii: true, redact_pii_policies: ['person_name', 'organization'], redact_pii_sub: 'entity_name' });
    });

    it('audio: a transcript in error exits 1 with the service text', async () => {
      aai.transcript = { pollsUntilDone: 0, finalStatus: 'error', errorMessage: 'File does not appear to contain audio.' };
      const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai'], { env: aaiEnv() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/File does not appear to contain audio\./);
    });

    it('audio: --wait-timeout prints the transcript id and the command that resumes, which then writes the note', async () => {
      aai.transcript.pollsUntilDone = 2;
      const r = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'assemblyai', '--wait-timeout', '0.5'], { env: aaiEnv() });
      expect(r.code).toBe(8);
      const match = /resume with: (soap status (\S+) --wait --specialty physician --provider assemblyai)\n$/.exec(r.stderr);
      expect(match).not.toBeNull();
      aai.finishTranscripts();
      const resumed = await runSoap([...match![1]!.split(' ').slice(1), '--json'], { env: aaiEnv() });
      expect(resumed.code).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({ provider: 'assemblyai', transcript_id: match![2] });
      const bare = await runSoap(['status', match![2]!, '--provider', 'assemblyai'], { env: aaiEnv() });
      expect(bare.code).toBe(0);
      expect(bare.stdout).toMatch(/^transcript \S+: completed\n/);
    });

    it('status: an unknown or deleted transcript is a 404, said so, and not retried', async () => {
      const r = await runSoap(['status', 'no-such-transcript', '--provider', 'assemblyai'], { env: aaiEnv() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^✗ AssemblyAI 404: Transcript not found .*— no transcript with that id on this account \(unknown, or deleted\)/);
      expect(aai.requests).toHaveLength(1);
    });

    it('a bad key is an auth error (exit 3)', async () => {
      const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai'], { env: { ...aaiEnv(), ASSEMBLYAI_API_KEY: 'wrong-key-123' } });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/ASSEMBLYAI_API_KEY/);
    });
  });

  describe('--provider openai (any OpenAI-compatible server)', () => {
    it('note and audio reuse the gateway path; no key needed on loopback', async () => {
      const note = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'openai', '--model', 'llama3.1', '--json'], { env: oaiEnv() });
      expect(note.stderr).toBe('');
      expect(note.code).toBe(0);
      expect(JSON.parse(note.stdout)).toMatchObject({ provider: 'openai', model: 'llama3.1', usage });
      const audio = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'openai', '--json'], { env: oaiEnv() });
      expect(audio.code).toBe(0);
      expect(oai.requests.some((q) => q.path === '/v1/audio/transcriptions')).toBe(true);
      expect(JSON.parse(audio.stdout)).toMatchObject({ provider: 'openai', transcript: expect.any(String) });
    });

    it('stream works the same way', async () => {
      const r = await runSoap(['stream', FIXTURE, '-s', 'physician', '--provider', 'openai'], { env: oaiEnv() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^SUBJECTIVE\n/);
    });

    it('stream of a model the server will not stream: one whole request, one notice', async () => {
      const r = await runSoap(['stream', FIXTURE, '-s', 'physician', '--provider', 'openai', '--model', 'llama3.1'], { env: oaiEnv() });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^SUBJECTIVE\n[\s\S]*\nPLAN\n/);
      const asked = oai.completions.map((c) => c.stream);
      if (reading === 'seeds') expect(asked).toEqual([true]);
      else expect({ asked, stderr: r.stderr }).toEqual({ asked: [false], stderr: expect.stringMatching(/^! OpenAI-compatible server at \S+ does not stream llama3\.1: asking for the whole note in one request\n$/) });
    });
  });

  describe('every provider gives the same shape', () => {
    it('subjective, objective, assessment, plan and provider, whichever made it', async () => {
      const shapes = [];
      for (const [provider, env] of [['assemblyai', aaiEnv()], ['openai', oaiEnv()], ['local', {}]] as const) {
        const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', provider, '--json'], { env });
        expect(r.code).toBe(0);
        const note = JSON.parse(r.stdout);
        expect(note.provider).toBe(provider);
        shapes.push(['subjective', 'objective', 'assessment', 'plan'].every((k) => typeof note[k] === 'string'));
      }
      expect(shapes).toEqual([true, true, true]);
    });
  });
});

describe('flags of the gateways', () => {
  it('are refused for backends they do not apply to (exit 2)', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--model', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--model only applies with --provider assemblyai or openai/);
    const s = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'assemblyai', '--section', 'plan'], { env: aaiEnv() });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--section needs --from/);
    const p = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'openai', '--redact-pii'], { env: oaiEnv() });
    expect(p.code).toBe(2);
    const m = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'openai', '--medical'], { env: oaiEnv() });
    expect(m).toMatchObject({ code: 2, stderr: '✗ --medical only applies with --provider assemblyai (the provider is openai)\n' });
    const two = await runSoap(['audio', AUDIO, '-s', 'physician', '--provider', 'openai', '--speech-model', 'whisper-1', '--speech-model', 'whisper-large-v3'], { env: oaiEnv() });
    expect(two).toMatchObject({ code: 2, stderr: '✗ --speech-model takes one model with --provider openai, not 2\n' });
    expect(oai.requests).toHaveLength(0);
  });
});

function writeNote(note: object): string {
  const path = join(dir, `note-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(note));
  return path;
}
