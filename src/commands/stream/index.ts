import type { DefineAction, Program } from '../define-action.js';
import { addBackendFlags, addModelFlags, addNoteRequestFlags, addOutputFlags, addVerifyFlags } from '../shared/flags.js';

export function registerStream(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('stream')
    .summary('write a SOAP note, showing each section as it is generated')
    .description('Like `soap note`, but streams the note (Server-Sent Events): text appears as it is written. With --json, one JSON line per event, then the assembled note.')
    .argument('<file>', 'transcript file, or - for stdin');
  const full = addModelFlags(addVerifyFlags(addOutputFlags(addBackendFlags(addNoteRequestFlags(cmd)))));
  defineAction(full, async (io, [file], raw) => {
    const { parseStreamOptions } = await import('./options.js');
    return (await import('./run.js')).runStream(parseStreamOptions(file, raw, io.ctx.env), io);
  });
}
