import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { report } from './measure.js';

/** Peak RSS of the real CLI (a child process) while uploading a 25 MB recording to the SOAPNoteAPI emulator. */
export async function benchAudioUpload(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'soap-bench-audio-'));
  const file = join(dir, 'long.mp3');
  // A real MP3 header followed by padding up to exactly 25 MB: sniffing and the size limit see a valid recording.
  const fd = openSync(file, 'w');
  writeSync(fd, readFileSync('fixtures/audio/encounter.mp3'));
  ftruncateSync(fd, 25 * 1024 * 1024);
  closeSync(fd);
  const emu = await startEmulator();
  const child = spawn(process.execPath, ['--import', './test/bench/report-max-rss.mjs', 'bin/soap.js', 'audio', file, '-s', 'physician', '--json'], {
    env: { PATH: process.env.PATH, SOAP_CONFIG_DIR: dir, SOAPNOTEAPI_KEY: 'snapi_sk_test_bench', SOAPNOTEAPI_BASE_URL: emu.url },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
  const kb = Number(/maxrss-kib=(\d+)/.exec(stderr)?.[1]);
  if (code !== 0 || !Number.isFinite(kb)) throw new Error(`audio upload bench failed (exit ${code}): ${stderr.slice(0, 200)}`);
  const mb = kb / 1024;
  report('soap audio: 25 MB upload, peak RSS', `${mb.toFixed(1)} MB`, mb < 100 ? 'ok (target < 100 MB)' : 'OVER target 100 MB');
}
