import { Command, CommanderError, type OptionValues } from '@commander-js/extra-typings';
import type { Context, GlobalOptions } from './context.js';
import { ExitCode } from './exit-codes.js';
import { reportError } from './report-error.js';
import { readVersion } from './version.js';
import { createScrubber, type Scrubber } from './text/scrubber.js';
import { createDefineAction, type DefineAction, type Program } from './commands/define-action.js';
import { createCommandIo } from './commands/command-io.js';
import type { loadBackend } from './providers/load-backend.js';
import { registerNote } from './commands/note/index.js';
import { registerStream } from './commands/stream/index.js';
import { registerAudio } from './commands/audio/index.js';
import { registerStatus } from './commands/status/index.js';
import { registerSummarize } from './commands/summarize/index.js';
import { registerCheck } from './commands/check/index.js';
import { registerSpecialties } from './commands/specialties/index.js';
import { registerConfig } from './commands/config/index.js';
import { registerHelp } from './commands/help/index.js';
import { registerCompletion } from './commands/completion/index.js';
import { registerDoctor } from './commands/doctor/index.js';

/** The global flags, as commander hands them over, typed. */
function readGlobals(raw: OptionValues): GlobalOptions {
  return { debug: raw.debug === true, color: raw.color !== false, quiet: raw.quiet === true };
}

/** Every command, in the order the program's help lists them. */
const REGISTRATIONS: readonly (readonly [string, (program: Program, defineAction: DefineAction) => void])[] = [
  ['note', registerNote],
  ['stream', registerStream],
  ['audio', registerAudio],
  ['status', registerStatus],
  ['summarize', registerSummarize],
  ['check', registerCheck],
  ['specialties', registerSpecialties],
  ['config', registerConfig],
  ['help', registerHelp],
  ['doctor', registerDoctor],
  ['completion', registerCompletion],
];

/**
 * The one command a command line runs, when its first word names one: only that command need be registered (every
 * command's flags cost `soap note` a fifth of `node -e 0` to register). Not `help` and `completion`, which read the
 * whole tree; anything else (a typo, a global flag first) registers every command, for commander's suggestions.
 */
export function readOnlyCommand(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return first !== 'help' && first !== 'completion' && REGISTRATIONS.some(([name]) => name === first) ? first : undefined;
}

/**
 * Builds the command tree (only the command `only` names, when given); registration is cheap, each command's code is
 * imported only when it runs.
 */
export function buildProgram(ctx: Context, setExitCode: (code: number) => void, fakeBackend?: typeof loadBackend, scrubber: Scrubber = createScrubber(), only?: string) {
  const program = new Command('soap')
    .description('Turn clinical encounter transcripts and recordings into SOAP notes.')
    .version(readVersion(), '-V, --version', 'print the version')
    .option('--debug', 'trace requests (no bodies, no keys) and show stack traces')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no progress or status lines on stderr')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: () => undefined,
    });
  const makeIo = (globals: OptionValues) => createCommandIo(ctx, readGlobals(globals), fakeBackend, scrubber);
  const defineAction = createDefineAction(makeIo, setExitCode);
  for (const [name, register] of REGISTRATIONS) {
    if (only === undefined || name === only) register(program, defineAction);
  }
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput());
  }
  return program;
}

/** Runs one command line and returns its exit code; the process is exited only by the caller (src/main.ts). */
export async function runCli(argv: string[], ctx: Context, fakeBackend?: typeof loadBackend): Promise<number> {
  let exitCode: number = ExitCode.ok;
  // One per run: the command registers the keys and texts it sends, the error line is scrubbed with them.
  const scrubber = createScrubber();
  const program = buildProgram(
    ctx,
    (code) => {
      exitCode = code;
    },
    fakeBackend,
    scrubber,
    readOnlyCommand(argv),
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.ok;
      // `soap` alone prints the help as an error (exit 2); a help asked for exits 0.
      if (err.code === 'commander.help') return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
      const command = program.args[0];
      const where = command && command !== 'help' && program.commands.some((c) => c.name() === command) ? `soap ${command} --help` : 'soap --help';
      ctx.stderr.write(`✗ ${err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} — see ${where}\n`);
      return ExitCode.usage;
    }
    return reportError(err, ctx, argv.includes('--debug'), scrubber.scrub);
  }
}
