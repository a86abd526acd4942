import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';

export interface SpawnResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Called with each stderr/stdout chunk, e.g. to send SIGINT once something appears. */
  onOutput?: (text: string, child: ReturnType<typeof spawn>) => void;
  timeoutMs?: number;
  /** Called once the child is running, e.g. to watch the emulator and interrupt it. */
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
}

/**
 * Children at once, from concurrent tests: each one is a Node process starting up (about 0.3 s of CPU), so a dozen
 * at once on two cores would each take seconds and could meet the guard below; two per core keep both busy.
 */
const slots = pLimit(2 * availableParallelism());

/**
 * Runs the built CLI (bin/soap.js → dist/) as a child process with an explicit environment: nothing of this
 * machine's proxies, CAs or config leaks in. Asynchronous, so an emulator in this process keeps answering.
 */
export function spawnSoap(args: string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  return slots(() => runChild(args, options));
}

function runChild(args: string[], options: SpawnOptions): Promise<SpawnResult> {
  const home = mkdtempSync(join(tmpdir(), 'soap-home-'));
  const env = { PATH: process.env.PATH ?? '', HOME: home, SOAP_CONFIG_DIR: join(home, 'config'), NO_COLOR: '1', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/soap.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onOutput?.(chunk.toString(), child);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onOutput?.(chunk.toString(), child);
    });
    // A guard, not an expectation: a hung child must not hang the suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
