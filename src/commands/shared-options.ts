import { Option, type Command } from 'commander';

/** Options of every command that talks to a backend. */
export function addBackendOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--provider <name>', 'backend to use').choices(['soapnoteapi', 'assemblyai', 'openai', 'local']))
    .option('--base-url <url>', 'base URL of the chosen backend (self-hosting, the emulator); http:// only for loopback')
    .option('--max-retries <n>', 'retries after transient failures (default 2)')
    .option('--timeout <seconds>', 'time limit for each request, retries included (default 120)');
}

/** Options of every command that prints a note. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print the result as one JSON document (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown', 'fhir']))
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout');
}

/** Options that shape a note request: shared by note, stream and audio. */
export function addNoteRequestOptions(cmd: Command): Command {
  return cmd
    .option('-s, --specialty <id>', 'one of the 24 specialties (see `soap specialties`); required unless configured')
    .option('--template <id>', 'template: "standard" or a custom template id')
    .option('--context <file.json>', 'clinical context JSON (patient_info, patient_history, chat_messages)')
    .option('--patient-history <file>', 'text file with prior history, sent as context.patient_history')
    .option('--billing-codes', 'ask for suggested ICD-10 and CPT codes')
    .option('--patient-summary', 'ask for a plain-language summary for the patient');
}

/** Grounding options of the commands that produce a note. */
export function addVerifyOptions(cmd: Command): Command {
  return cmd
    .option('--verify', 'list statements of the note the transcript does not support (numbers, medications, sides, negations, codes)')
    .option('--strict', 'with --verify (implied): exit 6 when any statement is unsupported');
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Options of the model-gateway path (--provider assemblyai or openai). */
export function addGatewayOptions(cmd: Command): Command {
  return cmd
    .option('--model <name>', 'model for --provider assemblyai (default claude-sonnet-4-6) or openai (default gpt-4o)')
    .option('--max-tokens <n>', 'longest answer the model may give (default 2000)')
    .option('--method <whole|sections>', 'one request for the whole note, or one per section sent concurrently (default whole)')
    .option('--section <name>', 'with --from: regenerate only this section (repeatable)', collect)
    .option('--from <note.json>', 'an earlier note whose --section(s) to regenerate; the others are kept');
}
