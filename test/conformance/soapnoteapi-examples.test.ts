// SOAPNoteAPI's own examples, verbatim (fixtures/vendor-examples/soapnoteapi, sources in its README): every JSON and
// SSE example parses and renders fully, soap's requests match the vendor's, and the vendor's JavaScript samples run
// unchanged (base URL and key aside) against the emulator.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAudioAnswer } from '../../src/api/soapnoteapi/audio-upload.js';
import { readNoteStream } from '../../src/api/soapnoteapi/note-stream.js';
import { jobStatusSchema, soapNoteSchema } from '../../src/api/soapnoteapi/schemas.js';
import { AuthError, ConnectionError } from '../../src/errors.js';
import { renderNoteMarkdown, renderFhirJson } from '../../src/export/index.js';
import { mapHttpError } from '../../src/http/error-mapping.js';
import { isRetryableStatus } from '../../src/http/retry-policy.js';
import { readSseEvents } from '../../src/http/sse.js';
import { createStreamAssembly, noteContextSchema, noteRequestSchema, visitSummaryRequestSchema, visitSummarySchema, type StreamEvent } from '../../src/note/index.js';
import { renderNoteText } from '../../src/render/note-text.js';
import { renderVisitSummary } from '../../src/render/visit-summary.js';
import { PLAIN_STYLE } from '../../src/ui/style.js';
import { TEST_KEY, useEmulator } from '../helpers/emulator-env.js';
import { runSoap } from '../helpers/run-cli.js';
import { NOTE_ID, READINGS } from '../helpers/readings.js';
import { EXAMPLES_DIR, readExampleJson, readExampleText } from './vendor-examples.js';

const used = new Set<string>();
const json = (name: string) => (used.add(name), readExampleJson(name));
const text = (name: string) => (used.add(name), readExampleText(name));

/** Every string (and number) in an example, for "nothing was left out" checks. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** The output shows this text, whatever line breaks or table wrapping it went through. */
function expectShown(output: string, value: string, where: string): void {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  expect(flat(output), `${where} shows ${JSON.stringify(value).slice(0, 60)}`).toContain(flat(value));
}

/** A FHIR narrative as the text it shows: tags dropped, entities read. */
function readNarrative(xhtml: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return xhtml.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => entities[e]!);
}

async function streamEvents(sse: string): Promise<StreamEvent[]> {
  const events = readSseEvents({ body: Readable.from([Buffer.from(sse)]), classify: (err) => new ConnectionError('reset', { cause: err }) }, 'SOAPNoteAPI');
  const out: StreamEvent[] = [];
  for await (const e of readNoteStream({ events, requestId: undefined }, { auth: 'check the key' })) out.push(e);
  return out;
}

describe('answers: every example parses and every field it carries is rendered', () => {
  it.each(['004-note-response.json', '002-note-response.json', '001-audio-note-response.json'])('%s as text, Markdown and FHIR', (name) => {
    const example = json(name) as Record<string, unknown>;
    const note = soapNoteSchema.parse(example);
    const textOut = renderNoteText(note, PLAIN_STYLE, { decorate: false, showTranscript: true });
    for (const value of leaves(example)) expectShown(textOut, value, 'text');
    const markdown = renderNoteMarkdown(note);
    for (const value of leaves({ ...example, transcript: undefined })) expectShown(markdown, value, 'Markdown');
    // FHIR carries the note, its id and its codes with the disclaimer (a document has no place for the patient
    // summary, the transcript or the service's retention date).
    const fhir = leaves(JSON.parse(renderFhirJson(note, { now: new Date('2026-03-20T00:00:00Z') })))
      .map(readNarrative)
      .join(' ');
    const { transcript: _t, patient_summary: _p, expires_at: _e, ...exported } = example;
    for (const value of leaves(exported)) expectShown(fhir, value, 'FHIR');
  });

  it('004-billing-codes and 004-patient-summary fragments, in a note', () => {
    const note = soapNoteSchema.parse({ subjective: 'S', objective: 'O', assessment: 'A', plan: 'P', ...(json('004-billing-codes.fragment.json') as object), ...(json('004-patient-summary.fragment.json') as object) });
    const out = renderNoteText(note, PLAIN_STYLE, { decorate: false });
    for (const value of leaves({ codes: note.billing_codes, disclaimer: note.billing_codes_disclaimer, summary: note.patient_summary })) expectShown(out, value, 'text');
  });

  it('004-audio-accepted: a job to poll', () => {
    const data = jobStatusSchema.parse(json('004-audio-accepted.json'));
    expect(readAudioAnswer({ data, status: 202, requestId: undefined, attempts: 1 }, new URL('https://api.soapnoteapi.com'))).toEqual({ job: { id: 'note_01jfg8h4kx9a3bc7d2ef' } });
  });

  it('004-visit-summary-response', () => {
    const example = json('004-visit-summary-response.json');
    const out = renderVisitSummary(visitSummarySchema.parse(example), PLAIN_STYLE, false);
    for (const value of leaves(example)) expectShown(out, value, 'text');
  });

  it('004-error, delta-legacy-error and delta-validation-details: each mapped, none retried, details never shown', () => {
    const current = mapHttpError(401, 'application/json', text('004-error.json'), { requestId: undefined, service: 'SOAPNoteAPI' }, { auth: 'check the key' });
    expect(current).toBeInstanceOf(AuthError);
    expect(current.message).toBe('SOAPNoteAPI 401 invalid_api_key: The API key is missing or invalid.');
    const legacy = mapHttpError(401, 'application/json', text('delta-legacy-error.json'), { requestId: undefined, service: 'SOAPNoteAPI' }, { auth: 'check the key' });
    expect(legacy).toBeInstanceOf(AuthError);
    const body = JSON.stringify({ error: { code: 'VALIDATION_ERROR', message: 'Request validation failed', ...(json('delta-validation-details.fragment.json') as object) } });
    const invalid = mapHttpError(400, 'application/json', body, { requestId: undefined, service: 'SOAPNoteAPI' }, { auth: 'check the key' });
    expect(invalid.message).toBe('SOAPNoteAPI 400 VALIDATION_ERROR: Request validation failed');
    for (const err of [current, legacy, invalid]) expect(isRetryableStatus(err.status, err.code)).toBe(false);
  });

  it('004-stream-response ({section, content}) and delta-help-center-stream (content-only, as printed) build the note', async () => {
    const seeds = createStreamAssembly();
    for (const e of await streamEvents(text('004-stream-response.sse'))) seeds.add(e);
    expect(seeds.note()).toEqual({
      subjective: '42-year-old male with 3-week history of...',
      objective: 'Lumbar ROM restricted at 40° flexion...',
      assessment: 'Mechanical lower back pain, likely muscular...',
      plan: '1. NSAIDs PRN. 2. Physical therapy referral...',
    });
    const help = createStreamAssembly();
    for (const e of await streamEvents(text('delta-help-center-stream.sse'))) help.add(e);
    expect(help.note()).toEqual({ subjective: '52-year-old male presents with', objective: '', assessment: '', plan: '1. Continue ibuprofen...' });
  });
});

describe('requests: the vendor examples are what soap sends and what it accepts', () => {
  const { emu, env } = useEmulator({ reading: 'current' });

  it.each(['004-note-request.json', '002-note-request.json', '004-stream-request.json', '002-stream-request.json'])('%s is a valid note request', (name) => {
    expect(noteRequestSchema.parse(json(name))).toEqual(readExampleJson(name));
  });

  it("soap note with 004's context and options sends 004's request, field for field", async () => {
    const example = json('004-note-request.json') as { transcript: string; context: unknown };
    expect(noteContextSchema.parse(example.context)).toEqual(example.context);
    const dir = mkdtempSync(join(tmpdir(), 'soap-conformance-'));
    writeFileSync(join(dir, 'context.json'), JSON.stringify(example.context));
    writeFileSync(join(dir, 'transcript.txt'), example.transcript);
    const r = await runSoap(['note', join(dir, 'transcript.txt'), '-s', 'nurse_practitioner', '--billing-codes', '--patient-summary', '--context', join(dir, 'context.json'), '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(emu().requests[0]!.json).toEqual(example);
  });

  it("soap summarize sends 004's visit summary request as it is", async () => {
    const example = json('004-visit-summary-request.json');
    expect(visitSummaryRequestSchema.parse(example)).toEqual(example);
    const dir = mkdtempSync(join(tmpdir(), 'soap-conformance-'));
    writeFileSync(join(dir, 'visits.json'), JSON.stringify(example));
    const r = await runSoap(['summarize', join(dir, 'visits.json'), '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(emu().requests[0]!.json).toEqual(example);
  });

  it("soap audio sends the help center's metadata part, byte for byte", async () => {
    const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'nurse_practitioner', '--billing-codes', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(emu().requests[0]!.multipart!.fields.metadata).toBe(text('delta-audio-metadata.json').trim());
  });
});

/** Runs a sample as the vendor wrote it, in its own folder, with the base URL swapped for the emulator's. */
function runSample(name: string, baseUrl: string, files: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'soap-sample-'));
  writeFileSync(join(dir, name), text(name).replaceAll('https://api.soapnoteapi.com', baseUrl));
  for (const file of files) copyFileSync(file, join(dir, file.split('/').at(-1)!));
  const child = spawn(process.execPath, [name], { cwd: dir, env: { PATH: process.env.PATH, SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTE_API_KEY: TEST_KEY } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe.each(READINGS)("the vendor's JavaScript samples run unchanged against the emulator (%s reading)", (reading) => {
  const { emu } = useEmulator({ reading });

  it('002-generate-note.mjs prints the four sections', async () => {
    const r = await runSample('002-generate-note.mjs', emu().url);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Patient reports: "Patient is a 42-year-old male presenting with persistent lower back pain..."');
    expect(emu().requests[0]!.json).toEqual({ transcript: 'Patient is a 42-year-old male presenting with persistent lower back pain...', specialty: 'nurse_practitioner', template: 'standard' });
  });

  it.runIf(reading === 'seeds')('001-upload-audio.mjs uploads encounter.mp3 and prints the note id and status', async () => {
    const r = await runSample('001-upload-audio.mjs', emu().url, ['fixtures/audio/encounter.mp3']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [id, status] = r.stdout.trim().split('\n');
    expect(id).toMatch(new RegExp(`^Note ID: ${NOTE_ID.seeds.source.slice(1)}`));
    expect(status).toBe('Status: completed');
    expect(emu().requests[0]!.multipart!.files[0]).toMatchObject({ field: 'audio', filename: 'encounter.mp3', contentType: 'audio/mpeg' });
  });
});

describe('every example file is checked', () => {
  it('has no fixture that no test reads', () => {
    const files = readdirSync(EXAMPLES_DIR).filter((f) => f !== 'README.md');
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });
});
