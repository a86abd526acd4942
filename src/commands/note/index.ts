import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBatchOptions } from '../batch/batch-flags.js';
import { addBackendOptions, addNoteRequestOptions, addOutputOptions, addVerifyOptions, addGatewayOptions } from '../shared-options.js';

export function registerNote(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('note')
    .summary('write a SOAP note from a transcript')
    .description('Write a SOAP note from a transcript file, or from stdin with "-". Several files, folders (walked for *.txt), quoted globs or --from-list make a batch.')
    .argument('[inputs...]', 'transcript files, folders or globs, or - for stdin');
  addBatchOptions(addGatewayOptions(addVerifyOptions(addOutputOptions(addBackendOptions(addNoteRequestOptions(cmd))))));
  cmd.action(defineAction(async (io, inputs: string[], opts) => (await import('./run.js')).runNote(inputs, opts, io)));
}
