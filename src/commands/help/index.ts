import { CommanderError } from '@commander-js/extra-typings';
import type { Program } from '../define-action.js';
import { ExitCode } from '../../exit-codes.js';
import { suggestClosest } from '../shared/suggest.js';
import { describeProgramHelp } from './program-help.js';

/**
 * `soap help [command…]`, in place of commander's own: the help of a command exits 0 as `soap <command> --help` does,
 * and an unknown command is one line with the closest name (commander's printed the whole program help, exit 1).
 */
export function registerHelp(program: Program): void {
  program.addHelpText('after', describeProgramHelp()).helpCommand(false);
  program
    .command('help')
    .description('display help for a command')
    .argument('[command...]', 'a command, or a command and its subcommand (config set)')
    .action((names: string[]) => {
      let target = program;
      for (const name of names) {
        const found = target.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!found) {
          const known = target.commands.map((c) => c.name()).filter((n) => n !== 'help');
          const close = suggestClosest(name, known);
          throw new CommanderError(ExitCode.usage, 'commander.unknownCommand', `unknown command '${name}'${close ? ` (did you mean ${close}?)` : ''}`);
        }
        target = found as Program;
      }
      target.outputHelp();
    });
}
