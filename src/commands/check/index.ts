import type { DefineAction, Program } from '../define-action.js';
import { formatExamples } from '../help/examples.js';

export function registerCheck(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('check')
    .summary('list what a note says that its transcript does not support')
    .description('Check a note (JSON from any provider) against its transcript: unsupported numbers in context, medications, diagnoses, allergies, sides (left/right), symptom and exam polarity, codes, contradictions and who said what; --json adds the transcript lines consulted. Exit 0, or 6 with --strict when anything is unsupported.')
    .argument('<note.json>', 'note JSON as written by soap note --json (or - for stdin)')
    .requiredOption('-t, --transcript <file>', 'the transcript the note was written from')
    .option('--context <file.json>', 'clinical context JSON (patient_info, patient_history): its facts count as support')
    .option('--json', 'print {"grounding": [...]} instead of the warning list')
    .option('--strict', 'exit 6 when any statement is unsupported')
    .addHelpText(
      'after',
      formatExamples([
        'soap note visit.txt --json -o note.json && soap check note.json -t visit.txt',
        'soap check note.json --transcript visit.txt --context ctx.json --strict',
        'soap check note.json -t visit.txt --json | jq \'.grounding[] | .claim\'',
      ]),
    );
  defineAction(cmd, async (io, [note], raw) => {
    const { parseCheckOptions } = await import('./options.js');
    return (await import('./run.js')).runCheck(parseCheckOptions(note, raw), io);
  });
}
