import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli.js';
import type { Context } from '../../src/context.js';
import type { Backend, loadBackend } from '../../src/providers/index.js';

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  signal?: AbortSignal;
  cwd?: string;
  /** The width stdout and stderr report (100 unless given). */
  columns?: number;
  /** Called on every stdout write, to observe when output is produced. */
  onStdoutWrite?: (text: string) => void;
  /** A fake backend in place of the chosen provider's (command logic without an emulator); see fakeBackend(). */
  backend?: FakeBackend;
}

/** A fake backend and what the command asked of it. */
export interface FakeBackend {
  backend: Partial<Backend>;
  /** One entry per loadBackend call: which provider, with which options. */
  loads: { provider: string; options: Parameters<typeof loadBackend>[3] }[];
}

/**
 * A backend made of the given operations, recording how the command loaded it; an operation it lacks throws, so a
 * test sees at once when a command reaches for something it did not expect.
 */
export function fakeBackend(operations: Partial<Backend>): FakeBackend {
  return { backend: operations, loads: [] };
}

function fakeLoader(fake: FakeBackend): typeof loadBackend {
  return async (provider, _connection, _runtime, options) => {
    fake.loads.push({ provider: provider.id, options });
    const missing = (name: string) => () => {
      throw new Error(`the fake backend has no ${name}`);
    };
    return {
      createNote: missing('createNote'),
      streamNote: missing('streamNote'),
      summarizeVisits: missing('summarizeVisits'),
      ...fake.backend,
    } as Backend;
  };
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

function withIsolatedFolders(env: RunOptions['env']): Record<string, string | undefined> {
  const config = makeConfigDir();
  return { SOAP_CONFIG_DIR: config, SOAP_CACHE_DIR: join(config, 'cache'), ...env };
}

/** Runs `soap <args>` in-process with captured streams and an isolated environment. */
export async function runSoap(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new CaptureStream(options.stdoutTTY ?? false, options.onStdoutWrite);
  const stderr = new CaptureStream(options.stderrTTY ?? false);
  if (options.columns !== undefined) stdout.columns = stderr.columns = options.columns;
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdinTTY ?? false,
  });
  const ctx: Context = {
    stdout,
    stderr,
    stdin,
    // A config folder of its own, and a cache folder inside it: no run sees the machine's settings or another run's cache.
    env: withIsolatedFolders(options.env),
    cwd: options.cwd ?? process.cwd(),
    signal: options.signal ?? new AbortController().signal,
  };
  const code = await runCli(args, ctx, options.backend ? fakeLoader(options.backend) : undefined);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
