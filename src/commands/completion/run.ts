import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { CommandIo } from '../command-io.js';
import { ExitCode } from '../../exit-codes.js';
import { renderBashCompletion } from './bash.js';
import { readCommandTree, type CompletionTree } from './command-tree.js';
import { renderFishCompletion } from './fish.js';
import type { CompletionOptions } from './options.js';
import type { Shell } from './shells.js';
import { renderZshCompletion } from './zsh.js';

const RENDERERS: Record<Shell, (tree: CompletionTree) => string> = {
  bash: renderBashCompletion,
  zsh: renderZshCompletion,
  fish: renderFishCompletion,
};

/** `soap completion <shell>`: the script, made from the program's own command tree. */
export function runCompletion(options: CompletionOptions, program: CommandUnknownOpts, io: CommandIo): number {
  io.ctx.stdout.write(RENDERERS[options.shell](readCommandTree(program)));
  return ExitCode.ok;
}
