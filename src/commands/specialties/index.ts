import type { DefineAction, Program } from '../define-action.js';
import { addBackendFlags } from '../shared/flags.js';
import { formatExamples } from '../help/examples.js';

export function registerSpecialties(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('specialties')
    .summary('list the specialties a note can be written for')
    .description("List the specialties a note can be written for: SOAPNoteAPI's live list (public: no key needed; with its sub-templates when it names them) when it is the provider, else the built-in 24.")
    .option('--json', 'print the list as JSON');
  const full = addBackendFlags(cmd).addHelpText('after', formatExamples(['soap specialties', 'soap specialties | cut -f1', 'soap specialties --provider soapnoteapi --json']));
  defineAction(full, async (io, _args, raw) => {
    const { parseSpecialtiesOptions } = await import('./options.js');
    return (await import('./run.js')).runSpecialties(parseSpecialtiesOptions(raw, io.ctx.env), io);
  });
}
