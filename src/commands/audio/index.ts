import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';
import { addBatchOptions } from '../batch/batch-flags.js';
import { addBackendOptions, addOutputOptions, addVerifyOptions, addGatewayOptions } from '../shared-options.js';

export function registerAudio(program: Command, defineAction: DefineAction): void {
  const cmd = program
    .command('audio')
    .summary('write a SOAP note from a recording')
    .description('Upload a recording (MP3, M4A, WAV, OGG, WebM or FLAC) and print the SOAP note. SOAPNoteAPI takes at most 25 MB and answers recordings of 30 minutes or more asynchronously; AssemblyAI takes up to 2.2 GB. soap polls until the note is ready.')
    .argument('[inputs...]', 'audio files, folders or globs (with --provider assemblyai also a public https:// URL)')
    .option('-s, --specialty <id>', 'one of the 24 specialties; required unless configured')
    .option('--template <id>', 'template: "standard" or a custom template id')
    .option('--show-transcript', 'print the transcript after the note (always included with --json)')
    .option('--no-wait', 'if the service answers asynchronously, print the note id and exit 8 instead of waiting')
    .option('--wait-timeout <seconds>', 'stop waiting after this long (the job keeps running; exit 8 with the resume command)')
    .option('--speech-model <name>', 'assemblyai: speech model (default universal-3-pro); openai: transcription model (default whisper-1)')
    .option('--redact-pii', 'assemblyai: redact personal information in the transcript before the note is written')
    .option('--redact-pii-policies <list>', 'assemblyai: comma-separated policies (default person_name,organization,occupation)')
    .option('--redact-pii-sub <hash|entity_name>', 'assemblyai: what replaces redacted text (default hash)');
  addBatchOptions(addGatewayOptions(addVerifyOptions(addOutputOptions(addBackendOptions(cmd)))));
  cmd.action(defineAction(async (io, inputs: string[], opts) => (await import('./run.js')).runAudio(inputs, opts, io)));
}
