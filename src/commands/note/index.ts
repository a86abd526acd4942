import type { DefineAction, Program } from '../define-action.js';
import { formatExamples } from '../help/examples.js';
import { addBackendFlags, addBatchFlags, addModelFlags, addNoteRequestFlags, addOutputFlags, addPlanFlags, addVerifyFlags } from '../shared/flags.js';

export function registerNote(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('note')
    .summary('write a SOAP note from a transcript')
    .description('Write a SOAP note from a transcript file, or from stdin with "-". Several files, folders (walked for *.txt), quoted globs or --from-list make a batch.')
    .argument('[inputs...]', 'transcript files, folders or globs, or - for stdin');
  const full = addPlanFlags(addBatchFlags(addModelFlags(addVerifyFlags(addOutputFlags(addBackendFlags(addNoteRequestFlags(cmd))))))).addHelpText(
    'after',
    formatExamples([
      'soap note fixtures/transcripts/knee-injury.txt --specialty physician',
      'cat fixtures/transcripts/ankle-sprain.txt | soap note - --json | jq -r .plan',
      'soap note fixtures/transcripts/ --out-dir notes/ --report run.ndjson',
      'soap note fixtures/transcripts/ --out-dir notes/ --dry-run --max-requests 10',
    ]),
  );
  defineAction(full, async (io, [inputs], raw) => {
    const { parseNoteOptions } = await import('./options.js');
    const options = parseNoteOptions(inputs, raw, io.ctx.env);
    return (await import('./run.js')).runNote(options, io);
  });
}
