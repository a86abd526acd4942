import type { DefineAction, Program } from '../define-action.js';
import { addBackendFlags, choiceOption } from '../shared/flags.js';
import { formatExamples } from '../help/examples.js';

export function registerSummarize(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('summarize')
    .summary('summarize a patient\'s visit history')
    .description('Summarize visits: one visits JSON file ({patient_info?, focus?, visits: [...]}) or several note files written by `soap note --json` (one visit each).')
    .argument('<files...>', 'a visits JSON file, or note JSON files')
    .option('--focus <text>', 'clinical focus, e.g. "diabetes management"')
    .option('--patient-name <name>', 'patient name for the summary')
    .option('--patient-age <years>', 'patient age in years')
    .addOption(
      choiceOption('--date <rule>', 'visit date of note files: "field" (visit_date or created_at in the file, else a YYYY-MM-DD in its name, else its modification day, with a notice) or "mtime"', ['field', 'mtime'] as const).default('field' as const),
    )
    .option('--model <name>', 'model for --provider assemblyai or openai')
    .option('--max-tokens <n>', 'longest answer the model may give (default 2000)')
    .option('--json', 'print the summary object as returned')
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout');
  const full = addBackendFlags(cmd).addHelpText(
    'after',
    formatExamples([
      'soap summarize visits.json --focus "diabetes management"',
      'soap summarize notes/2026-01-10.json notes/2026-02-15.json --patient-age 62',
      'soap summarize notes/*.json --json | jq .active_diagnoses',
    ]),
  );
  defineAction(full, async (io, [files], raw) => {
    const { parseSummarizeOptions } = await import('./options.js');
    return (await import('./run.js')).runSummarize(parseSummarizeOptions(files, raw, io.ctx.env), io);
  });
}
