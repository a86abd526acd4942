import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBackendOptions } from '../shared-options.js';

export function registerSpecialties(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('specialties')
    .summary('list the 24 specialties')
    .description('List the specialties a note can be written for: from the service when a key is set, else the built-in list.')
    .option('--json', 'print the list as JSON');
  addBackendOptions(cmd);
  cmd.action(defineAction(async (io, opts) => (await import('./run.js')).runSpecialties(opts, io)));
}
