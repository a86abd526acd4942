import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createAssemblyAiClients } from '../../src/api/assemblyai/index.js';
import { connectionOf, resolveSettings } from '../../src/config/resolve-settings.js';
import { ASSEMBLYAI_TEST_KEY } from '../emulator/assemblyai/emulator.js';
import { makeRuntime } from '../api/settings-fixture.js';
import { report } from './measure.js';

/** SOAP_BENCH_UPLOAD_MB=2200 checks the largest file AssemblyAI accepts. */
const FILE_BYTES = Number(process.env.SOAP_BENCH_UPLOAD_MB ?? 500) * 1024 * 1024;
const TARGET_MB = 150;
const MB = 1024 * 1024;

/** The emulator in a child process, so the RSS sampled here is the client's own. */
async function startEmulatorChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/assemblyai/main.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [url] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [''])])) as string[];
  if (!url) throw new Error('the AssemblyAI emulator did not start');
  return { child, url };
}

/** A sparse file: its full size on paper, next to nothing on disk, read back as zeros. */
function createSparseFile(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'soap-bench-upload-'));
  const path = join(dir, 'large.wav');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, FILE_BYTES);
  closeSync(fd);
  return { dir, path };
}

/** Uploads 500 MB (by default) with the real client and reports its peak RSS: memory must not grow with the file. */
export async function benchUpload(): Promise<void> {
  const { child, url } = await startEmulatorChild();
  const { dir, path } = createSparseFile();
  try {
    const env = { SOAP_CONFIG_DIR: dir, ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_BASE_URL: url, ASSEMBLYAI_LLM_GATEWAY_URL: url };
    const { api } = createAssemblyAiClients(connectionOf(resolveSettings({}, env), 'assemblyai'), makeRuntime());
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = Date.now();
    const { data } = await api.uploadFile(path);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const seconds = (Date.now() - started) / 1000;
    if (!data.upload_url.includes('/upload/')) throw new Error(`unexpected upload_url ${data.upload_url}`);
    const verdict = peak / MB < TARGET_MB ? `ok (target < ${TARGET_MB} MB)` : `OVER target ${TARGET_MB} MB`;
    report(`assemblyai upload ${FILE_BYTES / MB} MB: peak RSS`, `${(peak / MB).toFixed(0)} MB (start ${(before / MB).toFixed(0)} MB)`, verdict);
    report(`assemblyai upload ${FILE_BYTES / MB} MB: throughput`, `${(FILE_BYTES / MB / seconds).toFixed(0)} MB/s`, `${seconds.toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    child.kill('SIGTERM');
  }
}

// Run on its own: node --import tsx test/bench/assemblyai-upload.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  benchUpload().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
