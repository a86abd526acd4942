import type { Command } from 'commander';
import type { CommandIo } from './io.js';

// Commander hands actions (positional..., options, command); `run` functions take (io, positional..., options).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RunFn = (io: CommandIo, ...args: any[]) => Promise<number>;
export type DefineAction = (run: RunFn) => (...args: unknown[]) => Promise<void>;

/** Builds the adapter that gives each command its io and records the exit code it returns. */
export function createDefineAction(makeIo: (cmd: Command) => CommandIo, setExitCode: (code: number) => void): DefineAction {
  return (run) =>
    async (...args) => {
      const cmd = args.at(-1) as Command;
      const positional = args.slice(0, -1);
      setExitCode(await run(makeIo(cmd), ...positional));
    };
}
