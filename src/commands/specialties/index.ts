import type { DefineAction, Program } from '../define-action.js';
import { addBackendFlags } from '../shared/flags.js';

export function registerSpecialties(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('specialties')
    .summary('list the 24 specialties')
    .description('List the specialties a note can be written for: from the service when a key is set, else the built-in list.')
    .option('--json', 'print the list as JSON');
  defineAction(addBackendFlags(cmd), async (io, _args, raw) => {
    const { parseSpecialtiesOptions } = await import('./options.js');
    return (await import('./run.js')).runSpecialties(parseSpecialtiesOptions(raw, io.ctx.env), io);
  });
}
