import { Option, type Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBackendOptions } from '../shared-options.js';

export function registerSummarize(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('summarize')
    .summary('summarize a patient\'s visit history')
    .description('Summarize visits: one visits JSON file ({patient_info?, focus?, visits: [...]}) or several note files written by `soap note --json` (one visit each).')
    .argument('<files...>', 'a visits JSON file, or note JSON files')
    .option('--focus <text>', 'clinical focus, e.g. "diabetes management"')
    .option('--patient-name <name>', 'patient name for the summary')
    .option('--patient-age <years>', 'patient age in years')
    .addOption(new Option('--date <rule>', 'visit date of note files: "field" (visit_date in the file, else a YYYY-MM-DD in its name) or "mtime"').choices(['field', 'mtime']).default('field'))
    .option('--model <name>', 'model for --provider assemblyai or openai')
    .option('--max-tokens <n>', 'longest answer the model may give (default 2000)')
    .option('--json', 'print the summary object as returned')
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout');
  addBackendOptions(cmd);
  cmd.action(defineAction(async (io, files: string[], opts) => (await import('./run.js')).runSummarize(files, opts, io)));
}
