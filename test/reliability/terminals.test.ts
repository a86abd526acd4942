import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';

/**
 * Terminals with a real pseudo-terminal: util-linux `script` runs the built CLI on a pty whose size `stty` sets. A pty
 * reporting 0 columns (script without a size, some containers) once made ora clear lines for ever (1.4 GB of escape
 * codes) and the note never came; NO_COLOR once left the spinner cyan (ora's chalk does not read it).
 */

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const OTHER = 'fixtures/transcripts/ankle-sprain.txt';
/** Enough for a note and a few dozen spinner frames; a runaway spinner passes it within milliseconds. */
const MAX_OUTPUT_BYTES = 256 * 1024;
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  // Long enough for the spinner to draw a dozen frames (ora's interval is 80 ms).
  emu.latencyMs = 1000;
});

interface PtyResult {
  code: number | null;
  /** Everything the pty showed: stdout and stderr of soap, as a terminal receives them. */
  output: string;
  /** Killed for writing more than MAX_OUTPUT_BYTES. */
  runaway: boolean;
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Runs soap on a pty of `columns` × 24 (`script -q -e` returns soap's exit code); stdin is /dev/null. */
function runOnPty(columns: number, args: string[], env: Record<string, string>): Promise<PtyResult> {
  const command = `stty cols ${columns} rows 24; exec ${quote(process.execPath)} bin/soap.js ${args.map(quote).join(' ')}`;
  const home = mkdtempSync(join(tmpdir(), 'soap-pty-'));
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', HOME: home, SOAP_CONFIG_DIR: join(home, 'config'), TERM: 'xterm-256color', SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  let runaway = false;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > MAX_OUTPUT_BYTES && !runaway) {
      runaway = true;
      // End soap (script's child) first, then script.
      for (const pid of readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
      child.kill('SIGKILL');
    }
  });
  const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output, runaway });
    }),
  );
}

const SGR = /\x1b\[[\d;]*m/; // colours and bold
const HIDE_CURSOR = '\x1b[?25l'; // what ora writes first when it animates

interface PtyCase {
  name: string;
  columns: number;
  args: (out: string) => string[];
  env?: Record<string, string>;
  check(r: PtyResult, out: string): void;
}

const PTY_CASES: PtyCase[] = [
  {
    name: '0 columns: no spinner, the note is printed, exit 0',
    columns: 0,
    args: () => ['note', TRANSCRIPT, '-s', 'physician'],
    env: { NO_COLOR: '1' },
    check: (r) => {
      expect(r.runaway, r.output.slice(0, 300)).toBe(false);
      expect(r.code).toBe(0);
      expect(r.output).not.toContain(HIDE_CURSOR);
      expect(r.output).toMatch(/SUBJECTIVE[\s\S]+PLAN[\s\S]+note note_/);
    },
  },
  {
    name: '0 columns, colour on: still no spinner, the note is printed, exit 0',
    columns: 0,
    args: () => ['note', TRANSCRIPT, '-s', 'physician'],
    check: (r) => {
      expect(r.runaway, r.output.slice(0, 300)).toBe(false);
      expect(r.code).toBe(0);
      expect(r.output).not.toContain(HIDE_CURSOR);
      expect(r.output).toMatch(/PLAN[\s\S]+note note_/);
    },
  },
  {
    name: '0 columns, a batch: no spinner, both notes written, exit 0',
    columns: 0,
    args: (out) => ['note', TRANSCRIPT, OTHER, '-s', 'physician', '--out-dir', out],
    env: { NO_COLOR: '1' },
    check: (r, out) => {
      expect(r.runaway, r.output.slice(0, 300)).toBe(false);
      expect(r.code).toBe(0);
      expect(r.output).not.toContain(HIDE_CURSOR);
      expect(readdirSync(out).sort()).toEqual(['ankle-sprain.soap.txt', 'knee-injury.soap.txt']);
    },
  },
  {
    name: '80 columns, NO_COLOR: the spinner runs, without colour',
    columns: 80,
    args: () => ['note', TRANSCRIPT, '-s', 'physician'],
    env: { NO_COLOR: '1' },
    check: (r) => {
      expect(r.code).toBe(0);
      expect(r.output).toContain(HIDE_CURSOR);
      expect(r.output).toContain('Writing the SOAP note');
      expect(r.output).not.toMatch(SGR);
    },
  },
  {
    name: '80 columns, NO_COLOR, a batch: the progress spinner runs, without colour',
    columns: 80,
    args: (out) => ['note', TRANSCRIPT, OTHER, '-s', 'physician', '--out-dir', out, '--concurrency', '1'],
    env: { NO_COLOR: '1' },
    check: (r) => {
      expect(r.code).toBe(0);
      expect(r.output).toContain(HIDE_CURSOR);
      expect(r.output).toContain('0/2 done');
      expect(r.output).not.toMatch(SGR);
    },
  },
  {
    name: '80 columns, --no-color: the spinner runs, without colour',
    columns: 80,
    args: () => ['note', TRANSCRIPT, '-s', 'physician', '--no-color'],
    check: (r) => {
      expect(r.code).toBe(0);
      expect(r.output).toContain('Writing the SOAP note');
      expect(r.output).not.toMatch(SGR);
    },
  },
  {
    // The control: the same check sees colour when colour is on.
    name: '80 columns, colour on: the spinner is cyan',
    columns: 80,
    args: () => ['note', TRANSCRIPT, '-s', 'physician'],
    check: (r) => {
      expect(r.code).toBe(0);
      expect(r.output).toMatch(/\x1b\[36m\S+\x1b\[39m Writing the SOAP note/);
    },
  },
];

describe.skipIf(!hasScript)('a real pseudo-terminal (util-linux script)', () => {
  it.for(PTY_CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    const out = mkdtempSync(join(tmpdir(), 'soap-pty-out-'));
    const r = await runOnPty(c.columns, c.args(out), c.env ?? {});
    c.check(r, out);
  });
});
