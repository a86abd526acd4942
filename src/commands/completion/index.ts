import { Argument } from '@commander-js/extra-typings';
import type { DefineAction, Program } from '../define-action.js';
import { formatExamples } from '../help/examples.js';
import { SHELLS } from './shells.js';

export function registerCompletion(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('completion')
    .summary('print a completion script for bash, zsh or fish')
    .description(
      'Print a shell completion script: commands, flags, specialty ids, providers, formats and paths. Load it with `source <(soap completion bash)` (zsh likewise, after compinit) or `soap completion fish | source`; the README says how to keep it.',
    )
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      formatExamples(['soap completion bash > ~/.local/share/bash-completion/completions/soap', 'soap completion zsh > "${fpath[1]}/_soap"', 'soap completion fish > ~/.config/fish/completions/soap.fish']),
    );
  defineAction(cmd, async (io, [shell], raw) => {
    const { parseCompletionOptions } = await import('./options.js');
    // The whole tree: the program this command belongs to.
    return (await import('./run.js')).runCompletion(parseCompletionOptions(shell, raw), cmd.parent ?? cmd, io);
  });
}
