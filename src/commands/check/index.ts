import type { DefineAction, Program } from '../define-action.js';

export function registerCheck(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('check')
    .summary('list what a note says that its transcript does not support')
    .description('Check a note (JSON from any provider) against its transcript: unsupported numbers and units, medication names, sides (left/right), flipped negations and codes. Exit 0, or 6 with --strict when anything is unsupported.')
    .argument('<note.json>', 'note JSON as written by soap note --json (or - for stdin)')
    .requiredOption('-t, --transcript <file>', 'the transcript the note was written from')
    .option('--json', 'print {"grounding": [...]} instead of the warning list')
    .option('--strict', 'exit 6 when any statement is unsupported');
  defineAction(cmd, async (io, [note], raw) => {
    const { parseCheckOptions } = await import('./options.js');
    return (await import('./run.js')).runCheck(parseCheckOptions(note, raw), io);
  });
}
