import { z } from 'zod';
import type { Env } from '../../context.js';
import type { BackendOptions, ProviderDefinition } from '../../providers/index.js';
import type { Settings } from '../../config/resolve-settings.js';
import { batchFlags, parseBatchOptions, type BatchOptions } from '../batch/batch-options.js';
import { checkOneStdin, type NoteRequestOptions } from '../shared/note-request.js';
import type { VerifyOptions } from '../shared/emit-note.js';
import {
  backendFlags,
  chooseBackend,
  modelFlags,
  noteRequestFlags,
  outputFlags,
  listRequestFiles,
  parseFlags,
  parseNoteRequestOptions,
  parseModelOptions,
  parsePlanOptions,
  planFlags,
  requireSpecialty,
  verifyFlags,
  type ExactFlags,
  type PlanOptions,
  type Regenerate,
} from '../shared/options.js';
import { countPaidRequests, type RequestCount } from '../shared/request-count.js';

/** `soap note`'s raw flags as commander hands them over; strict, so a flag renamed there fails here. */
export const noteFlagsSchema = z.strictObject({ ...noteRequestFlags, ...backendFlags, ...outputFlags, ...verifyFlags, ...modelFlags, ...batchFlags, ...planFlags });

export interface NoteOptions {
  inputs: string[];
  settings: Settings;
  provider: ProviderDefinition;
  backend: BackendOptions;
  request: NoteRequestOptions;
  regenerate: Regenerate | undefined;
  verify: VerifyOptions;
  output: string | undefined;
  batch: BatchOptions;
  /** --dry-run, --max-requests. */
  plan: PlanOptions;
  /** The paid requests of each transcript sent. */
  count: RequestCount;
}

/** Every check of `soap note`'s flags, before any file is read or anything is shown or sent. */
export function parseNoteOptions<Raw extends z.input<typeof noteFlagsSchema>>(inputs: string[], raw: ExactFlags<Raw, z.input<typeof noteFlagsSchema>>, env: Env): NoteOptions {
  const flags = parseFlags(noteFlagsSchema, raw);
  const batch = parseBatchOptions(flags);
  const { settings, provider } = chooseBackend(flags, env);
  const specialty = requireSpecialty(settings, provider);
  checkOneStdin([...inputs, ...(flags.fromList ? [flags.fromList] : []), ...listRequestFiles(flags)]);
  const { model, regenerate } = parseModelOptions(flags, provider);
  return {
    inputs,
    settings,
    provider,
    backend: { model, transcription: {} },
    request: parseNoteRequestOptions(flags, specialty, settings),
    regenerate,
    verify: { verify: Boolean(flags.verify), strict: Boolean(flags.strict) },
    output: flags.output,
    batch,
    plan: parsePlanOptions(flags),
    count: countPaidRequests(provider.paidRequests, { kind: 'note', method: model.method, regenerate: regenerate?.sections }),
  };
}

