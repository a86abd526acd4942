import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBackendOptions, addGatewayOptions, addOutputOptions } from '../shared-options.js';

export function registerStatus(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('status')
    .summary('show a note or job by id, or wait for it')
    .description('Show the status of a note (and the note once completed). Exit 0 completed, 1 failed, 8 still processing (without --wait).')
    .argument('<id>', 'SOAPNoteAPI note id (note_01jfg8h4kx9a3bc7d2ef), or an AssemblyAI transcript id with --provider assemblyai')
    .option('-s, --specialty <id>', 'assemblyai: once the transcript is ready, write the note for this specialty')
    .option('--template <id>', 'assemblyai: template for that note')
    .option('--wait', 'poll until the note is completed or failed')
    .option('--wait-timeout <seconds>', 'stop waiting after this long (exit 8 with the resume command)')
    .option('--show-transcript', 'print the transcript after the note');
  addGatewayOptions(addOutputOptions(addBackendOptions(cmd)));
  cmd.action(defineAction(async (io, id: string, opts) => (await import('./run.js')).runStatus(id, opts, io)));
}
