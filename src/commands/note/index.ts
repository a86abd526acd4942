import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBackendOptions, addNoteRequestOptions, addOutputOptions, addVerifyOptions, addGatewayOptions } from '../shared-options.js';

export function registerNote(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('note')
    .summary('write a SOAP note from a transcript')
    .description('Write a SOAP note from a transcript file, or from stdin with "-".')
    .argument('<file>', 'transcript file, or - for stdin');
  addGatewayOptions(addVerifyOptions(addOutputOptions(addBackendOptions(addNoteRequestOptions(cmd)))));
  cmd.action(defineAction(async (io, file: string, opts) => (await import('./run.js')).runNote(file, opts, io)));
}
