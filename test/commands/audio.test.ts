import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { abortAfterRequests, testWithEmulator as it } from '../helpers/emulator-env.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// Every test has an emulator of its own (testWithEmulator), so they run concurrently.
describe.concurrent('soap audio', () => {
  it.for(['mp3', 'm4a', 'wav', 'ogg', 'webm', 'flac'])('uploads a %s recording as multipart and prints the note', async (ext, { emu, env, expect }) => {
    const path = `fixtures/audio/encounter.${ext}`;
    const r = await runSoap(['audio', path, '-s', 'physician', '--template', 'standard', '--json'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [req] = emu.requests;
    expect(req!.path).toBe('/v1/note/audio');
    expect(req!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req!.multipart!.fields).toEqual({ specialty: 'physician', template: 'standard' });
    expect(req!.multipart!.files).toEqual([expect.objectContaining({ field: 'audio', filename: `encounter.${ext}`, size: readFileSync(path).length, sha256: sha256(path) })]);
    expect(JSON.parse(r.stdout).transcript).toContain(`encounter.${ext}`);
  });

  it('prints the transcript only with --show-transcript', async ({ env, expect }) => {
    const plain = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env });
    expect(plain.stdout).not.toContain('TRANSCRIPT');
    const shown = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--show-transcript'], { env });
    expect(shown.stdout).toMatch(/\nTRANSCRIPT\nAudio transcript of encounter\.mp3/);
  });

  it('re-opens and re-sends the whole file when a retry follows a reset', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note/audio', reset: 'before-headers' });
    const r = await runSoap(['audio', 'fixtures/audio/encounter.flac', '-s', 'physician', '--json'], { env });
    expect(r.code).toBe(0);
    const uploads = emu.requests.filter((q) => q.multipart);
    expect(uploads.at(-1)!.multipart!.files[0]!.sha256).toBe(sha256('fixtures/audio/encounter.flac'));
  });

  it('says up front when a recording is long enough for the service to answer asynchronously', async ({ emu, env, expect }) => {
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
    emu.audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'completed' };
    const r = await runSoap(['audio', path, '-s', 'physician', '--json'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^! .*long\.flac is 31m 00s long: the service will answer asynchronously and soap will poll for the note\n$/);
  });

  describe('asynchronous jobs (202)', () => {
    it('polls the audio status endpoint until the note is ready', async ({ emu, env, expect }) => {
      emu.audio = { mode: 'async', pollsUntilDone: 1, finalStatus: 'completed' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--json'], { env });
      expect(r.code).toBe(0);
      const polls = emu.requests.filter((q) => q.path.startsWith('/v1/audio/status/'));
      expect(polls).toHaveLength(2);
      expect(JSON.parse(r.stdout)).toMatchObject({ status: 'completed', subjective: expect.any(String) });
    });

    it('--no-wait prints the note id and exits 8 with the resume command', async ({ emu, env, expect }) => {
      emu.audio = { mode: 'async', pollsUntilDone: 5, finalStatus: 'completed' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--no-wait'], { env });
      expect(r.code).toBe(8);
      const noteId = r.stdout.trim();
      expect(noteId).toMatch(/^note_[a-z0-9]{20}$/);
      expect(r.stderr).toBe(`… ${noteId} is still processing — resume with: soap status ${noteId} --wait\n`);
    });

    it('--wait-timeout stops waiting, prints the id and how to resume, exits 8; the job is not abandoned', async ({ emu, env, expect }) => {
      emu.audio = { mode: 'async', pollsUntilDone: 100, finalStatus: 'completed' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--wait-timeout', '0.5', '--base-url', emu.url], { env });
      expect(r.code).toBe(8);
      expect(r.stderr).toMatch(new RegExp(`^✗ job (note_[a-z0-9]{20}) is still running after \\d s — resume with: soap status \\1 --wait --base-url ${emu.url.replace(/[.]/g, '\\.')}\\n$`));
    });

    it('Ctrl-C while waiting prints the id and the resume command and exits 130', async ({ emu, env, expect }) => {
      emu.audio = { mode: 'async', pollsUntilDone: 100, finalStatus: 'completed' };
      const controller = new AbortController();
      const stop = abortAfterRequests(() => emu, controller, /^\/v1\/audio\/status\//, 1);
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env, signal: controller.signal });
      stop();
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/^✗ interrupted; job (note_[a-z0-9]{20}) is still running — resume with: soap status \1 --wait\n$/);
    });

    it('a failed job exits 1 with the service message', async ({ emu, env, expect }) => {
      emu.audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'failed', failMessage: 'audio could not be decoded' };
      const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician'], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^✗ note note_\w+ failed: audio could not be decoded/);
    });
  });

  describe('refuses bad recordings before sending anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-audio-'));
    const big = join(dir, 'big.mp3');
    const fd = openSync(big, 'w');
    writeFileSync(fd, readFileSync('fixtures/audio/encounter.mp3'));
    ftruncateSync(fd, 25 * 1024 * 1024 + 1);
    closeSync(fd);
    writeFileSync(join(dir, 'empty.wav'), '');
    mkdirSync(join(dir, 'sub'));
    it.for<[string, string, RegExp]>([
      ['a PNG named .mp3', 'fixtures/audio/not-audio.mp3', /not-audio\.mp3: is PNG data \(image\/png\), not audio soap can send/],
      ['a truncated file', 'fixtures/audio/truncated.m4a', /truncated\.m4a: looks truncated or corrupt/],
      ['a zero-byte file', join(dir, 'empty.wav'), /empty\.wav: is empty \(0 bytes\)/],
      ['a file over 25 MB', big, /big\.mp3: 25\.0 MB is over SOAPNoteAPI's 25 MB limit/],
      ['a missing file', join(dir, 'nope.ogg'), /nope\.ogg: no such file/],
      ['a folder with no recordings', join(dir, 'sub'), /sub: no \.mp3 \/ \.m4a .* files in this folder/],
      ['a transcript', 'fixtures/transcripts/knee-injury.txt', /knee-injury\.txt: is not a recognised audio format/],
    ])('%s', async ([, path, message], { emu, env, expect }) => {
      const r = await runSoap(['audio', path, '-s', 'physician'], { env });
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.code).toBe(2);
      expect(emu.requests).toHaveLength(0);
    });
  });
});

describe.concurrent('soap status', () => {
  async function makeNote(env: Record<string, string>): Promise<string> {
    const r = await runSoap(['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician', '--json'], { env });
    return JSON.parse(r.stdout).noteId;
  }

  it('prints a completed note with the same renderer, exit 0', async ({ emu, env, expect }) => {
    const id = await makeNote(env);
    const r = await runSoap(['status', id], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SUBJECTIVE\n/);
    expect(r.stdout).toContain(`note ${id}`);
    expect(emu.requests.at(-1)!.path).toBe(`/v1/note/${id}`);
  });

  it('exits 8 while processing, and --wait polls until completed', async ({ emu, env, expect }) => {
    emu.audio = { mode: 'async', pollsUntilDone: 2, finalStatus: 'completed' };
    const upload = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--no-wait'], { env });
    const id = upload.stdout.trim();
    const pending = await runSoap(['status', id, '--json'], { env });
    expect(pending.code).toBe(8);
    expect(JSON.parse(pending.stdout)).toEqual({ noteId: id, status: 'processing' });
    const waited = await runSoap(['status', id, '--wait', '--json'], { env });
    expect(waited.code).toBe(0);
    expect(JSON.parse(waited.stdout)).toMatchObject({ noteId: id, status: 'completed' });
  });

  it('a failed note exits 1', async ({ emu, env, expect }) => {
    emu.audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'failed', failMessage: 'no speech found' };
    const upload = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--no-wait'], { env });
    const r = await runSoap(['status', upload.stdout.trim()], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed: no speech found/);
  });

  it('an expired note is a 404 explained as retention, exit 1', async ({ emu, env, expect }) => {
    const id = await makeNote(env);
    emu.expireNote(id);
    const r = await runSoap(['status', id], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/404 NOT_FOUND.*notes expire after the retention period/);
  });

  it('refuses something that is not an id', async ({ emu, env, expect }) => {
    const r = await runSoap(['status', '../../etc/passwd'], { env });
    expect(r.code).toBe(2);
    expect(emu.requests).toHaveLength(0);
  });
});
