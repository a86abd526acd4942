import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBackendOptions, addNoteRequestOptions, addOutputOptions, addVerifyOptions, addGatewayOptions } from '../shared-options.js';

export function registerStream(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('stream')
    .summary('write a SOAP note, showing each section as it is generated')
    .description('Like `soap note`, but streams the note (Server-Sent Events): text appears as it is written. With --json, one JSON line per event, then the assembled note.')
    .argument('<file>', 'transcript file, or - for stdin');
  addGatewayOptions(addVerifyOptions(addOutputOptions(addBackendOptions(addNoteRequestOptions(cmd)))));
  cmd.action(defineAction(async (io, file: string, opts) => (await import('./run.js')).runStream(file, opts, io)));
}
