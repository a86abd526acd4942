import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { abortAfterRequests, useEmulator } from '../helpers/emulator-env.js';
import { READINGS } from '../helpers/readings.js';
import { INCOMPLETE_MARKER } from '../../src/render/stream-writer.js';

const FIXTURE = 'fixtures/transcripts/ankle-sprain.txt';
const SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;
const TITLES = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

describe.each(READINGS)('soap stream (%s reading)', (reading) => {
  const { emu, env } = useEmulator({ reading });
  const stream = (...extra: string[]) => ['stream', FIXTURE, '-s', 'physician', ...extra];

  /** The note the emulator would return for the same request, for comparison. */
  async function referenceNote(): Promise<Record<string, string>> {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    emu().reset();
    return JSON.parse(r.stdout);
  }

  it('prints the note as it streams, exactly as received, and asks for SSE', async () => {
    const reference = await referenceNote();
    const r = await runSoap(stream(), { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.path).toBe('/v1/stream/note');
    expect(emu().requests[0]!.headers.accept).toBe('text/event-stream');
    // Section events are shown under headings of their sections; content-only chunks as they are (the headings are in the text).
    const expected =
      reading === 'seeds'
        ? SECTIONS.map((s) => `${s.toUpperCase()}\n${reference[s]}`).join('\n\n')
        : SECTIONS.map((s) => `${TITLES[s]}:\n${reference[s]}`).join('\n\n');
    expect(r.stdout).toBe(`${expected}\n`);
  });

  it('--json writes one line per event as received, then the assembled note', async () => {
    const reference = await referenceNote();
    const r = await runSoap(stream('--json'), { env: env() });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const events = lines.slice(0, -1);
    expect(events.length).toBeGreaterThan(4);
    for (const e of events) expect(Object.keys(e)).toEqual(reading === 'seeds' ? ['section', 'content'] : ['content']);
    expect(lines.at(-1)).toEqual({ subjective: reference.subjective, objective: reference.objective, assessment: reference.assessment, plan: reference.plan });
  });

  it('writes events as they arrive, not at the end', async () => {
    emu().stream.intervalMs = 40;
    const writes: number[] = [];
    const r = await runSoap(stream('--json'), { env: env(), onStdoutWrite: () => writes.push(Date.now()) });
    expect(r.code).toBe(0);
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.at(-2)! - writes[0]!).toBeGreaterThan(200);
  });

  it('a steady stream longer than --timeout is not cut: only silence times a stream out', async () => {
    emu().stream = { chunkSize: 120, intervalMs: 250 };
    const started = Date.now();
    const r = await runSoap(stream('--json', '--timeout', '0.6', '--max-retries', '0'), { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(900);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!).plan).toMatch(/^Plan \(template/);
  });

  it('a stream cut before [DONE] exits 1 and keeps what arrived, marked incomplete', async () => {
    emu().stream.truncateAfterEvents = 3;
    const r = await runSoap(stream(), { env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(reading === 'seeds' ? /^SUBJECTIVE\n/ : /^Subjective:\n/);
    expect(r.stdout).toContain(INCOMPLETE_MARKER);
    expect(r.stderr).toMatch(/^✗ the stream ended before \[DONE\]: the note is incomplete — run the command again\n$/);
    const json = await runSoap(stream('--json'), { env: env() });
    expect(JSON.parse(json.stdout.trim().split('\n').at(-1)!)).toMatchObject({ incomplete: true });
  });

  it('an error event mid-stream becomes the same typed error as in soap note', async () => {
    emu().stream.errorAfterEvents = { code: 'INSUFFICIENT_BALANCE', message: 'Add funds to continue', afterEvents: 2 };
    const r = await runSoap(stream(), { env: env() });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/(INSUFFICIENT_BALANCE|insufficient_balance): Add funds to continue.*add funds/);
    expect(r.stdout).toContain(INCOMPLETE_MARKER);
    emu().stream.errorAfterEvents = { code: 'INTERNAL_ERROR', message: 'model crashed', afterEvents: 1 };
    const r2 = await runSoap(stream(), { env: env() });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/500 (INTERNAL_ERROR|internal_error): model crashed/);
  });

  it('an error answer before the stream starts is mapped and retried like any request', async () => {
    emu().fault({ path: '/v1/stream/note', status: 503, code: 'SERVICE_UNAVAILABLE', headers: { 'retry-after-ms': '10' } });
    const ok = await runSoap(stream('--json'), { env: env() });
    expect(ok.code).toBe(0);
    expect(emu().requests).toHaveLength(2);
    emu().fault({ path: '/v1/stream/note', status: 401, code: 'AUTHENTICATION_ERROR' });
    expect((await runSoap(stream(), { env: env() })).code).toBe(3);
    emu().fault({ path: '/v1/stream/note', status: 400, code: 'VALIDATION_ERROR', message: 'transcript is required' });
    const bad = await runSoap(stream(), { env: env() });
    expect([bad.code, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toMatch(/^✗ SOAPNoteAPI 400 (VALIDATION_ERROR|validation_error): transcript is required/);
  });

  it('a stream that stalls longer than the timeout is a timeout error', async () => {
    emu().fault({ path: '/v1/stream/note', stallMs: 4000 });
    const started = Date.now();
    const r = await runSoap(stream('--timeout', '0.5', '--max-retries', '0'), { env: env() });
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.stderr).toMatch(/timed out|did not finish within 0\.5 s/);
    expect(r.stdout).toContain(INCOMPLETE_MARKER);
  });

  it('Ctrl-C aborts the request and exits 130', async () => {
    emu().stream.intervalMs = 100;
    const controller = new AbortController();
    const stop = abortAfterRequests(emu, controller, /^\/v1\/stream\/note$/, 1);
    // Let a few events arrive first, so there is a partial note to keep.
    const delayed = new AbortController();
    controller.signal.addEventListener('abort', () => setTimeout(() => delayed.abort(), 250));
    const r = await runSoap(stream(), { env: env(), signal: delayed.signal });
    stop();
    expect(r.code).toBe(130);
    expect(r.stdout).toContain(INCOMPLETE_MARKER);
  });

  it('--output writes the whole note once it is complete, and nothing on a broken stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-stream-'));
    const ok = await runSoap(stream('--json', '-o', join(dir, 'n.json')), { env: env() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'n.json'), 'utf8')))).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    emu().stream.truncateAfterEvents = 2;
    const cut = await runSoap(stream('--json', '-o', join(dir, 'm.json')), { env: env() });
    expect(cut.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['n.json']);
  });

  it('refuses bad input before sending', async () => {
    const r = await runSoap(['stream', 'missing.txt', '-s', 'physician'], { env: env() });
    expect(r.code).toBe(2);
    expect(emu().requests).toHaveLength(0);
    const empty = await runSoap(['stream', FIXTURE, '-s', 'physician', '--instructions', ' '], { env: env() });
    expect([empty.code, empty.stderr]).toEqual([2, '✗ --instructions is empty — give the text, or @file to read it from a file\n']);
    expect(emu().requests).toHaveLength(0);
  });

  it('sends --instructions and --icd11 with the stream request', async () => {
    const r = await runSoap(stream('--json', '--instructions', 'Short sentences.', '--icd11'), { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ include_icd11: true, context: { custom_instructions: 'Short sentences.' } });
  });
});

describe('soap stream reads the SSE spec, not one server', () => {
  const { emu, env } = useEmulator();

  it('ignores keep-alives, takes a chunk saying "error" as text, [DONE] as the last line, and merges a final full note', async () => {
    const body = [
      ': connected',
      '',
      'event: ping',
      'data: {}',
      '',
      'data:{"content":"Subjective:\\nFeels an error in the knee"}',
      '',
      'data: {}',
      '',
      'data: {"content":"\\n\\nPlan:\\nIce."}',
      '',
      'data: {"noteId":"a1b2c3d4-e5f6-7890-abcd-ef1234567890","billing_codes":{"hcpcs":[{"code":"G2211","description":null}]},"billing_codes_disclaimer":null,"expires_at":null}',
      '',
      'data: [DONE]',
    ].join('\r\n');
    emu().fault({ path: '/v1/stream/note', rawBody: body, contentType: 'text/event-stream' });
    const r = await runSoap(['stream', FIXTURE, '-s', 'physician'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Subjective:\nFeels an error in the knee\n\nPlan:\nIce.\n\nBILLING CODES\nHCPCS {2}G2211\nRecommended codes for review\..*\n\nnote a1b2c3d4-e5f6-7890-abcd-ef1234567890\n$/s);
    emu().fault({ path: '/v1/stream/note', rawBody: body, contentType: 'text/event-stream' });
    const json = await runSoap(['stream', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    expect(JSON.parse(json.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      subjective: 'Feels an error in the knee',
      objective: '',
      plan: 'Ice.',
      noteId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
      billing_codes: { hcpcs: [{ code: 'G2211', description: null }] },
    });
  });
});
