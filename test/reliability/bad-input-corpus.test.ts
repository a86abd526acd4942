import { chmodSync, linkSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';

/**
 * Bad input, across every command that takes some: each case must exit 2 with one line naming the file or the
 * field, and no emulator may see a single request. (test/commands/note-failures.test.ts covers `soap note` with a
 * single file; this corpus spreads over stream, audio, summarize, status and batch runs, and the environment.)
 */

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const AUDIO = 'fixtures/audio/encounter.mp3';
const dir = mkdtempSync(join(tmpdir(), 'soap-corpus-'));
const file = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const folder = (name: string) => {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
};
/** A file of `bytes` that takes no disk space (sparse): its size is what is checked first. */
const sparse = (name: string, bytes: number) => {
  const path = file(name, '');
  truncateSync(path, bytes);
  return path;
};

/**
 * A file this process cannot read. chmod 000 does it for a normal user; root reads anything, so there the case uses
 * /proc/self/mem, whose reads fail (EIO) the same way a failing disk would.
 */
function unreadable(): string {
  if (process.getuid?.() !== 0) {
    const path = file('locked.txt', 'x'.repeat(200));
    chmodSync(path, 0o000);
    return path;
  }
  return '/proc/self/mem';
}

/** Text long enough to be a transcript, for the encodings cases. */
const LONG_TEXT = 'Doctor: what brings you in today? Patient: my right knee has been swollen since I fell on Tuesday.';
/** A config folder holding this config.json. */
const configWith = (json: string) => {
  const path = folder(`config-${Math.random().toString(36).slice(2)}`);
  writeFileSync(join(path, 'config.json'), json);
  return path;
};

const VALID_VISITS = { visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] };
const S = ['-s', 'physician'];

let snapi: Emulator;
let aai: AssemblyAiEmulator;
let oai: OpenAiEmulator;
beforeAll(async () => {
  [snapi, aai, oai] = await Promise.all([startEmulator(), startAssemblyAiEmulator(), startOpenAiEmulator({ apiKey: OPENAI_TEST_KEY })]);
});
afterEach(() => {
  snapi.reset();
  aai.reset();
  oai.reset();
});
afterAll(async () => {
  await Promise.all([snapi.close(), aai.close(), oai.close()]);
});

/** Every backend configured and pointed at its emulator, so a case that slipped through would be seen. */
const env = () => ({
  SOAPNOTEAPI_KEY: TEST_KEY,
  SOAPNOTEAPI_BASE_URL: snapi.url,
  ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY,
  ASSEMBLYAI_BASE_URL: aai.url,
  ASSEMBLYAI_LLM_GATEWAY_URL: aai.url,
  OPENAI_API_KEY: OPENAI_TEST_KEY,
  OPENAI_BASE_URL: oai.url,
});

interface Case {
  name: string;
  args: () => string[];
  /** Overrides of the environment (undefined removes a variable). */
  env?: Record<string, string | undefined>;
  /** Must name the file or the field. */
  message: RegExp;
}

const CASES: Case[] = [
  // Transcripts, through `soap stream` and batch runs.
  { name: 'missing transcript (stream)', args: () => ['stream', join(dir, 'absent.txt'), ...S], message: /absent\.txt: no such file/ },
  { name: 'a directory given as the transcript (stream)', args: () => ['stream', folder('a-folder'), ...S], message: /a-folder: is a directory/ },
  { name: 'unreadable transcript', args: () => ['stream', unreadable(), ...S], message: /(locked\.txt: permission denied|\/proc\/self\/mem: cannot be read \(EIO\))/ },
  { name: 'empty transcript (stream)', args: () => ['stream', file('empty.txt', ''), ...S], message: /empty\.txt: is empty/ },
  { name: 'whitespace-only transcript', args: () => ['note', file('blank.txt', ' \n\t\n   \r\n'), ...S], message: /blank\.txt: contains only whitespace/ },
  { name: 'transcript under 50 characters (stream)', args: () => ['stream', file('short.txt', 'Patient has a cough.'), ...S], message: /short\.txt: only 20 characters; a transcript needs at least 50/ },
  { name: 'transcript that is not UTF-8 (Latin-1)', args: () => ['note', file('latin1.txt', Buffer.from('Patient reports caf\xe9 au lait spots and na\xefve questions about them, seen today.', 'latin1')), ...S], message: /latin1\.txt: is not valid UTF-8/ },
  { name: 'binary with NUL bytes (stream)', args: () => ['stream', file('nul.txt', Buffer.concat([Buffer.from('Patient reports a sore throat for three days now'), Buffer.from([0, 0, 1])])), ...S], message: /nul\.txt: looks binary \(contains NUL bytes\)/ },
  { name: 'transcript over the 1 MiB limit', args: () => ['note', sparse('huge.txt', 1024 * 1024 + 1), ...S], message: /huge\.txt: 1048577 bytes is larger than the 1048576-byte limit/ },
  { name: 'transcript over the limit on stdin', args: () => ['note', '-', ...S], message: /stdin: larger than 1048576 bytes/ },
  // In a batch, bad content fails only its own input (exit 5, documented); a path that is not there stops the run.
  { name: 'a missing path inside a batch', args: () => ['note', TRANSCRIPT, join(dir, 'gone.txt'), ...S, '--out-dir', join(dir, 'out-1')], message: /gone\.txt/ },
  // Recordings.
  { name: 'missing recording', args: () => ['audio', join(dir, 'absent.mp3'), ...S], message: /absent\.mp3: no such file/ },
  // A folder is a batch of the recordings in it; one named like a recording and holding none is refused.
  { name: 'a directory given as the recording', args: () => ['audio', folder('rec.mp3'), ...S, '--provider', 'openai'], message: /rec\.mp3: no \.mp3 .* files in this folder/ },
  { name: 'recording whose bytes are not the format its name claims', args: () => ['audio', 'fixtures/audio/not-audio.mp3', ...S], message: /not-audio\.mp3: is .*not audio soap can send/ },
  { name: 'text saved with an .m4a name', args: () => ['audio', file('notes.m4a', 'Patient reports a sore throat for three days now.'), ...S, '--provider', 'assemblyai'], message: /notes\.m4a: is not a recognised audio format/ },
  { name: 'truncated recording', args: () => ['audio', 'fixtures/audio/truncated.m4a', ...S], message: /truncated\.m4a: looks truncated or corrupt/ },
  { name: 'zero-byte recording', args: () => ['audio', file('zero.wav', ''), ...S], message: /zero\.wav: is empty \(0 bytes\)/ },
  // SOAPNoteAPI takes 500 MB (help center, March 2026); over 25 MB is sent with a warning, the service decides.
  { name: 'recording over 500 MB for SOAPNoteAPI', args: () => ['audio', sparse('long.mp3', 501 * 1024 * 1024), ...S], message: /long\.mp3: 501\.0 MB is over SOAPNoteAPI's 500 MB limit/ },
  // Request fields.
  { name: 'unknown specialty, with suggestions (stream)', args: () => ['stream', TRANSCRIPT, '-s', 'pyschiatrist'], message: /unknown specialty "pyschiatrist" \(did you mean psychiatrist/ },
  { name: 'unknown specialty (audio)', args: () => ['audio', AUDIO, '-s', 'dentistt'], message: /unknown specialty "dentistt" \(did you mean dentist/ },
  { name: 'malformed context JSON (stream)', args: () => ['stream', TRANSCRIPT, ...S, '--context', file('ctx.json', '{"patient_info": {"age": 40,}')], message: /ctx\.json: not valid JSON/ },
  { name: 'context with a field of the wrong type', args: () => ['stream', TRANSCRIPT, ...S, '--context', file('ctx2.json', '{"patient_info": {"medications": "ibuprofen"}}')], message: /ctx2\.json: patient_info\.medications: / },
  { name: 'binary patient history', args: () => ['note', TRANSCRIPT, ...S, '--patient-history', file('history.txt', Buffer.from([0x50, 0, 0x51]))], message: /history\.txt: looks binary/ },
  // Visits.
  { name: 'missing visits file', args: () => ['summarize', join(dir, 'absent.json')], message: /absent\.json: no such file/ },
  { name: 'visits without visit_date', args: () => ['summarize', file('v1.json', JSON.stringify({ visits: [{ summary: 'Follow-up for hypertension.' }] }))], message: /v1\.json: visits\[0\]\.visit_date: / },
  { name: 'visits with an invalid date', args: () => ['summarize', file('v2.json', JSON.stringify({ visits: [{ visit_date: '2026-02-30', summary: 'Follow-up.' }] }))], message: /v2\.json: visits\[0\]\.visit_date: / },
  // (A note file with no date at all is dated by its modification day, with a notice: see summarize.test.ts.)
  { name: 'note file with an impossible visit_date', args: () => ['summarize', file('a.json', JSON.stringify({ visit_date: '2026-02-30', plan: 'Rest.' })), file('b.json', JSON.stringify({ plan: 'Ice.' }))], message: /a\.json: visit_date: is not a real calendar date/ },
  { name: 'visits file that is not JSON', args: () => ['summarize', file('v3.json', 'visit_date: 2026-01-10')], message: /v3\.json: not valid JSON/ },
  { name: '--patient-age out of range', args: () => ['summarize', file('v4.json', JSON.stringify(VALID_VISITS)), '--patient-age', '200'], message: /--patient-age must be a whole number of years, not "200"/ },
  // Providers and flags.
  { name: 'unknown provider (flag)', args: () => ['note', TRANSCRIPT, ...S, '--provider', 'gemini'], message: /option '--provider <name>' argument 'gemini' is invalid/ },
  { name: 'unknown provider (SOAP_PROVIDER)', args: () => ['note', TRANSCRIPT, ...S], env: { SOAP_PROVIDER: 'gemini' }, message: /SOAP_PROVIDER: / },
  { name: 'conflicting flags: --json and --format markdown', args: () => ['stream', TRANSCRIPT, ...S, '--json', '--format', 'markdown'], message: /--json conflicts with --format markdown/ },
  { name: 'conflicting flags: -o with several inputs', args: () => ['note', TRANSCRIPT, 'fixtures/transcripts/ankle-sprain.txt', ...S, '-o', join(dir, 'one.txt')], message: /-o\/--output writes one note; for several inputs use --out-dir/ },
  { name: 'conflicting flags: --redact-pii with SOAPNoteAPI', args: () => ['audio', AUDIO, ...S, '--provider', 'soapnoteapi', '--redact-pii'], message: /--redact-pii options apply only with --provider assemblyai/ },
  { name: 'conflicting flags: --overwrite without --out-dir', args: () => ['note', 'fixtures/transcripts', ...S, '--overwrite'], message: /--overwrite only applies with --out-dir/ },
  { name: '--concurrency 0', args: () => ['note', TRANSCRIPT, ...S, '--concurrency', '0'], message: /--concurrency must be a whole number from 1 to 64, not "0"/ },
  { name: '--concurrency not a number', args: () => ['audio', AUDIO, ...S, '--concurrency', 'many'], message: /--concurrency must be a whole number from 1 to 64, not "many"/ },
  { name: '--shard beyond its count', args: () => ['note', TRANSCRIPT, ...S, '--shard', '3/2'], message: /--shard 3\/2: expected i\/n/ },
  { name: '--shard not i/n', args: () => ['note', TRANSCRIPT, ...S, '--shard', 'half'], message: /--shard half: expected i\/n/ },
  { name: '--timeout 0', args: () => ['stream', TRANSCRIPT, ...S, '--timeout', '0'], message: /--timeout must be a number of seconds greater than 0, not "0"/ },
  { name: '--timeout with a unit', args: () => ['audio', AUDIO, ...S, '--timeout', '30s'], message: /--timeout must be a number of seconds greater than 0, not "30s"/ },
  { name: '--wait-timeout not a number', args: () => ['audio', AUDIO, ...S, '--wait-timeout', 'soon'], message: /--wait-timeout must be a number of seconds/ },
  { name: '--max-retries negative', args: () => ['summarize', file('v5.json', JSON.stringify(VALID_VISITS)), '--provider', 'soapnoteapi', '--max-retries', '-1'], message: /--max-retries must be a whole number from 0 to 10, not "-1"/ },
  { name: 'a note id that is not one', args: () => ['status', '../../etc/passwd'], message: /"\.\.\/\.\.\/etc\/passwd" is not a note id/ },
  // Base URLs and keys.
  { name: 'http:// base URL to a remote host (variable)', args: () => ['note', TRANSCRIPT, ...S], env: { SOAPNOTEAPI_BASE_URL: 'http://10.1.2.3:8080' }, message: /SOAPNOTEAPI_BASE_URL: plain http:\/\/ is only allowed for loopback hosts, not 10\.1\.2\.3/ },
  { name: 'http:// gateway URL to a remote host', args: () => ['note', TRANSCRIPT, ...S, '--provider', 'assemblyai'], env: { ASSEMBLYAI_LLM_GATEWAY_URL: 'http://llm-gateway.example.org' }, message: /ASSEMBLYAI_LLM_GATEWAY_URL: plain http:\/\/ is only allowed for loopback hosts/ },
  { name: 'http:// base URL for audio', args: () => ['audio', AUDIO, ...S, '--base-url', 'http://whisper.internal:9000', '--provider', 'openai'], message: /--base-url: plain http:\/\/ is only allowed for loopback hosts, not whisper\.internal/ },
  { name: 'SOAPNoteAPI key with a leading space', args: () => ['note', TRANSCRIPT, ...S], env: { SOAPNOTEAPI_KEY: ` ${TEST_KEY}` }, message: /SOAPNOTEAPI_KEY: the key contains whitespace/ },
  { name: 'AssemblyAI key with a line break', args: () => ['audio', AUDIO, ...S, '--provider', 'assemblyai'], env: { ASSEMBLYAI_API_KEY: `${ASSEMBLYAI_TEST_KEY}\r\n` }, message: /ASSEMBLYAI_API_KEY: the key contains whitespace/ },
  { name: 'OpenAI key with a tab inside', args: () => ['note', TRANSCRIPT, ...S, '--provider', 'openai'], env: { OPENAI_API_KEY: 'sk-test\temulator' }, message: /OPENAI_API_KEY: the key contains whitespace/ },
  // Text in another encoding (UTF-16 with a byte-order mark is decoded: test/commands/text-encodings.test.ts).
  { name: 'UTF-16LE transcript without a byte-order mark', args: () => ['note', file('u16le.txt', Buffer.from(LONG_TEXT, 'utf16le')), ...S], message: /u16le\.txt: looks like UTF-16LE text without a byte-order mark — convert it to UTF-8 first, e\.g\. iconv -f UTF-16LE/ },
  { name: 'UTF-16BE transcript without a byte-order mark (stream)', args: () => ['stream', file('u16be.txt', Buffer.from(LONG_TEXT, 'utf16le').swap16()), ...S], message: /u16be\.txt: looks like UTF-16BE text without a byte-order mark/ },
  { name: 'UTF-16LE transcript with a mark, cut mid-character', args: () => ['note', file('u16cut.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LONG_TEXT, 'utf16le').subarray(0, 101)])), ...S], message: /u16cut\.txt: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text/ },
  { name: 'UTF-32 transcript', args: () => ['note', file('u32.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([...LONG_TEXT].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))])), ...S], message: /u32\.txt: is UTF-32LE text, which soap does not read/ },
  { name: 'UTF-16 patient history without a mark', args: () => ['note', TRANSCRIPT, ...S, '--patient-history', file('h16.txt', Buffer.from(LONG_TEXT, 'utf16le'))], message: /h16\.txt: looks like UTF-16LE text/ },
  // The config folder and file.
  { name: 'SOAP_CONFIG_DIR names a file', args: () => ['note', TRANSCRIPT, ...S], env: { SOAP_CONFIG_DIR: file('not-a-folder', '{}') }, message: /SOAP_CONFIG_DIR \S*not-a-folder is a file, not a folder — point SOAP_CONFIG_DIR at a folder/ },
  { name: 'XDG_CONFIG_HOME names a file', args: () => ['stream', TRANSCRIPT, ...S], env: { SOAP_CONFIG_DIR: undefined, XDG_CONFIG_HOME: file('xdg-file', '') }, message: /config folder \S*xdg-file\/soap cannot be used: \S*xdg-file is a file, not a folder — point XDG_CONFIG_HOME at a folder/ },
  {
    name: 'a config key of the wrong type',
    args: () => ['note', TRANSCRIPT, ...S],
    env: { SOAPNOTEAPI_KEY: undefined, SOAP_CONFIG_DIR: configWith('{"soapnoteapi": {"key": 12345678901234567}}') },
    message: /config\.json: soapnoteapi\.key is a number, not a string — set it again: soap config set soapnoteapi\.key/,
  },
  // Outputs that would destroy an input (issue 13, class 1): refused before anything is sent, naming both paths.
  { name: '-o naming the transcript itself', args: () => ['note', file('o-self.txt', `Visit. ${'Doctor: what brings you in? Patient: a cough. '.repeat(3)}`), ...S, '-o', join(dir, 'o-self.txt')], message: /-o .*o-self\.txt is the same file as the transcript .*o-self\.txt: writing it would destroy the input/ },
  { name: '-o a symlink to the transcript (stream)', args: () => { const t = file('o-linked.txt', `Visit. ${'Doctor: what brings you in? Patient: a cough. '.repeat(3)}`); symlinkSync(t, join(dir, 'o-link.txt')); return ['stream', t, ...S, '-o', join(dir, 'o-link.txt')]; }, message: /-o .*o-link\.txt is the same file as the transcript .*o-linked\.txt/ },
  { name: '-o a symlink to the recording (audio)', args: () => { symlinkSync(join(process.cwd(), AUDIO), join(dir, 'rec-link.mp3')); return ['audio', AUDIO, ...S, '-o', join(dir, 'rec-link.mp3')]; }, message: /-o .*rec-link\.mp3 is the same file as the recording fixtures\/audio\/encounter\.mp3/ },
  { name: '-o a hard link to the visits file (summarize)', args: () => { const v = file('v-hard.json', JSON.stringify(VALID_VISITS)); linkSync(v, join(dir, 'v-hard-2.json')); return ['summarize', v, '-o', join(dir, 'v-hard-2.json')]; }, message: /-o .*v-hard-2\.json is the same file as the visits file .*v-hard\.json/ },
  { name: '--report naming an input of the batch', args: () => ['note', TRANSCRIPT, ...S, '--out-dir', join(dir, 'out-r1'), '--report', TRANSCRIPT], message: /--report fixtures\/transcripts\/knee-injury\.txt is the same file as the input fixtures\/transcripts\/knee-injury\.txt/ },
  { name: '--report a symlink to the --from-list file', args: () => { const list = file('list.txt', `${TRANSCRIPT}\n`); symlinkSync(list, join(dir, 'list-link.ndjson')); return ['note', ...S, '--from-list', list, '--report', join(dir, 'list-link.ndjson')]; }, message: /--report .*list-link\.ndjson is the same file as --from-list .*list\.txt/ },
  { name: '--report naming a note --out-dir would write', args: () => ['note', TRANSCRIPT, ...S, '--out-dir', join(dir, 'out-r2'), '--report', join(dir, 'out-r2', 'knee-injury.soap.txt')], message: /--report .*knee-injury\.soap\.txt is the same file as the note of fixtures\/transcripts\/knee-injury\.txt/ },
];

describe('bad-input corpus: exit 2, one line naming the file or field, zero requests', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.for(CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    const stdin = c.name.includes('stdin') ? Buffer.alloc(1024 * 1024 + 10, 'a') : undefined;
    const r = await runSoap(c.args(), { env: { ...env(), ...c.env }, stdin });
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^✗ /);
    expect(lines[0]).toMatch(c.message);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect([...snapi.requests, ...aai.requests, ...oai.requests].map((q) => `${q.method} ${q.path}`)).toEqual([]);
  });
});
