import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli.js';
import type { Context } from '../../src/context.js';

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  signal?: AbortSignal;
  cwd?: string;
  /** Called on every stdout write, to observe when output is produced. */
  onStdoutWrite?: (text: string) => void;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable that keeps what was written, flagged as a terminal or not. */
export class CaptureStream extends Writable {
  text = '';
  isTTY: boolean;
  columns = 100;
  constructor(tty: boolean, private readonly onWrite?: (text: string) => void) {
    super();
    this.isTTY = tty;
  }
  // The cursor calls a tty.WriteStream has, which spinners use to redraw a line.
  cursorTo(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    this.onWrite?.(chunk.toString());
    done();
  }
}

/** A fresh, empty config folder so no test sees the machine's real settings. */
export function makeConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'soap-config-'));
}

/** Runs `soap <args>` in-process with captured streams and an isolated environment. */
export async function runSoap(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new CaptureStream(options.stdoutTTY ?? false, options.onStdoutWrite);
  const stderr = new CaptureStream(options.stderrTTY ?? false);
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdinTTY ?? false,
  });
  const ctx: Context = {
    stdout,
    stderr,
    stdin,
    env: { SOAP_CONFIG_DIR: makeConfigDir(), ...options.env },
    cwd: options.cwd ?? process.cwd(),
    signal: options.signal ?? new AbortController().signal,
  };
  const code = await runCli(args, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
