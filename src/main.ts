import { setFlagsFromString } from 'node:v8';
import type { Context } from './context.js';

/** Process entry: wires the real streams and signals, runs one command, sets the exit code. The only exit. */
export function run(argv: string[] = process.argv.slice(2)): void {
  // `--version` is answered before loading anything else: scripts call it in loops.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    void import('./version.js').then(({ readVersion }) => process.stdout.write(`${readVersion()}\n`));
    return;
  }
  // undici parses HTTP with a WebAssembly build of llhttp; V8's optimising tier for it costs ~35 MB of RSS and
  // start-up CPU, which a CLI making a handful of requests never earns back. The baseline tier parses just as well.
  setFlagsFromString('--liftoff-only');
  const soft = new AbortController();
  const hard = new AbortController();
  process.on('SIGINT', () => {
    if (soft.signal.aborted) hard.abort();
    soft.abort();
  });
  process.on('SIGTERM', () => {
    soft.abort();
    hard.abort();
  });
  // A closed pipe (`soap … | head`) is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const ctx: Context = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    signal: soft.signal,
    hardSignal: hard.signal,
  };
  void import('./cli.js')
    .then(({ runCli }) => runCli(argv, ctx))
    .then((code) => {
      process.exitCode = code;
    });
}
