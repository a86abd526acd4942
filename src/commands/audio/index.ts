import type { DefineAction, Program } from '../define-action.js';
import { formatExamples } from '../help/examples.js';
import { addBackendFlags, addBatchFlags, addModelFlags, addNoteRequestFlags, addOutputFlags, addPlanFlags, addVerifyFlags, addWaitFlags, collect } from '../shared/flags.js';

export function registerAudio(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('audio')
    .summary('write a SOAP note from a recording')
    .description('Upload a recording (MP3, M4A, MP4, WAV, OGG, WebM or FLAC) and print the SOAP note. SOAPNoteAPI takes up to 500 MB (older servers 25 MB: a larger file is sent with a warning) and may answer asynchronously; AssemblyAI takes up to 2.2 GB. soap polls until the note is ready.')
    .argument('[inputs...]', 'audio files, folders or globs (with --provider assemblyai also a public https:// URL)');
  const withOwn = addWaitFlags(
    addNoteRequestFlags(cmd)
      .option('--show-transcript', 'print the transcript after the note, asking SOAPNoteAPI for it diarized (include_transcript)')
      .option('--no-wait', 'if the service answers asynchronously, print the note id and exit 8 instead of waiting'),
  )
    .option('--speech-model <name>', 'assemblyai: speech model, repeatable in order of preference (default universal-3-pro, then universal-2); openai: transcription model (default whisper-1)', collect)
    .option('--medical', 'assemblyai: Medical Mode (domain medical-v1, billed as an add-on): better medical terms; dropped with a notice where the service refuses it')
    .option('--redact-pii', 'assemblyai: redact personal information in the transcript before the note is written')
    .option('--redact-pii-policies <list>', 'assemblyai: comma-separated policies (default person_name,organization,occupation)')
    .option('--redact-pii-sub <hash|entity_name>', 'assemblyai: what replaces redacted text (default hash)');
  const full = addPlanFlags(addBatchFlags(addModelFlags(addVerifyFlags(addOutputFlags(addBackendFlags(withOwn)))))).addHelpText(
    'after',
    formatExamples([
      'soap audio fixtures/audio/encounter.mp3 --specialty physician',
      'soap audio visit.m4a -s physician --provider assemblyai --redact-pii --json',
      'soap audio fixtures/audio/ -s physician --out-dir notes/ --dry-run',
      'soap audio fixtures/audio/ -s physician --out-dir notes/ --max-requests 20 --report run.ndjson',
    ]),
  );
  defineAction(full, async (io, [inputs], raw) => {
    const { parseAudioOptions } = await import('./options.js');
    return (await import('./run.js')).runAudio(parseAudioOptions(inputs, raw, io.ctx.env), io);
  });
}
