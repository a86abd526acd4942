import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator, type Fault, type RecordedRequest } from '../emulator/index.js';
import { ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';

/**
 * Every endpoint `soap` calls, each with the command that reaches it and how to make the emulator ready for it.
 * A case gets emulators of its own (they cost about 0.2 ms), so the fault matrix and the secrets suite can run their
 * cases concurrently without sharing a fault queue.
 */

export const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
export const AUDIO = 'fixtures/audio/encounter.mp3';

export type ServiceName = 'soapnoteapi' | 'assemblyai' | 'openai';
/** json: one answer read whole; sse: a stream read event by event. */
export type AnswerKind = 'json' | 'sse';

/** Whichever emulator a case talks to, seen through the parts every one of them has. */
export interface AnyEmulator {
  url: string;
  requests: RecordedRequest[];
  fault(f: Fault): void;
  close(): Promise<void>;
}

export interface Running {
  service: ServiceName;
  emu: AnyEmulator;
  snapi?: Emulator;
  aai?: AssemblyAiEmulator;
  oai?: OpenAiEmulator;
  /** Environment that points `soap` at the emulator with a valid key. */
  env: Record<string, string>;
  /** When each request arrived (ms), to measure the wait between attempts. */
  arrivals: WeakMap<RecordedRequest, number>;
  /** Called as each request arrives, before the emulator picks its fault. */
  onArrival?: (request: RecordedRequest) => void;
  /** Headers a case scripted, kept to check what they asked for. */
  scripted: Record<string, string>;
  /** The transcript and visits files commands read (the sentinel test swaps in its own). */
  transcript: string;
  visits: string;
}

export interface StartOptions {
  /** Keys the emulators accept and `soap` is given, instead of the test keys. */
  keys?: { soapnoteapi?: string; assemblyai?: string; openai?: string };
  transcript?: string;
  visits?: string;
}

export interface Endpoint {
  /** `SOAPNoteAPI POST /v1/note`: how the case is named. */
  name: string;
  service: ServiceName;
  method: 'GET' | 'POST';
  path: RegExp;
  kind: AnswerKind;
  /** How the service names itself in messages (a function: the OpenAI-compatible name carries the port). */
  label(run: Running): string;
  /** How stream errors (read by the SSE parsers, not the HTTP core) name the service. */
  streamLabel?: RegExp;
  /** The variable the 401/403 hint tells the user to set. */
  keyVar: string;
  /** The command that calls this endpoint, once the emulator is ready (prepare may create what it needs). */
  args(run: Running): Promise<string[]>;
  /** A 200 body that parses as JSON but breaks the contract, and the field the message must name. */
  schemaBreak: { body: string; contentType?: string; field: RegExp };
  /** A 200 body that is not JSON (for SSE: an event whose data is not JSON). */
  malformed: { body: string; contentType?: string; message: RegExp };
  /** The base URL the first call of the command goes to; false when earlier calls share it (refusal cannot be aimed). */
  firstCall: boolean;
  /** What a 404 means here (only endpoints that look something up by id), and how many 404s end the command. */
  notFound?: { message: RegExp; useExpire?: boolean; requests?: number };
  /** Called again and again by a poll loop until a job is done. */
  poller?: boolean;
  /** The file an upload endpoint sends, for the "whole file re-sent" check. */
  upload?: string;
}

const SPECIALTY = ['-s', 'physician'];
const scratch = mkdtempSync(join(tmpdir(), 'soap-reliability-'));
const VISITS = join(scratch, 'visits.json');
writeFileSync(VISITS, JSON.stringify({ visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] }));

function recordArrivals(requests: RecordedRequest[], arrivals: WeakMap<RecordedRequest, number>, run: () => Running | undefined): void {
  // The emulators push each request as it arrives, then take the first matching fault: stamping the push gives the
  // gap between attempts, and a fault queued in onArrival is the one this very request gets.
  const push = requests.push.bind(requests);
  requests.push = (...items: RecordedRequest[]) => {
    for (const item of items) {
      arrivals.set(item, Date.now());
      run()?.onArrival?.(item);
    }
    return push(...items);
  };
}

export async function startFor(service: ServiceName, opts: StartOptions = {}): Promise<Running> {
  const arrivals = new WeakMap<RecordedRequest, number>();
  let running: Running | undefined;
  const self = () => running;
  const files = { arrivals, scripted: {}, transcript: opts.transcript ?? TRANSCRIPT, visits: opts.visits ?? VISITS };
  if (service === 'soapnoteapi') {
    // Any snapi_sk_test_… key is accepted by this emulator.
    const snapi = await startEmulator();
    recordArrivals(snapi.requests, arrivals, self);
    running = { service, emu: snapi, snapi, ...files, env: { SOAPNOTEAPI_KEY: opts.keys?.soapnoteapi ?? TEST_KEY, SOAPNOTEAPI_BASE_URL: snapi.url } };
    return running;
  }
  if (service === 'assemblyai') {
    const key = opts.keys?.assemblyai ?? ASSEMBLYAI_TEST_KEY;
    const aai = await startAssemblyAiEmulator({ keys: [key] });
    // Completed at the first poll: the cases measure faults, not the transcription wait.
    aai.transcript.pollsUntilDone = 0;
    recordArrivals(aai.requests, arrivals, self);
    running = { service, emu: aai, aai, ...files, env: { ASSEMBLYAI_API_KEY: key, ASSEMBLYAI_BASE_URL: aai.url, ASSEMBLYAI_LLM_GATEWAY_URL: aai.url } };
    return running;
  }
  // A key is required by this emulator so that 401/403 cases mean what they say.
  const key = opts.keys?.openai ?? OPENAI_TEST_KEY;
  const oai = await startOpenAiEmulator({ apiKey: key });
  recordArrivals(oai.requests, arrivals, self);
  running = { service, emu: oai, oai, ...files, env: { OPENAI_API_KEY: key, OPENAI_BASE_URL: oai.url } };
  return running;
}

/** Creates a completed note on the emulator, for `soap status`. */
async function createNote(run: Running): Promise<string> {
  const res = await fetch(`${run.emu.url}/v1/note`, {
    method: 'POST',
    headers: { authorization: `Bearer ${run.env.SOAPNOTEAPI_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ transcript: 'Patient reports knee pain after a fall while running two days ago; swelling noted.', specialty: 'physician' }),
  });
  const { noteId } = (await res.json()) as { noteId: string };
  // The setup call is not part of what the case counts.
  run.emu.requests.length = 0;
  return noteId;
}

const NOTE_WITHOUT_PLAN = JSON.stringify({ noteId: 'note_x', subjective: 's', objective: 'o', assessment: 'a' });
const SSE = 'text/event-stream';
const snapiLabel = () => 'SOAPNoteAPI';
const SNAPI = { service: 'soapnoteapi' as const, label: snapiLabel, keyVar: 'SOAPNOTEAPI_KEY' };
const JSON_MALFORMED = { body: '{"noteId": "note_x", "subj', message: /malformed JSON/ };
const CHAT_WITHOUT_CHOICES = { body: JSON.stringify({ id: 'c', object: 'chat.completion', created: 1, model: 'm' }), field: /choices/ };
const CHAT_SSE_MALFORMED = { body: 'data: {"choices": [\n\n', contentType: SSE, message: /stream event that is not JSON/ };
// The chat stream parser says "an unexpected shape" without the field (src/llm/parse-chat-stream.ts); see the report.
const CHAT_SSE_SCHEMA = { body: 'data: {"choices": "none"}\n\ndata: [DONE]\n\n', contentType: SSE, field: /unexpected shape/ };

export const ENDPOINTS: Endpoint[] = [
  {
    ...SNAPI,
    name: 'SOAPNoteAPI POST /v1/note',
    method: 'POST',
    path: /^\/v1\/note$/,
    kind: 'json',
    args: async (run) => ['note', run.transcript, ...SPECIALTY],
    schemaBreak: { body: NOTE_WITHOUT_PLAN, field: /plan/ },
    malformed: JSON_MALFORMED,
    firstCall: true,
  },
  {
    ...SNAPI,
    name: 'SOAPNoteAPI POST /v1/stream/note',
    method: 'POST',
    path: /^\/v1\/stream\/note$/,
    kind: 'sse',
    streamLabel: /SOAPNoteAPI/,
    args: async (run) => ['stream', run.transcript, ...SPECIALTY],
    schemaBreak: { body: 'data: {"text": "no section"}\n\ndata: [DONE]\n\n', contentType: SSE, field: /section/ },
    malformed: { body: 'data: {"section": \n\n', contentType: SSE, message: /stream event that is not JSON/ },
    firstCall: true,
  },
  {
    ...SNAPI,
    name: 'SOAPNoteAPI POST /v1/note/audio',
    method: 'POST',
    path: /^\/v1\/note\/audio$/,
    kind: 'json',
    args: async () => ['audio', AUDIO, ...SPECIALTY],
    schemaBreak: { body: JSON.stringify({ noteId: 'note_x', status: 'completed', subjective: 's', objective: 'o', assessment: 'a' }), field: /plan/ },
    malformed: JSON_MALFORMED,
    firstCall: true,
    upload: AUDIO,
  },
  {
    ...SNAPI,
    name: 'SOAPNoteAPI GET /v1/audio/status/:id',
    method: 'GET',
    path: /^\/v1\/audio\/status\//,
    kind: 'json',
    args: async (run) => {
      // 202 and polling: the recording is answered asynchronously and done at the first poll.
      run.snapi!.audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'completed' };
      return ['audio', AUDIO, ...SPECIALTY];
    },
    // Any status string is read (an unknown one means still running), so only a status that is not a string breaks it.
    schemaBreak: { body: JSON.stringify({ status: 42 }), field: /status/ },
    malformed: JSON_MALFORMED,
    firstCall: false,
    // A 404 right after the upload may be the service catching up: two are waited out, the third is final.
    notFound: { message: /notes expire after the retention period/, requests: 3 },
    poller: true,
  },
  {
    ...SNAPI,
    name: 'SOAPNoteAPI GET /v1/note/:id',
    method: 'GET',
    path: /^\/v1\/note\/note_/,
    kind: 'json',
    args: async (run) => ['status', await createNote(run)],
    schemaBreak: { body: JSON.stringify({ status: 42 }), field: /status/ },
    malformed: JSON_MALFORMED,
    firstCall: true,
    // The service's own 404 says it (either case); soap does not say it twice.
    notFound: { message: /[Nn]otes expire after the retention period/, useExpire: true },
  },
  {
    ...SNAPI,
    name: 'SOAPNoteAPI POST /v1/visit-summary',
    method: 'POST',
    path: /^\/v1\/visit-summary$/,
    kind: 'json',
    args: async (run) => ['summarize', run.visits, '--provider', 'soapnoteapi'],
    schemaBreak: { body: JSON.stringify({ summary: 's', active_diagnoses: [] }), field: /key_findings/ },
    malformed: JSON_MALFORMED,
    firstCall: true,
  },
  {
    ...SNAPI,
    name: 'SOAPNoteAPI GET /v1/specialties',
    method: 'GET',
    path: /^\/v1\/specialties$/,
    kind: 'json',
    args: async () => ['specialties'],
    schemaBreak: { body: JSON.stringify([{ name: 'Physician' }]), field: /id/ },
    malformed: JSON_MALFORMED,
    firstCall: true,
  },
  ...assemblyAiEndpoints(),
  ...openAiEndpoints(),
];

function assemblyAiEndpoints(): Endpoint[] {
  const api = { service: 'assemblyai' as const, label: () => 'AssemblyAI', keyVar: 'ASSEMBLYAI_API_KEY' };
  const gateway = { service: 'assemblyai' as const, label: () => 'AssemblyAI LLM Gateway', keyVar: 'ASSEMBLYAI_API_KEY' };
  const audio = async () => ['audio', AUDIO, ...SPECIALTY, '--provider', 'assemblyai'];
  return [
    {
      ...api,
      name: 'AssemblyAI POST /v2/upload',
      method: 'POST',
      path: /^\/v2\/upload$/,
      kind: 'json',
      args: audio,
      schemaBreak: { body: JSON.stringify({ url: 'x' }), field: /upload_url/ },
      malformed: JSON_MALFORMED,
      firstCall: true,
      upload: AUDIO,
    },
    {
      ...api,
      name: 'AssemblyAI POST /v2/transcript',
      method: 'POST',
      path: /^\/v2\/transcript$/,
      kind: 'json',
      args: audio,
      schemaBreak: { body: JSON.stringify({ status: 'queued' }), field: /id/ },
      malformed: JSON_MALFORMED,
      firstCall: false,
    },
    {
      ...api,
      name: 'AssemblyAI GET /v2/transcript/:id',
      method: 'GET',
      path: /^\/v2\/transcript\/[^/]+$/,
      kind: 'json',
      args: audio,
      schemaBreak: { body: JSON.stringify({ id: 't', status: 'finished' }), field: /status/ },
      malformed: JSON_MALFORMED,
      firstCall: false,
      notFound: { message: /no transcript with that id/ },
      poller: true,
    },
    {
      ...gateway,
      name: 'AssemblyAI LLM Gateway POST /v1/chat/completions',
      method: 'POST',
      path: /^\/v1\/chat\/completions$/,
      kind: 'json',
      args: async (run) => ['note', run.transcript, ...SPECIALTY, '--provider', 'assemblyai'],
      schemaBreak: CHAT_WITHOUT_CHOICES,
      malformed: JSON_MALFORMED,
      firstCall: true,
    },
    {
      ...gateway,
      name: 'AssemblyAI LLM Gateway POST /v1/chat/completions (stream)',
      method: 'POST',
      path: /^\/v1\/chat\/completions$/,
      kind: 'sse',
      args: async (run) => ['stream', run.transcript, ...SPECIALTY, '--provider', 'assemblyai'],
      schemaBreak: CHAT_SSE_SCHEMA,
      malformed: CHAT_SSE_MALFORMED,
      firstCall: true,
    },
  ];
}

function openAiEndpoints(): Endpoint[] {
  const base = { service: 'openai' as const, label: (run: Running) => `OpenAI-compatible server at ${new URL(run.emu.url).host}`, keyVar: 'OPENAI_API_KEY' };
  return [
    {
      ...base,
      name: 'OpenAI POST /v1/chat/completions',
      method: 'POST',
      path: /^\/v1\/chat\/completions$/,
      kind: 'json',
      args: async (run) => ['note', run.transcript, ...SPECIALTY, '--provider', 'openai'],
      schemaBreak: CHAT_WITHOUT_CHOICES,
      malformed: JSON_MALFORMED,
      firstCall: true,
    },
    {
      ...base,
      name: 'OpenAI POST /v1/chat/completions (stream)',
      method: 'POST',
      path: /^\/v1\/chat\/completions$/,
      kind: 'sse',
      args: async (run) => ['stream', run.transcript, ...SPECIALTY, '--provider', 'openai'],
      schemaBreak: CHAT_SSE_SCHEMA,
      malformed: CHAT_SSE_MALFORMED,
      firstCall: true,
    },
    {
      ...base,
      name: 'OpenAI POST /v1/audio/transcriptions',
      method: 'POST',
      path: /^\/v1\/audio\/transcriptions$/,
      kind: 'json',
      args: async () => ['audio', AUDIO, ...SPECIALTY, '--provider', 'openai'],
      schemaBreak: { body: JSON.stringify({ transcript: 'x' }), field: /text/ },
      malformed: JSON_MALFORMED,
      firstCall: true,
      upload: AUDIO,
    },
  ];
}

/** Requests the emulator saw at this endpoint. */
export function hits(run: Running, endpoint: Endpoint): RecordedRequest[] {
  return run.emu.requests.filter((r) => r.method === endpoint.method && endpoint.path.test(r.path));
}
