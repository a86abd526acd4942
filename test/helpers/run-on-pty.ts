import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** util-linux `script`, which gives the child a real pseudo-terminal; tests that need one skip without it. */
export const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export interface PtyRun {
  code: number | null;
  /** stdout and stderr of soap as the terminal received them, in order. */
  output: string;
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the built CLI on a pty of `columns` × 24 (`script -q -e` returns soap's exit code), with only `env` (plus
 * PATH, a fresh HOME and config folder, TERM); stdin is /dev/null.
 */
export function runOnPty(columns: number, args: string[], env: Record<string, string> = {}, timeoutMs = 15_000): Promise<PtyRun> {
  const command = `stty cols ${columns} rows 24; exec ${quote(process.execPath)} bin/soap.js ${args.map(quote).join(' ')}`;
  const home = mkdtempSync(join(tmpdir(), 'soap-pty-'));
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', HOME: home, SOAP_CONFIG_DIR: join(home, 'config'), TERM: 'xterm-256color', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    }),
  );
}

/** The text a terminal shows: colours and cursor controls removed, CRLF as LF. */
export function stripTerminalCodes(text: string): string {
  return text.replace(/\x1b\[[?\d;]*[A-Za-z]/g, '').replace(/\r\n/g, '\n');
}
