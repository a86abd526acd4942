import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConfigDir, runSoap, type RunResult } from '../helpers/run-cli.js';
import type { Fault } from '../emulator/index.js';
import { ENDPOINTS, hits, startFor, TRANSCRIPT, type Endpoint, type Running, type ServiceName } from './endpoints.js';

/**
 * Keys and patient data stay where they belong: the config file is private, --debug traces say what happened
 * without keys or bodies, and a sentinel key and phrase pushed through every command — with faults — never show up
 * on stderr, in a report or in an error; the phrase only in the note itself.
 */

const scratch = mkdtempSync(join(tmpdir(), 'soap-secrets-'));

// Every row below has its own config folder or emulators, so the rows run concurrently (with the context's expect).
describe.concurrent('the config file holds keys: 0600 in a 0700 folder, and keys are only ever shown masked', () => {
  const KEYS = [
    ['soapnoteapi.key', 'snapi_sk_live_SecretConfigValue77Zq', 'snapi_sk_live_…77Zq'],
    ['assemblyai.key', 'aai0123SecretConfigValue4567abcdWx9', '…dWx9'],
    ['openai.key', 'sk-proj-SecretConfigValueLm3', 'sk-…eLm3'],
  ] as const;
  const STATES = [
    ['a folder that does not exist yet', (dir: string) => join(dir, 'nested', 'soap')],
    // Created by something else with the usual umask: soap tightens both on the next write.
    [
      'a 0755 folder with a 0644 file in it',
      (dir: string) => {
        const folder = join(dir, 'loose');
        mkdirSync(folder, { mode: 0o755 });
        chmodSync(folder, 0o755);
        writeFileSync(join(folder, 'config.json'), '{}', { mode: 0o644 });
        chmodSync(join(folder, 'config.json'), 0o644);
        return folder;
      },
    ],
  ] as const;
  const rows = KEYS.flatMap((k) => STATES.map((s) => [`${k[0]} into ${s[0]}`, k, s[1]] as const));

  it.for(rows)('%s', async ([, [key, secret, masked], prepare], { expect }) => {
    const dir = prepare(makeConfigDir());
    const env = { SOAP_CONFIG_DIR: dir };
    const set = await runSoap(['config', 'set', key], { env, stdin: `${secret}\n` });
    expect(set.code, set.stderr).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    const get = await runSoap(['config', 'get', key], { env });
    const list = await runSoap(['config', 'list'], { env });
    const json = await runSoap(['config', 'list', '--json'], { env });
    expect(get.stdout).toBe(`${masked}\n`);
    expect(list.stdout).toContain(`${key}=${masked}`);
    expect(JSON.parse(json.stdout)[key]).toBe(masked);
    for (const r of [set, get, list, json]) expect(r.stdout + r.stderr).not.toContain(secret.slice(4, -4));
  });
});

describe('a key of the wrong type in a hand-edited config file is masked too, and refused where it would be used', () => {
  // What a hand edit leaves: the key unquoted (a number), wrapped in an object or a list, or a flag.
  const WRONG = [
    ['a number', 'soapnoteapi', '12345678901234567', /a number, not a string/],
    ['an object', 'openai', '{"live": "sk-Wr0ngTyp3ObjectKey99"}', /an object, not a string/],
    ['a list', 'assemblyai', '["Wr0ngTyp3ListKeyValue00112233"]', /a list, not a string/],
    ['an object holding the key twice over', 'soapnoteapi', '{"key": {"value": "snapi_sk_live_Wr0ngTyp3Nested44"}}', /an object, not a string/],
    ['true', 'openai', 'true', /a boolean, not a string/],
  ] as const;
  /** Any ten characters of what was stored: none may be printed. */
  const pieces = (raw: string) => [...raw.matchAll(/[A-Za-z0-9_-]{10,}/g)].map((m) => m[0].slice(0, 10));

  it.for(WRONG.map((w) => [`${w[1]}.key as ${w[0]}`, w] as const))('%s', async ([, [, provider, raw, kind]]) => {
    const dir = makeConfigDir();
    writeFileSync(join(dir, 'config.json'), `{"${provider}": {"key": ${raw}}, "specialty": "physician"}`);
    const env = { SOAP_CONFIG_DIR: dir };
    const key = `${provider}.key`;
    const get = await runSoap(['config', 'get', key], { env });
    const list = await runSoap(['config', 'list'], { env });
    const json = await runSoap(['config', 'list', '--json'], { env });
    const note = await runSoap(['note', TRANSCRIPT, '--provider', provider], { env });
    expect(get.code, get.stderr).toBe(2);
    expect(get.stderr).toMatch(new RegExp(`config\\.json: ${key.replace('.', '\\.')} is ${kind.source}`));
    expect(list.stdout).toContain(`${key}=(invalid: `);
    expect(list.stdout).toContain('specialty=physician');
    expect(JSON.parse(json.stdout)[key]).toMatch(kind);
    expect(note.code, note.stderr).toBe(2);
    expect(note.stderr).toMatch(kind);
    for (const r of [get, list, json, note]) for (const piece of pieces(raw)) expect(r.stdout + r.stderr).not.toContain(piece);
  });
});

/** `[debug] → POST http://…/v1/note (123 B)` and `[debug] ← 200 POST /v1/note in 5 ms (request id req_1, 456 B)`. */
const SENT = /^\[debug\] → (GET|POST|PUT) http:\/\/127\.0\.0\.1:\d+\/\S+/;
const ANSWERED = /^\[debug\] ← \d{3} (GET|POST|PUT) \/\S+ in \d+ ms \(request id req_\d+/;

describe.concurrent('--debug traces every request and answer, never a key or a body', () => {
  it.for(ENDPOINTS.map((e) => [e.name, e] as const))('%s', async ([, endpoint], { expect }) => {
    const run = await startFor(endpoint.service);
    try {
      const transcript = readFileSync(TRANSCRIPT, 'utf8');
      const r = await runSoap(['--debug', ...(await endpoint.args(run)), '--json'], { env: run.env });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.split('\n').filter(Boolean);
      const sent = lines.filter((l) => SENT.test(l));
      const answered = lines.filter((l) => ANSWERED.test(l));
      // One line out and one back for every request the emulator saw.
      expect(sent).toHaveLength(run.emu.requests.length);
      expect(answered).toHaveLength(run.emu.requests.length);
      expect(hits(run, endpoint).length).toBeGreaterThan(0);
      // JSON bodies give their size both ways; uploads and streams have none to give.
      if (endpoint.method === 'POST' && !endpoint.upload) expect(sent.some((l) => / \(\d+ B\)$/.test(l))).toBe(true);
      if (endpoint.kind === 'json') expect(answered.some((l) => /, \d+ B\)$/.test(l))).toBe(true);
      for (const key of Object.entries(run.env).filter(([k]) => k.endsWith('KEY')).map(([, v]) => v)) expect(r.stderr).not.toContain(key);
      expect(r.stderr).not.toMatch(/authorization|bearer/i);
      // No body: not a line of the transcript, not the note's sections.
      for (const line of transcript.split('\n').filter((l) => l.length > 30).slice(0, 20)) expect(r.stderr).not.toContain(line.slice(0, 30));
      expect(r.stderr).not.toMatch(/"subjective"|"plan"|"choices"/);
    } finally {
      await run.emu.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The sentinel: one key per service and one phrase in the patient's words, through every command, with faults.

const SENTINEL = 'Sntnl7Qx';
/** What is checked for: a quote of ten characters from the start of a key still shows this much of it. */
const SENTINEL_PART = SENTINEL.slice(0, 6);
const PHRASE = 'Zebulon Quixote-Marlowe';
const KEYS = { soapnoteapi: `snapi_sk_test_${SENTINEL}KeyA1`, assemblyai: `aai-${SENTINEL}-key-0123456789`, openai: `sk-${SENTINEL}-key-abcdef` };
/** Any piece of the phrase counts: error messages quote ten characters or so of what they choke on. */
const PHRASE_PARTS = PHRASE.split(/[ -]/);
const phraseIn = (text: string) => PHRASE_PARTS.filter((part) => text.includes(part));
const sentinelTranscript = join(scratch, 'sentinel.txt');
writeFileSync(sentinelTranscript, `[doctor] good morning ${PHRASE}, what brings you in?\n${readFileSync(TRANSCRIPT, 'utf8')}`);
const sentinelVisits = join(scratch, 'sentinel-visits.json');
writeFileSync(sentinelVisits, JSON.stringify({ patient_info: { name: PHRASE }, visits: [{ visit_date: '2026-01-10', summary: `${PHRASE}: I10 Essential hypertension. Lisinopril continued.` }] }));

/** Faults that tempt an error message to quote what it was given. */
const SENTINEL_FAULTS: [string, (e: Endpoint) => Omit<Fault, 'method' | 'path'> | undefined][] = [
  ['no fault', () => undefined],
  ['500', () => ({ status: 500, message: 'Internal error', times: Infinity })],
  ['a connection reset during the body', () => ({ reset: 'during-body', times: Infinity })],
  ['401', () => ({ status: 401, message: 'Invalid API key', times: Infinity })],
  // A service that echoes the request in `details`, as validation errors often do.
  [
    '400 echoing the input in details',
    (e) => ({
      status: 400,
      rawBody: JSON.stringify(e.service === 'soapnoteapi' ? { error: { code: 'VALIDATION_ERROR', message: 'Request validation failed.', details: { transcript: PHRASE } } } : { error: { message: 'Bad request', code: null, param: PHRASE } }),
      times: Infinity,
    }),
  ],
  // An answer that is broken JSON and carries the phrase: parse errors quote their input.
  ['malformed JSON quoting the phrase', () => ({ rawBody: `{"subjective": "${PHRASE} reports pain`, times: Infinity })],
  ['a stall', () => ({ stallMs: 5000, times: Infinity })],
  // A hostile (or careless) service that quotes the key it was sent, whole or in part, wherever a message can go.
  ['401 echoing the key in its message', (e) => ({ status: 401, rawBody: errorBody(e, 'UNAUTHORIZED', `Invalid API key: ${KEYS[e.service]}`), times: Infinity })],
  [
    '403 echoing part of the key in its message, details and request id',
    (e) => ({
      status: 403,
      rawBody: errorBody(e, 'FORBIDDEN', `Authorization "Bearer ${keyPiece(e)}…" is not allowed here`, { api_key: KEYS[e.service] }),
      headers: { 'x-request-id': `req_${keyPiece(e)}` },
      times: Infinity,
    }),
  ],
];
/** Every row runs under --timeout 5 (a whole job under load takes more than 1 s); a stall only has to outlast a shorter one. */
const timeoutFor = (faultName: string) => (faultName === 'a stall' ? '0.5' : '5');

/** Faults whose message is printed, scrubbed: the marker must show that it was (the tests cannot pass vacuously). */
const SCRUBBED_FAULTS = new Set(['401 echoing the key in its message', '403 echoing part of the key in its message, details and request id']);

/** The service's own error shape: SOAPNoteAPI's documented one, AssemblyAI's `{error: text}`, OpenAI's object. */
function errorBody(e: { service: ServiceName }, code: string, message: string, details: Record<string, unknown> = {}): string {
  if (e.service === 'soapnoteapi') return JSON.stringify({ error: { code, message, details } });
  if (e.service === 'assemblyai') return JSON.stringify({ error: message, ...details });
  return JSON.stringify({ error: { message, type: 'invalid_request_error', code: code.toLowerCase(), param: details } });
}

/** The key up to ten characters past the sentinel's start: more than enough of it to be a leak. */
function keyPiece(e: Endpoint): string {
  const key = KEYS[e.service];
  return key.slice(0, key.indexOf(SENTINEL) + 10);
}

interface Outcome {
  label: string;
  r: RunResult;
  files: Record<string, string>;
}

/** Runs one command against `endpoint` with `fault`, collecting stderr, stdout and every file it wrote. */
async function runWithSentinel(endpoint: Endpoint, faultName: string, fault: Omit<Fault, 'method' | 'path'> | undefined): Promise<Outcome & { sent: string; carriesPhrase: boolean }> {
  const run = await startFor(endpoint.service, { keys: KEYS, transcript: sentinelTranscript, visits: sentinelVisits });
  try {
    if (fault) run.emu.fault({ method: endpoint.method, path: endpoint.path, ...fault });
    const out = mkdtempSync(join(scratch, 'out-'));
    const args = await endpoint.args(run);
    // A clean run writes its note with -o (specialties prints a list, not a note).
    const toFile = !fault && args[0] !== 'specialties' ? ['-o', join(out, 'note.txt')] : [];
    const r = await runSoap(['--debug', ...args, '--max-retries', '0', '--timeout', timeoutFor(faultName), ...toFile], { env: allKeysEnv(run) });
    const sent = run.emu.requests.map((q) => q.body.toString('utf8')).join('\n');
    return { label: `${endpoint.name} × ${faultName}`, r, files: readTree(out), sent, carriesPhrase: args.includes(run.transcript) || args.includes(run.visits) };
  } finally {
    await run.emu.close();
  }
}

/** Every service's sentinel key is set, whichever one the command uses. */
function allKeysEnv(run: Running): Record<string, string> {
  return { SOAPNOTEAPI_KEY: KEYS.soapnoteapi, ASSEMBLYAI_API_KEY: KEYS.assemblyai, OPENAI_API_KEY: KEYS.openai, ...run.env };
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** The commands with no endpoint row of their own: batch with a report, check, config, and bad input. */
async function runRestOfSurface(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const snapi = await startFor('soapnoteapi', { keys: KEYS });
  const aai = await startFor('assemblyai', { keys: KEYS });
  const oai = await startFor('openai' as ServiceName, { keys: KEYS });
  const env = { ...allKeysEnv(snapi), ...aai.env, ...oai.env };
  try {
    const corpus = join(scratch, 'corpus');
    mkdirSync(corpus, { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(corpus, `visit-${i}.txt`), readFileSync(sentinelTranscript, 'utf8'));
    const out = join(scratch, 'batch-out');
    const report = join(scratch, 'batch-report.ndjson');
    // Faults on some inputs: one 500, one reset, one 400 echoing the input, one malformed answer quoting it.
    snapi.snapi!.fault({ path: '/v1/note', status: 500, message: 'Internal error' });
    snapi.snapi!.fault({ path: '/v1/note', reset: 'during-body' });
    snapi.snapi!.fault({ path: '/v1/note', status: 400, rawBody: JSON.stringify({ error: { code: 'VALIDATION_ERROR', message: 'Request validation failed.', details: { transcript: PHRASE } } }) });
    snapi.snapi!.fault({ path: '/v1/note', rawBody: `{"subjective": "${PHRASE}` });
    const batch = await runSoap(['--debug', 'note', corpus, '-s', 'physician', '--out-dir', out, '--report', report, '--concurrency', '3', '--max-retries', '0'], { env });
    outcomes.push({ label: 'batch note with --report', r: batch, files: { ...readTree(out), [report]: readFileSync(report, 'utf8') } });
    const ndjson = await runSoap(['--debug', 'note', corpus, '-s', 'physician', '--provider', 'assemblyai', '--json', '--report', join(scratch, 'r2.ndjson')], { env });
    outcomes.push({ label: 'batch note --provider assemblyai, NDJSON', r: ndjson, files: { r2: readFileSync(join(scratch, 'r2.ndjson'), 'utf8') } });
    for (const provider of ['assemblyai', 'openai'] as const) {
      const r = await runSoap(['--debug', 'summarize', sentinelVisits, '--provider', provider], { env });
      outcomes.push({ label: `summarize --provider ${provider}`, r, files: {} });
    }
    const noteFile = join(scratch, 'sentinel-note.json');
    writeFileSync(noteFile, JSON.stringify({ subjective: `${PHRASE} reports knee pain.`, objective: 'Swelling of the left knee.', assessment: 'Sprain of the right knee.', plan: 'Ibuprofen 800 mg.' }));
    outcomes.push({ label: 'check', r: await runSoap(['--debug', 'check', noteFile, '-t', sentinelTranscript], { env }), files: {} });
    const configDir = makeConfigDir();
    const cenv = { ...env, SOAP_CONFIG_DIR: configDir };
    outcomes.push({ label: 'config set', r: await runSoap(['--debug', 'config', 'set', 'soapnoteapi.key'], { env: cenv, stdin: KEYS.soapnoteapi }), files: {} });
    for (const args of [['config', 'get', 'soapnoteapi.key'], ['config', 'list'], ['config', 'list', '--json']]) {
      outcomes.push({ label: args.join(' '), r: await runSoap(['--debug', ...args], { env: cenv }), files: {} });
    }
    // Bad input carrying the phrase: refusals must not quote it.
    const broken = [
      ['malformed visits JSON', join(scratch, 'bad-visits.json'), `{"visits": [{"visit_date": "2026-01-10", "summary": "${PHRASE}" oops}]}`, ['summarize']],
      ['visits JSON that does not even start right', join(scratch, 'bad-visits-2.json'), `${PHRASE} was seen on 2026-01-10`, ['summarize']],
      ['malformed context JSON', join(scratch, 'bad-context.json'), `{"patient_info": {"name": "${PHRASE}",}}`, ['note', TRANSCRIPT, '-s', 'physician', '--context']],
      ['a transcript too short', join(scratch, 'short.txt'), `${PHRASE} has a cough.`, ['note', '-s', 'physician']],
    ] as const;
    for (const [label, path, text, args] of broken) {
      writeFileSync(path, text);
      outcomes.push({ label, r: await runSoap(['--debug', ...args, path], { env }), files: {} });
    }
    // A config file broken by hand while holding a key: the parse error must not quote it.
    const brokenConfig = makeConfigDir();
    // The quotes around the key were lost in an edit: the parse error lands on the key itself.
    writeFileSync(join(brokenConfig, 'config.json'), `{"assemblyai": {"key": ${KEYS.assemblyai}}}`);
    outcomes.push({ label: 'config set over a broken config file', r: await runSoap(['--debug', 'config', 'set', 'specialty', 'physician'], { env: { ...env, SOAP_CONFIG_DIR: brokenConfig } }), files: {} });
  } finally {
    await Promise.all([snapi.emu.close(), aai.emu.close(), oai.emu.close()]);
  }
  return outcomes;
}

describe.concurrent('a sentinel key and phrase through the whole command surface, faults on', () => {
  const rows = ENDPOINTS.flatMap((e) => SENTINEL_FAULTS.map(([name, fault]) => [`${e.name} × ${name}`, e, name, fault] as const));

  describe.concurrent('every endpoint × fault', () => {
    it.for(rows)('%s', async ([, endpoint, name, makeFault], { expect }) => {
      const { r, files, sent, carriesPhrase } = await runWithSentinel(endpoint, name, makeFault(endpoint));
      expect(r.stderr).not.toContain(SENTINEL_PART);
      expect(phraseIn(r.stderr)).toEqual([]);
      expect(r.stdout).not.toContain(SENTINEL_PART);
      for (const [path, text] of Object.entries(files)) {
        expect(text, path).not.toContain(SENTINEL_PART);
        // The phrase may only be in the note itself (-o), and no temp file may be left beside it.
        if (!path.endsWith('note.txt')) expect(phraseIn(text), path).toEqual([]);
      }
      expect(Object.keys(files).filter((p) => p.endsWith('.tmp'))).toEqual([]);
      // Not vacuous: the phrase did go out in every command that sends the transcript or the visits.
      if (carriesPhrase) expect(sent).toContain(PHRASE);
      if (SCRUBBED_FAULTS.has(name)) {
        expect(r.code, r.stderr).toBe(3);
        expect(r.stderr).toContain('[…]');
      }
    });
  });

  it('batch (report, out-dir), check, config and bad input', async ({ expect }) => {
    const outcomes = await runRestOfSurface();
    for (const { label, r, files } of outcomes) {
      expect(r.stderr, label).not.toContain(SENTINEL_PART);
      expect(phraseIn(r.stderr), label).toEqual([]);
      expect(r.stdout, label).not.toContain(SENTINEL_PART);
      for (const [path, text] of Object.entries(files)) {
        expect(text, path).not.toContain(SENTINEL_PART);
        if (/report|r2/.test(path)) expect(phraseIn(text), path).toEqual([]);
      }
    }
    // The faults did bite, and the notes that succeeded carry the phrase where it belongs.
    const batch = outcomes[0]!;
    expect(batch.r.code).toBe(5);
    expect(Object.entries(batch.files).filter(([p]) => p.endsWith('.soap.txt')).some(([, t]) => t.includes(PHRASE))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A service that quotes what it was sent — the transcript or the visits, the patient's name, the body escaped — in
// single runs on every endpoint that carries text, and in batches (report, failure lines, --debug).

const TRANSCRIPT_QUOTE = `[doctor] good morning ${PHRASE}, what brings you in?`;
const VISITS_QUOTE = `${PHRASE}: I10 Essential hypertension. Lisinopril continued.`;
/** What a service echoing this endpoint's request would quote: a run of what the command sent it. */
const quoteFor = (e: Endpoint) => (/visit-summary/.test(e.name) ? VISITS_QUOTE : TRANSCRIPT_QUOTE);

const QUOTING_FAULTS: [string, (e: Endpoint) => Omit<Fault, 'method' | 'path'>][] = [
  ['422 quoting the input in its message', (e) => ({ status: 422, rawBody: errorBody(e, 'VALIDATION_ERROR', `could not process the text near "${quoteFor(e)}"`), times: Infinity })],
  ['400 naming the patient in quotes', (e) => ({ status: 400, rawBody: errorBody(e, 'VALIDATION_ERROR', `patient name "${PHRASE}" is not allowed`), times: Infinity })],
  [
    '400 echoing the request body, JSON-escaped',
    (e) => ({ status: 400, rawBody: errorBody(e, 'INVALID_REQUEST', `unexpected field in ${JSON.stringify(JSON.stringify({ text: quoteFor(e), extra: 1 }))}`), times: Infinity }),
  ],
  ['422 quoting the input in details and message', (e) => ({ status: 422, rawBody: errorBody(e, 'VALIDATION_ERROR', `rejected: ${quoteFor(e)}`, { input: quoteFor(e) }), times: Infinity })],
];
const STREAM_QUOTING_FAULT: [string, (e: Endpoint) => Omit<Fault, 'method' | 'path'>] = [
  'an error event mid-stream quoting the input',
  (e) => ({
    rawBody: `event: error\ndata: ${JSON.stringify({ error: { code: 'VALIDATION_ERROR', message: `cannot continue after "${quoteFor(e)}"` } })}\n\n`,
    contentType: 'text/event-stream',
    times: Infinity,
  }),
];

/** The endpoints whose request carries the sentinel transcript or visits (uploads carry audio, lookups an id). */
const SENDS_TEXT = ENDPOINTS.filter((e) => / POST \/v1\/(note|stream\/note|visit-summary|chat\/completions)( \(stream\))?$/.test(e.name));

describe('a service quoting what it was sent: the input never comes back out', () => {
  const rows = SENDS_TEXT.flatMap((e) => [...QUOTING_FAULTS, ...(e.kind === 'sse' ? [STREAM_QUOTING_FAULT] : [])].map(([name, fault]) => [`${e.name} × ${name}`, e, name, fault] as const));

  it('covers every endpoint that sends text', () => {
    expect(SENDS_TEXT.map((e) => e.name)).toHaveLength(7);
  });

  describe.concurrent('every text endpoint × quoting fault', () => {
    it.for(rows)('%s', async ([, endpoint, name, makeFault], { expect }) => {
      const { r, sent, carriesPhrase } = await runWithSentinel(endpoint, name, makeFault(endpoint));
      expect(carriesPhrase).toBe(true);
      expect(sent).toContain(PHRASE);
      expect(r.code, r.stderr).toBe(1);
      // The message was printed — scrubbed, not dropped — and nothing of the phrase or the key is left in it.
      expect(r.stderr.split('\n').find((l) => l.startsWith('✗ '))).toContain('[…]');
      expect(phraseIn(r.stderr)).toEqual([]);
      expect(r.stderr).not.toContain(SENTINEL_PART);
      expect(r.stdout).not.toContain(SENTINEL_PART);
    });
  });
});

describe('a batch against a service that quotes what it was sent', () => {
  function corpusOf(n: number): string {
    const dir = mkdtempSync(join(scratch, 'hostile-corpus-'));
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `visit-${i}.txt`), readFileSync(sentinelTranscript, 'utf8'));
    return dir;
  }
  const reportOf = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { status: string; error: { code: string; message: string } | null });

  it('SOAPNoteAPI quoting the transcript and the name: report lines, failure lines and traces are scrubbed', async () => {
    const run = await startFor('soapnoteapi', { keys: KEYS });
    try {
      const snapi = { service: 'soapnoteapi' as const };
      run.snapi!.fault({ path: '/v1/note', status: 422, rawBody: errorBody(snapi, 'VALIDATION_ERROR', `could not process "${TRANSCRIPT_QUOTE}"`), times: 2 });
      run.snapi!.fault({ path: '/v1/note', status: 400, rawBody: errorBody(snapi, 'VALIDATION_ERROR', `patient name "${PHRASE}" is not allowed`, { transcript: TRANSCRIPT_QUOTE }) });
      const report = join(mkdtempSync(join(scratch, 'hostile-')), 'report.ndjson');
      const out = mkdtempSync(join(scratch, 'hostile-out-'));
      const r = await runSoap(['--debug', 'note', corpusOf(5), '-s', 'physician', '--out-dir', out, '--report', report, '--concurrency', '2', '--max-retries', '0'], { env: allKeysEnv(run) });
      expect(r.code, r.stderr).toBe(5);
      const failed = reportOf(report).filter((l) => l.status === 'failed');
      expect(failed).toHaveLength(3);
      for (const line of failed) expect(line.error?.message).toContain('[…]');
      expect(r.stderr.split('\n').filter((l) => l.startsWith('✗ ') && l.includes('[…]'))).toHaveLength(3);
      for (const text of [r.stderr, readFileSync(report, 'utf8')]) {
        expect(phraseIn(text)).toEqual([]);
        expect(text).not.toContain(SENTINEL_PART);
      }
    } finally {
      await run.emu.close();
    }
  });

  it('an OpenAI-compatible server echoing the key: the batch stops (exit 3) and the key is nowhere', async () => {
    const run = await startFor('openai', { keys: KEYS });
    try {
      run.emu.fault({ path: '/v1/chat/completions', status: 401, rawBody: errorBody({ service: 'openai' }, 'invalid_api_key', `Incorrect API key provided: ${KEYS.openai}`), times: Infinity });
      const report = join(mkdtempSync(join(scratch, 'hostile-')), 'report.ndjson');
      const r = await runSoap(['--debug', 'note', corpusOf(3), '-s', 'physician', '--provider', 'openai', '--json', '--report', report, '--max-retries', '0'], { env: allKeysEnv(run) });
      expect(r.code, r.stderr).toBe(3);
      const lines = reportOf(report);
      expect(lines.some((l) => l.error?.message.includes('[…]'))).toBe(true);
      for (const text of [r.stderr, r.stdout, readFileSync(report, 'utf8')]) expect(text).not.toContain(SENTINEL_PART);
    } finally {
      await run.emu.close();
    }
  });
});
