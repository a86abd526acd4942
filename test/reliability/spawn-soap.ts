import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';

export interface SpawnResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** With `measureRss`: the child's peak resident memory, in MB. */
  peakRssMb?: number;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Called with each stderr/stdout chunk, e.g. to send SIGINT once something appears. */
  onOutput?: (text: string, child: ReturnType<typeof spawn>) => void;
  timeoutMs?: number;
  /** Called once the child is running, e.g. to watch the emulator and interrupt it. */
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
  /** 'pipe': stdin is a pipe the test may write to, or keep open and silent (a writer that never comes). */
  stdin?: 'ignore' | 'pipe';
  /**
   * Preloads test/bench/report-max-rss.mjs, so the result carries the child's peak RSS (its line is taken out of
   * stderr); a watchdog kills the child should it grow past `killAboveRssMb`, so a regression fails without
   * exhausting the machine.
   */
  measureRss?: { killAboveRssMb: number };
}

const RSS_LINE = /\nmaxrss-kib=(\d+)\n$/;

/** The child's current RSS in MB from /proc, or 0 once it is gone. */
function currentRssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
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
  const nodeArgs = options.measureRss ? ['--import', './test/bench/report-max-rss.mjs'] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, 'bin/soap.js', ...args], { env, stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onOutput?.(chunk.toString(), child);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onOutput?.(chunk.toString(), child);
    });
    // A guard, not an expectation: a hung child must not hang the suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    const limit = options.measureRss?.killAboveRssMb;
    const watchdog = limit ? setInterval(() => currentRssMb(child.pid!) > limit && child.kill('SIGKILL'), 25) : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      clearInterval(watchdog);
      const rss = RSS_LINE.exec(stderr);
      if (!rss) return resolve({ code, signal, stdout, stderr });
      resolve({ code, signal, stdout, stderr: stderr.slice(0, rss.index), peakRssMb: Number(rss[1]) / 1024 });
    });
  });
}
