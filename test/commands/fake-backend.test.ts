// Command logic tested through an injected fake backend: what each command asks of the backend and what it does
// with the answer, without an emulator (the HTTP exchanges have their own tests against the emulators).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthError, JobPendingError, StreamIncompleteError } from '../../src/errors.js';
import { ModelAnswerError } from '../../src/llm/index.js';
import type { Note, NoteRequest } from '../../src/note/index.js';
import { fakeBackend, runSoap } from '../helpers/run-cli.js';

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const TEXT = readFileSync(TRANSCRIPT, 'utf8');
const KEYED = { SOAPNOTEAPI_KEY: 'snapi_sk_test_fake0000', ASSEMBLYAI_API_KEY: 'aai-fake-key-0000' };
const NOTE: Note = { provider: 'soapnoteapi', noteId: 'note_fake', subjective: 'Knee pain.', objective: 'Swelling.', assessment: 'Sprain.', plan: 'Ice.' };

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'soap-fake-')), name);
  writeFileSync(path, text);
  return path;
}

describe('soap note through a fake backend', () => {
  it('builds the request from the flags and files, and prints the answer as JSON', async () => {
    const requests: NoteRequest[] = [];
    const fake = fakeBackend({ createNote: async (r) => (requests.push(r), NOTE) });
    const context = tempFile('ctx.json', JSON.stringify({ patient_info: { age: 40 } }));
    const r = await runSoap(['note', TRANSCRIPT, '-s', 'Nurse Practitioner', '--template', 'brief', '--context', context, '--billing-codes', '--json'], {
      env: KEYED,
      backend: fake,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(NOTE);
    expect(requests).toEqual([{ transcript: TEXT, specialty: 'nurse_practitioner', template: 'brief', context: { patient_info: { age: 40 } }, include_billing_codes: true }]);
    expect(fake.loads).toEqual([{ provider: 'soapnoteapi', options: { model: { maxTokens: 2000, method: 'whole' }, transcription: {} } }]);
  });

  it('hands the model options to the provider that takes them, and refuses them before any file is read for one that does not', async () => {
    const fake = fakeBackend({ createNote: async () => NOTE });
    const ok = await runSoap(['note', TRANSCRIPT, '-s', 'physician', '--provider', 'assemblyai', '--model', 'm1', '--max-tokens', '300', '--method', 'sections', '--json'], {
      env: KEYED,
      backend: fake,
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(fake.loads[0]).toEqual({ provider: 'assemblyai', options: { model: { model: 'm1', maxTokens: 300, method: 'sections' }, transcription: {} } });
    const refused = fakeBackend({});
    const r = await runSoap(['note', 'no-such-file.txt', '-s', 'physician', '--provider', 'soapnoteapi', '--model', 'm1'], { env: KEYED, backend: refused });
    expect(r.stderr).toBe('✗ --model only applies with --provider assemblyai or openai (the provider is soapnoteapi)\n');
    expect(r.code).toBe(2);
    expect(refused.loads).toEqual([]);
  });

  it('regenerates the named sections of the note given with --from', async () => {
    const calls: unknown[] = [];
    const fake = fakeBackend({ createNote: async (_r, regenerate) => (calls.push(regenerate), { ...NOTE, plan: 'new plan' }) });
    const from = tempFile('old.json', JSON.stringify(NOTE));
    const r = await runSoap(['note', TRANSCRIPT, '-s', 'physician', '--provider', 'openai', '--section', 'Plan', '--from', from, '--json'], { env: KEYED, backend: fake });
    expect(r.code, r.stderr).toBe(0);
    expect(calls).toEqual([{ previous: NOTE, sections: ['plan'] }]);
    expect(JSON.parse(r.stdout).plan).toBe('new plan');
  });

  it('prints a model answer that could not be read before the error line: it was paid for', async () => {
    const fake = fakeBackend({
      createNote: async () => {
        throw new ModelAnswerError('the model sent an answer without the sections Subjective, Objective, Assessment, Plan', 'Here is a note without headings.');
      },
    });
    const r = await runSoap(['note', TRANSCRIPT, '-s', 'physician', '--provider', 'openai'], { env: KEYED, backend: fake });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('Here is a note without headings.\n');
    expect(r.stderr).toMatch(/^✗ the model sent an answer without the sections/);
  });
});

describe('soap stream through a fake backend', () => {
  it('writes events as they come and marks what arrived before a cut as incomplete', async () => {
    const fake = fakeBackend({
      async *streamNote() {
        yield { section: 'subjective', content: 'Knee ' };
        yield { section: 'subjective', content: 'pain.' };
        throw new StreamIncompleteError('the stream ended before [DONE]: the note is incomplete', { hint: 'run the command again' });
      },
    });
    const r = await runSoap(['stream', TRANSCRIPT, '-s', 'physician'], { env: KEYED, backend: fake });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('SUBJECTIVE\nKnee pain.\n\n[incomplete: the stream ended early; the note above is partial]\n');
    expect(r.stderr).toBe('✗ the stream ended before [DONE]: the note is incomplete — run the command again\n');
  });
});

describe('soap audio and status through a fake backend', () => {
  const audio = 'fixtures/audio/encounter.mp3';

  it('--no-wait: prints the job id and the exact command that resumes it, exit 8', async () => {
    const fake = fakeBackend({ createAudioNote: async () => ({ pending: { id: 'note_job1', kind: 'note' } }) });
    const r = await runSoap(['audio', audio, '-s', 'physician', '--no-wait', '--base-url', 'http://127.0.0.1:9'], { env: KEYED, backend: fake });
    expect(r.code).toBe(8);
    expect(r.stdout).toBe('note_job1\n');
    expect(r.stderr).toBe('… note_job1 is still processing — resume with: soap status note_job1 --wait --base-url http://127.0.0.1:9\n');
  });

  it('a transcript left running names its provider and the specialty in the resume command', async () => {
    const fake = fakeBackend({
      createAudioNote: async () => {
        throw new JobPendingError('job t-1 is still running after 5 s', { id: 't-1', kind: 'transcript' });
      },
    });
    const r = await runSoap(['audio', audio, '-s', 'physician', '--provider', 'assemblyai', '--wait-timeout', '5'], { env: KEYED, backend: fake });
    expect(r.code).toBe(8);
    expect(r.stderr).toBe('✗ job t-1 is still running after 5 s — resume with: soap status t-1 --wait --specialty physician --provider assemblyai\n');
  });

  it('status prints a transcript, or writes its note when a specialty is given', async () => {
    const queries: unknown[] = [];
    const fake = fakeBackend({
      getJob: async (id, query) => {
        queries.push({ id, wait: query.wait, note: query.note });
        return query.note ? { note: { ...NOTE, provider: 'assemblyai' } } : { transcript: { id, text: 'Doctor: hello.' } };
      },
    });
    const plain = await runSoap(['status', 't-2', '--provider', 'assemblyai'], { env: KEYED, backend: fake });
    expect(plain.stdout).toBe('transcript t-2: completed\n\nDoctor: hello.\n');
    const noted = await runSoap(['status', 't-2', '--provider', 'assemblyai', '--wait', '-s', 'dentist', '--json'], { env: KEYED, backend: fake });
    expect(JSON.parse(noted.stdout)).toMatchObject({ provider: 'assemblyai', plan: 'Ice.' });
    expect(queries).toEqual([
      { id: 't-2', wait: false, note: undefined },
      { id: 't-2', wait: true, note: { specialty: 'dentist' } },
    ]);
  });

  it('refuses status for a provider that keeps no jobs, before loading it', async () => {
    const fake = fakeBackend({});
    const r = await runSoap(['status', 'abc'], { env: { ...KEYED, SOAP_PROVIDER: 'openai' }, backend: fake });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^✗ soap status looks up SOAPNoteAPI notes and AssemblyAI transcripts; --provider openai keeps no jobs/);
    // As a flag, it is not even offered.
    const flag = await runSoap(['status', 'abc', '--provider', 'openai'], { env: KEYED, backend: fake });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/argument 'openai' is invalid\. \(choices: soapnoteapi, assemblyai\)/);
    expect(fake.loads).toEqual([]);
  });
});

describe('batch through a fake backend', () => {
  it('a refused key stops the batch with exit 3, whatever the service called its error code', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'soap-fake-corpus-'));
    for (let i = 0; i < 5; i++) writeFileSync(join(corpus, `v${i}.txt`), `Visit ${i}. ${TEXT}`);
    let calls = 0;
    const fake = fakeBackend({
      createNote: async () => {
        calls++;
        throw new AuthError('OpenAI 401 invalid_api_key: Incorrect API key provided', { status: 401, code: 'invalid_api_key', requestId: undefined, service: 'OpenAI' });
      },
    });
    const report = join(corpus, '..', `${corpus.split('/').pop()}.ndjson`);
    const r = await runSoap(['note', corpus, '-s', 'physician', '--provider', 'openai', '--concurrency', '1', '--report', report], { env: { OPENAI_API_KEY: 'sk-x' }, backend: fake });
    expect(r.code).toBe(3);
    expect(calls).toBe(1);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { status: string; error: { code: string } });
    expect(lines.map((l) => l.error.code)).toEqual(['invalid_api_key', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED']);
  });
});
