import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { CommandIo } from './command-io.js';

/** The root command the subcommands are registered on (its global options are read with optsWithGlobals). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the program's global options are typed in cli.ts
export type Program = Command<[], any, any>;

/** A command's body: its positional arguments and options as commander typed them, the io, an exit code. */
export type RunAction<Args extends unknown[], Opts extends OptionValues> = (io: CommandIo, args: Args, opts: Opts) => Promise<number>;

/** Attaches a typed run function to a command: the flags it reads are the flags the command defines. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parent command
export type DefineAction = <Args extends unknown[], Opts extends OptionValues>(cmd: Command<Args, Opts, any>, run: RunAction<Args, Opts>) => void;

/** Builds the adapter that gives each command its io and records the exit code it returns. */
export function createDefineAction(makeIo: (globals: OptionValues) => CommandIo, setExitCode: (code: number) => void): DefineAction {
  return (cmd, run) => {
    cmd.action(async (...all: unknown[]) => {
      const self = all.at(-1) as typeof cmd;
      const args = all.slice(0, -2) as Parameters<typeof run>[1];
      setExitCode(await run(makeIo(self.optsWithGlobals()), args, self.opts()));
    });
  };
}
