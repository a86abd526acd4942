import type { DefineAction, Program } from '../define-action.js';
import { formatExamples } from '../help/examples.js';
import { addBackendFlags, addModelFlags, addNoteRequestFlags, addOutputFlags, addVerifyFlags } from '../shared/flags.js';

export function registerStream(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('stream')
    .summary('write a SOAP note, showing each section as it is generated')
    .description('Like `soap note`, but streams the note (Server-Sent Events): text appears as it is written. With --json, one JSON line per event, then the assembled note.')
    .argument('<file>', 'transcript file, or - for stdin');
  const full = addModelFlags(addVerifyFlags(addOutputFlags(addBackendFlags(addNoteRequestFlags(cmd))))).addHelpText(
    'after',
    formatExamples([
      'soap stream fixtures/transcripts/ankle-sprain.txt --specialty physician',
      'soap stream visit.txt -s physician --json | jq -c .',
      'cat visit.txt | soap stream - -s physician --verify -o note.txt',
    ]),
  );
  defineAction(full, async (io, [file], raw) => {
    const { parseStreamOptions } = await import('./options.js');
    return (await import('./run.js')).runStream(parseStreamOptions(file, raw, io.ctx.env), io);
  });
}
