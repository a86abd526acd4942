import type { DefineAction, Program } from '../define-action.js';
import { PROVIDERS } from '../../providers/table.js';
import { addBackendFlags, addModelChoiceFlags, addOutputFlags, addSpecialtyFlags, addWaitFlags } from '../shared/flags.js';
import { formatExamples } from '../help/examples.js';

/** Only the backends that keep jobs can be asked about one: the others are not offered. */
const JOB_PROVIDERS = PROVIDERS.filter((p) => p.keepsJobs).map((p) => p.id);

export function registerStatus(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('status')
    .summary('show a note or job by id, or wait for it')
    .description('Show the status of a note (and the note once completed). Exit 0 completed, 1 failed, 8 still processing (without --wait).')
    .argument('<id>', 'SOAPNoteAPI note id (note_01jfg8h4kx9a3bc7d2ef), or an AssemblyAI transcript id with --provider assemblyai');
  // Only what applies to looking a job up: no request flags, and of the model flags only those the note of a finished
  // AssemblyAI transcript is written with (no --method, --section, --from: that note is one request, written whole).
  const withSpecialty = addSpecialtyFlags(cmd, 'with --provider assemblyai: write the note of the finished transcript for this specialty');
  const withOwn = addWaitFlags(withSpecialty.option('--wait', 'poll until the note is completed or failed')).option('--show-transcript', 'print the transcript after the note');
  const full = addModelChoiceFlags(addOutputFlags(addBackendFlags(withOwn, JOB_PROVIDERS))).addHelpText(
    'after',
    formatExamples([
      'soap status note_01jfg8h4kx9a3bc7d2ef',
      'soap status note_01jfg8h4kx9a3bc7d2ef --wait --wait-timeout 600 --json',
      'soap status 5552831a-7bcd-4b8b-9a0d-1f2e3c4d5e6f --provider assemblyai --wait -s physician',
    ]),
  );
  defineAction(full, async (io, [id], raw) => {
    const { parseStatusOptions } = await import('./options.js');
    return (await import('./run.js')).runStatus(parseStatusOptions(id, raw, io.ctx.env), io);
  });
}
