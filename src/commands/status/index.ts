import type { DefineAction, Program } from '../define-action.js';
import { addBackendFlags, addModelFlags, addOutputFlags, addSpecialtyFlags, addWaitFlags } from '../shared/flags.js';

export function registerStatus(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('status')
    .summary('show a note or job by id, or wait for it')
    .description('Show the status of a note (and the note once completed). Exit 0 completed, 1 failed, 8 still processing (without --wait).')
    .argument('<id>', 'SOAPNoteAPI note id (note_01jfg8h4kx9a3bc7d2ef), or an AssemblyAI transcript id with --provider assemblyai');
  const withOwn = addWaitFlags(addSpecialtyFlags(cmd).option('--wait', 'poll until the note is completed or failed')).option(
    '--show-transcript',
    'print the transcript after the note',
  );
  const full = addModelFlags(addOutputFlags(addBackendFlags(withOwn)));
  defineAction(full, async (io, [id], raw) => {
    const { parseStatusOptions } = await import('./options.js');
    return (await import('./run.js')).runStatus(parseStatusOptions(id, raw, io.ctx.env), io);
  });
}
