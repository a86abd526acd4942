import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { NOTE_ID, READINGS } from '../helpers/readings.js';

describe.each(READINGS)('soap status (%s reading)', (reading) => {
  const { emu, env } = useEmulator({ reading });

  async function makeNote(...extra: string[]): Promise<string> {
    const r = await runSoap(['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician', '--json', ...extra], { env: env() });
    return JSON.parse(r.stdout).noteId;
  }

  async function uploadPending(): Promise<string> {
    const upload = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--no-wait'], { env: env() });
    return upload.stdout.trim();
  }

  it('prints a completed note with the same renderer, exit 0', async () => {
    const id = await makeNote();
    expect(id).toMatch(NOTE_ID[reading]);
    const r = await runSoap(['status', id], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SUBJECTIVE\n/);
    expect(r.stdout).toContain(`note ${id}`);
    expect(r.stdout).not.toContain('null');
    expect(emu().requests.at(-1)!.path).toBe(`/v1/note/${id}`);
  });

  it('shows every code system of a note read back, with the disclaimer', async () => {
    const id = await makeNote('--billing-codes');
    const r = await runSoap(['status', id], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Recommended codes for review.');
    if (reading === 'current') expect(r.stdout).toMatch(/HCPCS +G2211/);
  });

  it('exits 8 while processing, and --wait polls until completed', async () => {
    emu().audio = { mode: 'async', pollsUntilDone: 2, finalStatus: 'completed' };
    const id = await uploadPending();
    const pending = await runSoap(['status', id, '--json'], { env: env() });
    expect(pending.code).toBe(8);
    expect(JSON.parse(pending.stdout)).toEqual({ noteId: id, status: 'processing' });
    const waited = await runSoap(['status', id, '--wait', '--json'], { env: env() });
    expect(waited.code).toBe(0);
    expect(JSON.parse(waited.stdout)).toMatchObject({ noteId: id, status: 'completed' });
  });

  it('--show-transcript prints the transcript of a note read back', async () => {
    const id = await makeNote();
    const r = await runSoap(['status', id, '--show-transcript'], { env: env() });
    expect(r.stdout).toMatch(/\nTRANSCRIPT\n\S/);
  });

  it('a failed note exits 1', async () => {
    emu().audio = { mode: 'async', pollsUntilDone: 0, finalStatus: 'failed', failMessage: 'no speech found' };
    const r = await runSoap(['status', await uploadPending()], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed: no speech found/);
  });

  it('an expired note is a 404 explained as retention, exit 1, never retried', async () => {
    const id = await makeNote();
    emu().expireNote(id);
    const before = emu().requests.length;
    const r = await runSoap(['status', id], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/404 (NOT_FOUND|not_found).*notes expire after the retention period/i);
    expect(r.stderr.match(/retention/gi)).toHaveLength(1);
    expect(emu().requests.length - before).toBe(1);
  });

  it('refuses something that is not an id', async () => {
    const r = await runSoap(['status', '../../etc/passwd'], { env: env() });
    expect(r.code).toBe(2);
    expect(emu().requests).toHaveLength(0);
  });

  it('with no key says that no key is set (not that the offline engine keeps no jobs), exit 3, nothing sent', async () => {
    const r = await runSoap(['status', 'note_01jfg8h4kx9a3bc7d2ef'], { env: { SOAPNOTEAPI_BASE_URL: emu().url } });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('✗ no key is set: soap status looks the id up at SOAPNoteAPI or AssemblyAI — set SOAPNOTEAPI_KEY or ASSEMBLYAI_API_KEY (or soap config set soapnoteapi.key)\n');
    expect(emu().requests).toHaveLength(0);
  });
});
