import type { Context, Env } from './context.js';
import { ExitCode } from './exit-codes.js';
import { installCodeCache } from './code-cache.js';

/** After SIGTERM, how long requests in flight may finish before they are aborted (Kubernetes waits 30 s in all). */
const TERM_GRACE_SECONDS = 10;

/** What stopped the run early: a signal, or stdout that can no longer be written. */
type StopCause = 'SIGINT' | 'SIGTERM' | 'output-closed' | 'output-failed';

interface Stops {
  /** The first Ctrl-C or SIGTERM, or stdout gone: stop scheduling; a single run and a read waiting for a writer give up. */
  soft: AbortSignal;
  /** A second signal, or the end of SIGTERM's grace period: requests in flight are aborted too. */
  hard: AbortSignal;
  cause(): StopCause | undefined;
}

/** `SOAP_TERM_GRACE_SECONDS` (tests shorten it); the default otherwise. */
function readGraceMs(env: Env): number {
  const seconds = Number(env.SOAP_TERM_GRACE_SECONDS ?? TERM_GRACE_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : TERM_GRACE_SECONDS) * 1000;
}

/** Turns signals and a broken stdout into the two stages of stopping. */
function watchStops(env: Env): Stops {
  const soft = new AbortController();
  const hard = new AbortController();
  let cause: StopCause | undefined;
  let signals = 0;
  const onSignal = (name: 'SIGINT' | 'SIGTERM'): void => {
    if (++signals > 1) return hard.abort();
    cause = name;
    soft.abort();
    // SIGTERM is followed by SIGKILL: what is in flight gets a bounded time, then the report is written.
    if (name === 'SIGTERM') setTimeout(() => hard.abort(), readGraceMs(env)).unref();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  // A closed pipe (`soap … | head`) is the reader's choice, not an error worth a stack trace; but a batch must stop
  // scheduling rather than pay for notes nobody reads, and say so in its exit code.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    cause ??= err.code === 'EPIPE' ? 'output-closed' : 'output-failed';
    soft.abort();
  });
  // With stderr gone there is nowhere left to report anything; that is no reason to crash.
  process.stderr.on('error', () => undefined);
  return { soft: soft.signal, hard: hard.signal, cause: () => cause };
}

/** The exit code as the cause of the stop says: 143 for SIGTERM, 141 for a reader that left, as shells expect. */
function exitCodeAfter(code: number, cause: StopCause | undefined): number {
  if (cause === 'SIGTERM' && code === ExitCode.interrupted) return ExitCode.terminated;
  const unfinished = code === ExitCode.ok || code === ExitCode.interrupted;
  if (cause === 'output-closed' && unfinished) return ExitCode.outputClosed;
  if (cause === 'output-failed' && unfinished) return ExitCode.failure;
  return code;
}

/** A request for help only: `soap`, `soap help …`, or `--help`/`-h` anywhere. */
function isHelpOnly(argv: readonly string[]): boolean {
  return argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
}

/** The words of the command whose help is asked for ('' for the program's), or undefined when argv is not a bare help request. */
function readHelpPath(argv: readonly string[]): string | undefined {
  const help = argv[0] === 'help' ? argv.slice(1) : argv.length > 0 && (argv.at(-1) === '--help' || argv.at(-1) === '-h') ? argv.slice(0, -1) : undefined;
  return help?.every((word) => /^[a-z]+$/.test(word)) ? help.join(' ') : undefined;
}

/**
 * The help text the build rendered for a pipe or a file (scripts/build.mjs): the same bytes commander would print,
 * without loading it and registering every command. Undefined on a terminal (commander wraps to its width), for an
 * unknown command (commander says so), or when the file is not there.
 */
function readPrerenderedHelp(argv: readonly string[]): string | undefined {
  const path = readHelpPath(argv);
  if (path === undefined || process.getBuiltinModule('node:tty').isatty(1)) return undefined;
  try {
    const texts = JSON.parse(process.getBuiltinModule('node:fs').readFileSync(new URL('help-texts.json', import.meta.url), 'utf8')) as Record<string, string>;
    return Object.hasOwn(texts, path) ? texts[path] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a short answer (the version, a help text) straight to file descriptor 1 and returns the exit code:
 * process.stdout would first build a stream — for a pipe, a socket and node:net — about a third of what `soap
 * --version` costs over `node -e 0`. A reader that has gone gives 141, as a stream's EPIPE does elsewhere.
 */
function writeAnswer(text: string): number {
  let rest = Buffer.from(text);
  try {
    while (rest.length > 0) rest = rest.subarray(process.getBuiltinModule('node:fs').writeSync(1, rest));
    return ExitCode.ok;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return ExitCode.outputClosed;
    // A non-blocking descriptor that is full (EAGAIN), or anything odd: the stream knows how to wait or fail.
    process.stdout.write(rest);
    return ExitCode.ok;
  }
}

/** Process entry: wires the real streams and signals, runs one command, sets the exit code. The only exit. */
export function run(argv: string[] = process.argv.slice(2)): void {
  // `--version` is answered before loading anything else: scripts call it in loops.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    void import('./version.js').then(({ readVersion }) => (process.exitCode = writeAnswer(`${readVersion()}\n`)));
    return;
  }
  const help = readPrerenderedHelp(argv);
  if (help !== undefined) {
    process.exitCode = writeAnswer(help);
    return;
  }
  // The bundle is minified; its source maps make a --debug stack trace name src/ files and lines (chunks loaded from
  // here on). Off otherwise: reading the maps costs start-up time.
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true);
  // V8's flags, before any command's code loads. Help needs none of them, and loading node:v8 costs it a tenth of its
  // time; --version and help to a pipe, answered above, do not even load the module that sets them.
  const tuned = isHelpOnly(argv) ? undefined : import('./v8-flags.js').then(({ tuneV8ForCommand }) => tuneV8ForCommand(argv[0]));
  const stops = watchStops(process.env);
  const ctx: Context = {
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin builds a stream (and loads its modules) when first read: only commands that read it pay.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    signal: stops.soft,
    hardSignal: stops.hard,
  };
  void Promise.resolve(tuned)
    .then(() => {
      // The build made the code cache with `soap note` and `soap specialties`, under the flags just set (V8 checks
      // them): other commands run under other flags and would read it only to have it refused. Not under --debug (see
      // installCodeCache).
      if ((argv[0] === 'note' || argv[0] === 'specialties') && !isHelpOnly(argv) && !argv.includes('--debug')) {
        installCodeCache(process.getBuiltinModule('node:url').fileURLToPath(new URL('.', import.meta.url)));
      }
      return import('./cli.js');
    })
    .then(({ runCli }) => runCli(argv, ctx))
    .then((code) => {
      const cause = stops.cause();
      const final = exitCodeAfter(code, cause);
      // After a stop nothing is worth waiting for, and something may hold the event loop: opening a FIFO that has
      // no writer blocks a libuv thread until one comes. stdout and stderr are synchronous here (files, pipes, TTYs).
      if (cause) process.exit(final);
      process.exitCode = final;
    });
}
