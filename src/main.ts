import type { Context } from './context.js';

/** Process entry: wires the real streams and signals, runs one command, sets the exit code. The only exit. */
export function run(argv: string[] = process.argv.slice(2)): void {
  // `--version` is answered before loading anything else: scripts call it in loops.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    void import('./version.js').then(({ readVersion }) => process.stdout.write(`${readVersion()}\n`));
    return;
  }
  // The bundle is minified; its source maps make a --debug stack trace name src/ files and lines (chunks loaded from
  // here on). Off otherwise: reading the maps costs start-up time.
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true);
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
