import { Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { FORMATS } from '../../output/formats.js';
import { PROVIDER_IDS as PROVIDERS } from '../../providers/table.js';
import { parseChoice } from './suggest.js';

// Option groups shared by several commands. Generic over the command so that commander's inferred option types
// (and so the options modules' checks) see every flag a group adds.

type Cmd<A extends unknown[], O extends OptionValues, G extends OptionValues> = Command<A, O, G>;

/** A repeatable flag's values, in the order given. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A flag of a fixed set of values: listed in its help, and a typo refused with the closest value suggested. */
export function choiceOption<F extends string, T extends string>(flags: F, description: string, values: readonly T[]) {
  return new Option(flags, description).choices(values).argParser(parseChoice(values));
}

/** Options of every command that talks to a backend; `providers`: the backends this command can use. */
export function addBackendFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>, providers: readonly string[] = PROVIDERS) {
  return cmd
    .addOption(choiceOption('--provider <name>', 'backend to use', providers))
    .option('--base-url <url>', 'base URL of the chosen backend (self-hosting, the emulator); http:// only for loopback')
    .option('--max-retries <n>', 'retries after transient failures (default 2)')
    .option('--timeout <seconds>', 'time limit for each request, retries included (default 120)');
}

/** Options of every command that prints a note. */
export function addOutputFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return cmd
    .option('--json', 'print the result as one JSON document (same as --format json)')
    .addOption(choiceOption('--format <format>', 'output format', FORMATS))
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout');
}

/** The specialty and template of a note. */
export function addSpecialtyFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  cmd: Cmd<A, O, G>,
  specialty = 'one of the 24 specialties (see `soap specialties`); required with a hosted provider unless configured (the offline engine: generic)',
) {
  return cmd
    .option('-s, --specialty <id>', specialty)
    .option('--template <id>', 'template: "standard" or a custom template id');
}

/** Options that shape a note request: shared by note, stream and audio. */
export function addNoteRequestFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return addSpecialtyFlags(cmd)
    .option('--context <file.json>', 'clinical context JSON (patient_info, patient_history, chat_messages)')
    .option('--patient-history <file>', 'text file with prior history, sent as context.patient_history')
    .option('--billing-codes', 'ask for suggested billing codes (ICD-10, CPT, HCPCS…), shown with their disclaimer')
    .option('--icd11', 'also ask for advisory ICD-11 codes (SOAPNoteAPI; not for US billing)')
    .option('--patient-summary', 'ask for a plain-language summary for the patient')
    .option('--instructions <text|@file>', 'free-text instructions for the note, sent as context.custom_instructions (@file reads them from a file)');
}

/** Grounding options of the commands that produce a note. */
export function addVerifyFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return cmd
    .option('--verify', 'list statements of the note the transcript does not support (numbers, medications, sides, negations, codes)')
    .option('--strict', 'with --verify (implied): exit 6 when any statement is unsupported');
}

/** The model and its answer's length: for every command a model may write for (supports.modelOptions). */
export function addModelChoiceFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return cmd
    .option('--model <name>', 'model for --provider assemblyai (default claude-sonnet-4-6) or openai (default gpt-4o)')
    .option('--max-tokens <n>', 'longest answer the model may give (default 2000)');
}

/** Options of the providers that write notes with a model (supports.modelOptions in the provider table). */
export function addModelFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return addModelChoiceFlags(cmd)
    .option('--method <whole|sections>', 'one request for the whole note, or one per section sent concurrently (default whole)')
    .option('--section <name>', 'with --from: regenerate only this section (repeatable)', collect)
    .option('--from <note.json>', 'an earlier note whose --section(s) to regenerate; the others are kept');
}

/** Options of the commands that take many inputs (note, audio). */
export function addBatchFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return cmd
    .option('--out-dir <dir>', 'write one note per input under this folder, mirroring the inputs (<stem>.soap.<ext>); existing ones are skipped')
    .option('--overwrite', 'with --out-dir: write notes again even when they exist')
    .option('--report <file>', 'write an NDJSON line per input: input, output, status, noteId, attempts, duration_ms, error, reason (and usage when the provider reports it)')
    .option('--concurrency <n>', 'inputs processed at once (default 4)')
    .option('--shard <i/n>', 'process only share i of n (stable by path), for splitting one corpus across machines')
    .option('--fail-fast', 'stop scheduling at the first failure')
    .option('--from-list <file>', 'read input paths from a file, one per line (- for stdin)');
}

/** Seeing a run before paying for it, and capping what it may pay for (note, audio). */
export function addPlanFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return cmd
    .option('--dry-run', 'print the inputs, the outputs written or skipped and the paid requests it would make; send and write nothing')
    .option('--max-requests <n>', 'refuse to start (exit 2) a run that would make more paid requests than this');
}

/** Waiting for an async job. */
export function addWaitFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Cmd<A, O, G>) {
  return cmd.option('--wait-timeout <seconds>', 'stop waiting after this long (the job keeps running; exit 8 with the resume command)');
}
