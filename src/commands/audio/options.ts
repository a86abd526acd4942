import { z } from 'zod';
import type { Env } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { BackendOptions, ProviderDefinition } from '../../providers/index.js';
import { batchFlags, parseBatchOptions, type BatchOptions } from '../batch/batch-options.js';
import type { VerifyOptions } from '../shared/emit-note.js';
import { checkOneStdin, type NoteRequestOptions } from '../shared/note-request.js';
import {
  backendFlags,
  chooseBackend,
  listRequestFiles,
  modelFlags,
  noteRequestFlags,
  outputFlags,
  parseFlags,
  parseModelOptions,
  parseNoteRequestOptions,
  parseTranscriptionOptions,
  parseWaitTimeout,
  parsePlanOptions,
  planFlags,
  requireSpecialty,
  verifyFlags,
  waitFlags,
  type ExactFlags,
  type PlanOptions,
} from '../shared/options.js';

const text = z.string().optional();

export const audioFlagsSchema = z.strictObject({
  ...noteRequestFlags,
  ...backendFlags,
  ...outputFlags,
  ...verifyFlags,
  ...modelFlags,
  ...batchFlags,
  ...waitFlags,
  ...planFlags,
  showTranscript: z.literal(true).optional(),
  wait: z.boolean().optional(),
  speechModel: z.array(z.string()).optional(),
  medical: z.literal(true).optional(),
  redactPii: z.literal(true).optional(),
  redactPiiPolicies: text,
  redactPiiSub: text,
});

export interface AudioOptions {
  inputs: string[];
  settings: Settings;
  provider: ProviderDefinition;
  backend: BackendOptions;
  specialty: string;
  /** What the note is asked for with (context, codes, summary, instructions); the recording is the transcript. */
  request: NoteRequestOptions;
  verify: VerifyOptions;
  output: string | undefined;
  showTranscript: boolean;
  wait: boolean;
  waitTimeoutMs: number | undefined;
  batch: BatchOptions;
  /** --dry-run, --max-requests. */
  plan: PlanOptions;
  /** --provider and --base-url as given, carried into resume commands. */
  given: { provider: string | undefined; baseUrl: string | undefined };
}

/** Every check of `soap audio`'s flags, against the chosen provider's table row, before any recording is read. */
export function parseAudioOptions<Raw extends z.input<typeof audioFlagsSchema>>(inputs: string[], raw: ExactFlags<Raw, z.input<typeof audioFlagsSchema>>, env: Env): AudioOptions {
  const flags = parseFlags(audioFlagsSchema, raw);
  const batch = parseBatchOptions(flags);
  const { settings, provider } = chooseBackend(flags, env);
  const specialty = requireSpecialty(settings, provider);
  checkOneStdin(listRequestFiles(flags));
  if (!provider.audioLimit) {
    const why = settings.providerDefaulted ? 'no provider or key is configured, and the offline engine' : 'the offline engine (--provider local)';
    throw new UsageError(`offline transcription is not available: ${why} works on transcripts, not recordings`, {
      hint: 'use --provider soapnoteapi or assemblyai (with their keys), or openai pointed at a local Whisper server (OPENAI_BASE_URL); or run soap note on a transcript',
    });
  }
  const transcription = parseTranscriptionOptions(flags, provider);
  const { model, regenerate } = parseModelOptions(flags, provider);
  if (regenerate) throw new UsageError('--section/--from are for soap note; soap audio writes a whole note');
  if (!provider.supports.audioUrl && inputs.some((i) => /^https?:\/\//i.test(i))) {
    throw new UsageError('a URL works only with --provider assemblyai; download the recording first');
  }
  return {
    inputs,
    settings,
    provider,
    backend: { model, transcription },
    specialty,
    request: parseNoteRequestOptions(flags, specialty, settings),
    verify: { verify: Boolean(flags.verify), strict: Boolean(flags.strict) },
    output: flags.output,
    showTranscript: Boolean(flags.showTranscript),
    wait: flags.wait !== false,
    waitTimeoutMs: parseWaitTimeout(flags.waitTimeout),
    batch,
    plan: parsePlanOptions(flags),
    given: { provider: flags.provider, baseUrl: flags.baseUrl },
  };
}
