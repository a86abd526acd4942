import type { Readable, Writable } from 'node:stream';

export type Env = Record<string, string | undefined>;

export type OutStream = Writable & { isTTY?: boolean; columns?: number };

/** Everything a command may touch of the outside world, injected so tests run commands in-process. */
export interface Context {
  stdout: OutStream;
  stderr: OutStream;
  stdin: Readable & { isTTY?: boolean };
  env: Env;
  cwd: string;
  /** Aborted on the first Ctrl-C. */
  signal: AbortSignal;
  /** Aborted on the second Ctrl-C: in-flight work that the first one let finish is cut. */
  hardSignal?: AbortSignal;
}

export interface GlobalOptions {
  debug: boolean;
  color: boolean;
  quiet: boolean;
}

/** Colour only for a terminal, and never when NO_COLOR is set or --no-color given (FORCE_COLOR wins for demos). */
export function shouldUseColor(stream: OutStream, env: Env, flag: boolean): boolean {
  if (!flag) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
