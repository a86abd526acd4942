import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { TEST_KEY, abortAfterRequests, useEmulator } from '../helpers/emulator-env.js';
import { NOTE_ID, READINGS, noteIdPattern, type Reading } from '../helpers/readings.js';
import { startEmulator, type Emulator, type RecordedRequest } from '../emulator/index.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const MB = 1024 * 1024;
/** The method each reading takes an upload with (the other answers 405). */
const METHOD: Record<Reading, string> = { seeds: 'POST', current: 'PUT' };

/** A sparse copy of a recording, `size` bytes long: its header is real, the rest zeros. */
function bigRecording(dir: string, name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeFileSync(fd, readFileSync('fixtures/audio/encounter.mp3'));
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

describe.each(READINGS)('soap audio (%s reading)', (reading) => {
  const { emu, env } = useEmulator({ reading });
  /** The upload the service took: the last one, with the reading's method. */
  const accepted = () => emu().requests.filter((q) => q.path === '/v1/note/audio').at(-1)!;
  const paths = () => emu().requests.map((q) => `${q.method} ${q.path.replace(new RegExp(noteIdPattern(reading)), ':id')}`);

  it.each(['mp3', 'm4a', 'mp4', 'wav', 'ogg', 'webm', 'flac'])('uploads a %s recording and prints the note', async (ext) => {
    const path = `fixtures/audio/encounter.${ext}`;
    const r = await runSoap(['audio', path, '-s', 'physician', '--template', 'standard', '--json'], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const req = accepted();
    expect(req.method).toBe(METHOD[reading]);
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.multipart!.fields).toEqual(reading === 'seeds' ? { specialty: 'physician', template: 'standard' } : { metadata: '{"specialty":"physician","template":"standard"}' });
    const mime = ext === 'mp4' ? 'video/mp4' : ext === 'mp3' ? 'audio/mpeg' : ext === 'm4a' ? 'audio/mp4' : `audio/${ext}`;
    expect(req.multipart!.files).toEqual([{ field: 'audio', filename: `encounter.${ext}`, contentType: mime, size: readFileSync(path).length, sha256: sha256(path) }]);
    const note = JSON.parse(r.stdout);
    expect(note.transcript).toContain(`encounter.${ext}`);
    expect(note.noteId).toMatch(NOTE_ID[reading]);
  });

  it('reads the answer by its body: a 200 job ({noteId, status: processing}) is polled, a completed status without the note fetches it', async () => {
    const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ subjective: expect.stringContaining('Patient reports'), plan: expect.any(String) });
    if (reading === 'current') expect(paths().slice(-3)).toEqual(['PUT /v1/note/audio', 'GET /v1/audio/status/:id', 'GET /v1/note/:id']);
    else expect(paths().at(-1)).toBe('POST /v1/note/audio');
  });

  it('asks for what was asked: codes, summary, ICD-11, context, instructions; --show-transcript asks for the transcript', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-audio-ctx-'));
    writeFileSync(join(dir, 'ctx.json'), JSON.stringify({ patient_info: { age: 44 } }));
    const r = await runSoap(
      ['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--billing-codes', '--patient-summary', '--icd11', '--context', join(dir, 'ctx.json'), '--instructions', 'Brief.', '--show-transcript'],
      { env: env() },
    );
    expect(r.code, r.stderr).toBe(0);
    const request = { specialty: 'physician', context: { patient_info: { age: 44 }, custom_instructions: 'Brief.' }, include_billing_codes: true, include_patient_summary: true, include_icd11: true, include_transcript: true };
    const fields = accepted().multipart!.fields;
    expect(JSON.parse(fields.metadata!)).toEqual(request);
    if (reading === 'seeds') {
      // Flat fields for the older server, which ignores the metadata part it does not know.
      expect(fields).toMatchObject({ specialty: 'physician', include_billing_codes: 'true', include_patient_summary: 'true' });
      expect(r.stdout).toMatch(/\nTRANSCRIPT\nAudio transcript of encounter\.mp3/);
    } else {
      expect(Object.keys(fields)).toEqual(['metadata']);
      // The diarized transcript comes back as segments, shown one per line.
      expect(r.stdout).toMatch(/\nTRANSCRIPT\nA: Audio transcript of encounter\.mp3 \(sha256 [0-9a-f]{12}\)\.\nB: Patient reports/);
      expect(r.stdout).toMatch(/ICD-11 \(advisory\) +QA00/);
      expect(r.stdout).toMatch(/HCPCS +G2211/);
    }
    expect(r.stdout).toContain('PATIENT SUMMARY');
    expect(r.stdout).toContain('Recommended codes for review.');
    const plain = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env: env() });
    expect(plain.stdout).not.toContain('TRANSCRIPT');
  });

  it('re-opens and re-sends the whole file when a retry follows a reset', async () => {
    emu().fault({ method: METHOD[reading], path: '/v1/note/audio', reset: 'before-headers' });
    const r = await runSoap(['audio', 'fixtures/audio/encounter.flac', '-s', 'physician', '--json'], { env: env() });
    expect(r.code).toBe(0);
    const uploads = emu().requests.filter((q) => q.multipart && q.method === METHOD[reading]);
    expect(uploads.at(-1)!.multipart!.files[0]!.sha256).toBe(sha256('fixtures/audio/encounter.flac'));
  });

  it('sends a recording over 25 MB with a warning (the service decides), refuses one over 500 MB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-big-'));
    const big = bigRecording(dir, 'thirty.mp3', 30 * MB);
    const r = await runSoap(['audio', big, '-s', 'physician', '--json'], { env: env() });
    expect(r.stderr.split('\n')[0]).toBe(`! ${big} is 30 MB: older SOAPNoteAPI servers (POST uploads) take at most 25 MB (25 MB); sending it, the service decides`);
    if (reading === 'current') {
      expect(accepted().multipart!.files[0]!.size).toBe(30 * MB);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).plan).toEqual(expect.any(String));
    } else {
      // The seeds' server refuses it itself.
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/✗ SOAPNoteAPI 400 VALIDATION_ERROR: audio file exceeds the 25 MB limit/);
    }
  });

  it('says up front when a recording is long enough for the service to answer asynchronously', async () => {
    // A FLAC whose STREAMINFO says 31 minutes at 16 kHz: the duration is read from the header alone.
    const dir = mkdtempSync(join(tmpdir(), 'soap-long-'));
    const rate = 16_000;
    const samples = BigInt(rate * 60 * 31);
    const info = Buffer.alloc(34);
    info.writeUInt16BE(4096, 0);
    info.writeUInt16BE(4096, 2);
    // sample rate (20 bits) · channels-1 (3) · bits-1 (5) · total samples (36), packed big-endian from byte 10.
    const packed = (BigInt(rate) << 44n) | (0n << 41n) | (15n << 36n) | samples;
    info.writeBigUInt64BE(packed, 10);
    const path = join(dir, 'long.flac');
    writeFileSync(path, Buffer.concat([Buffer.from('fLaC'), Buffer.from([0x80, 0, 0, 34]), info, Buffer.alloc(4096)]));
    emu().audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'completed' };
    const r = await runSoap(['audio', path, '-s', 'physician', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^! .*long\.flac is 31m 00s long: the service will answer asynchronously and soap will poll for the note\n$/);
  });

  describe('asynchronous jobs', () => {
    it('polls until the note is ready (the note with the status, or fetched by id)', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 1, finalStatus: 'completed' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--json'], { env: env() });
      expect(r.code).toBe(0);
      const polls = emu().requests.filter((q) => q.path.startsWith('/v1/audio/status/'));
      expect(polls).toHaveLength(2);
      if (reading === 'current') expect(paths().at(-1)).toBe('GET /v1/note/:id');
      expect(JSON.parse(r.stdout)).toMatchObject({ status: 'completed', subjective: expect.any(String) });
    });

    it('--no-wait prints the note id and exits 8 with the resume command', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 5, finalStatus: 'completed' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--no-wait'], { env: env() });
      expect(r.code).toBe(8);
      const noteId = r.stdout.trim();
      expect(noteId).toMatch(NOTE_ID[reading]);
      expect(r.stderr).toBe(`… ${noteId} is still processing — resume with: soap status ${noteId} --wait\n`);
    });

    it('--wait-timeout stops waiting, prints the id and how to resume, exits 8; the job is not abandoned', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 100, finalStatus: 'completed' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--wait-timeout', '1.5', '--base-url', emu().url], { env: env() });
      expect(r.code).toBe(8);
      const id = noteIdPattern(reading);
      expect(r.stderr).toMatch(new RegExp(`^✗ job (${id}) is still running after \\d s — resume with: soap status \\1 --wait --base-url ${emu().url.replace(/[.]/g, '\\.')}\\n$`));
    });

    it('Ctrl-C while waiting prints the id and the resume command and exits 130', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 100, finalStatus: 'completed' };
      const controller = new AbortController();
      const stop = abortAfterRequests(emu, controller, /^\/v1\/audio\/status\//, 1);
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env: env(), signal: controller.signal });
      stop();
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(new RegExp(`^✗ interrupted; job (${noteIdPattern(reading)}) is still running — resume with: soap status \\1 --wait\\n$`));
    });

    it('a failed job exits 1 with the service message', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'failed', failMessage: 'audio could not be decoded' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^✗ note \S+ failed: audio could not be decoded/);
    });

    it('statuses are compared without case; an unknown one means still running; a completed status without "status" is done', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 3, finalStatus: 'completed' };
      emu().fault({ path: /^\/v1\/audio\/status\//, rawBody: '{"status":"Transcoding"}' });
      emu().fault({ path: /^\/v1\/audio\/status\//, rawBody: '{"status":"PROCESSING","message":null}' });
      emu().fault({ path: /^\/v1\/audio\/status\//, rawBody: '{"subjective":"S.","objective":"O.","assessment":"A.","plan":"P.","patient_summary":null}' });
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--json'], { env: env() });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ subjective: 'S.', plan: 'P.', patient_summary: null });
      expect(emu().requests.filter((q) => q.path.startsWith('/v1/audio/status/'))).toHaveLength(3);
    });

    it('a 404 right after the upload is retried twice, then it is final; a failed status with an error surfaces it', async () => {
      emu().audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'completed' };
      emu().fault({ path: /^\/v1\/audio\/status\//, status: 404, times: 2 });
      const ok = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--json'], { env: env() });
      expect(ok.code, ok.stderr).toBe(0);
      emu().fault({ path: /^\/v1\/audio\/status\//, status: 404, times: 3 });
      const gone = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env: env() });
      expect(gone.code).toBe(1);
      expect(gone.stderr).toMatch(/SOAPNoteAPI 404 .*notes expire after the retention period/);
      emu().fault({ path: /^\/v1\/audio\/status\//, rawBody: '{"status":"Error","error":{"message":"audio too short"}}' });
      const failed = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env: env() });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/failed: audio too short/);
    });
  });

  describe('refuses bad recordings before sending anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-audio-'));
    const huge = bigRecording(dir, 'huge.mp3', 500 * MB + 1);
    writeFileSync(join(dir, 'empty.wav'), '');
    mkdirSync(join(dir, 'sub'));
    it.each([
      ['a PNG named .mp3', 'fixtures/audio/not-audio.mp3', /not-audio\.mp3: is PNG data \(image\/png\), not audio soap can send/],
      ['a truncated file', 'fixtures/audio/truncated.m4a', /truncated\.m4a: looks truncated or corrupt/],
      ['a zero-byte file', join(dir, 'empty.wav'), /empty\.wav: is empty \(0 bytes\)/],
      ['a file over 500 MB', huge, /huge\.mp3: 500\.0 MB is over SOAPNoteAPI's 500 MB limit/],
      ['a missing file', join(dir, 'nope.ogg'), /nope\.ogg: no such file/],
      ['a folder with no recordings', join(dir, 'sub'), /sub: no \.mp3 \/ \.m4a .* files in this folder/],
      ['a transcript', 'fixtures/transcripts/knee-injury.txt', /knee-injury\.txt: is not a recognised audio format/],
    ])('%s', async (_name, path, message) => {
      const r = await runSoap(['audio', path, '-s', 'physician'], { env: env() });
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.code).toBe(2);
      expect(emu().requests).toHaveLength(0);
    });
  });
});

describe('soap audio: PUT first, POST only after a 405', () => {
  const started: Emulator[] = [];
  afterAll(async () => Promise.all(started.map((e) => e.close())));
  /** A server soap has not spoken to yet in this process (it remembers which method each one takes). */
  async function fresh(reading: Reading): Promise<{ emu: Emulator; env: Record<string, string> }> {
    const emu = await startEmulator({ reading });
    started.push(emu);
    return { emu, env: { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url } };
  }
  const describeUpload = (q: RecordedRequest) => `${q.method} ${q.multipart?.files[0]?.size ?? 0}`;
  const size = readFileSync('fixtures/audio/encounter.wav').length;

  it('re-sends the recording once as POST with form fields when PUT answers 405, then uses POST for that server', async () => {
    const { emu, env } = await fresh('seeds');
    const r = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(emu.requests.map(describeUpload)).toEqual([`PUT ${size}`, `POST ${size}`]);
    const again = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--json'], { env });
    expect(again.code).toBe(0);
    expect(emu.requests.slice(2).map(describeUpload)).toEqual([`POST ${size}`]);
  });

  it('never falls back on another status: a 400, a 401 or a 503 on PUT stand, and nothing is sent by POST', async () => {
    const { emu, env } = await fresh('current');
    for (const [status, code, exit] of [[400, 'VALIDATION_ERROR', 1], [401, 'AUTHENTICATION_ERROR', 3], [413, 'PAYLOAD_TOO_LARGE', 1], [503, 'SERVICE_UNAVAILABLE', 1]] as const) {
      emu.fault({ method: 'PUT', path: '/v1/note/audio', status, code, times: Infinity });
      const r = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--max-retries', '0'], { env });
      expect(r.code, `${status}`).toBe(exit);
      expect(emu.requests.filter((q) => q.method === 'POST')).toHaveLength(0);
      emu.reset();
    }
  });

  it('uses the status URL the answer carries, on the same origin only', async () => {
    const { emu, env } = await fresh('current');
    emu.audio = { mode: 'async', pollsUntilDone: 2, finalStatus: 'completed' };
    const pending = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--no-wait'], { env });
    const id = pending.stdout.trim();
    emu.fault({ method: 'PUT', path: '/v1/note/audio', status: 202, rawBody: JSON.stringify({ note_id: id, status: 'queued', links: { status: `${emu.url}/v1/audio/status/${id}?via=link` } }) });
    const r = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const polls = emu.requests.filter((q) => q.path === `/v1/audio/status/${id}`);
    expect(polls.map((q) => q.query)).toEqual([{ via: 'link' }, { via: 'link' }, { via: 'link' }]);
    emu.reset();
    const other = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--no-wait'], { env });
    const otherId = other.stdout.trim();
    emu.fault({ method: 'PUT', path: '/v1/note/audio', rawBody: JSON.stringify({ noteId: otherId, status: 'processing', status_url: `http://127.0.0.2:1/v1/audio/status/${otherId}` }) });
    const elsewhere = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician', '--json'], { env });
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    expect(emu.requests.some((q) => q.path === `/v1/audio/status/${encodeURIComponent(otherId)}`)).toBe(true);
  });

  it('refuses an answer with neither a note nor an id, saying the recording may have been accepted', async () => {
    const { emu, env } = await fresh('current');
    emu.fault({ method: 'PUT', path: '/v1/note/audio', rawBody: '{"status":"processing"}' });
    const r = await runSoap(['audio', 'fixtures/audio/encounter.wav', '-s', 'physician'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✗ SOAPNoteAPI answered the upload with neither a note nor a note id .*— the recording may have been accepted/);
  });

  it('copies a recording given with any name: the MIME type and format come from its bytes', async () => {
    const { emu, env } = await fresh('current');
    const dir = mkdtempSync(join(tmpdir(), 'soap-named-'));
    copyFileSync('fixtures/audio/encounter.mp4', join(dir, 'visit.audio'));
    const r = await runSoap(['audio', join(dir, 'visit.audio'), '-s', 'physician', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(emu.requests[0]!.multipart!.files[0]).toMatchObject({ filename: 'visit.audio', contentType: 'video/mp4' });
  });
});
