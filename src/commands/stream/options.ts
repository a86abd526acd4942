import { z } from 'zod';
import type { Env } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { BackendOptions, ProviderDefinition } from '../../providers/index.js';
import type { VerifyOptions } from '../shared/emit-note.js';
import { checkOneStdin, type NoteRequestOptions } from '../shared/note-request.js';
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
  requireSpecialty,
  verifyFlags,
  type ExactFlags,
} from '../shared/options.js';

export const streamFlagsSchema = z.strictObject({ ...noteRequestFlags, ...backendFlags, ...outputFlags, ...verifyFlags, ...modelFlags });

export interface StreamOptions {
  file: string;
  settings: Settings;
  provider: ProviderDefinition;
  backend: BackendOptions;
  request: NoteRequestOptions;
  verify: VerifyOptions;
  output: string | undefined;
}

/** Every check of `soap stream`'s flags, before any file is read or anything is sent. */
export function parseStreamOptions<Raw extends z.input<typeof streamFlagsSchema>>(file: string, raw: ExactFlags<Raw, z.input<typeof streamFlagsSchema>>, env: Env): StreamOptions {
  const flags = parseFlags(streamFlagsSchema, raw);
  const { settings, provider } = chooseBackend(flags, env);
  const specialty = requireSpecialty(settings, provider);
  checkOneStdin([file, ...listRequestFiles(flags)]);
  const { model, regenerate } = parseModelOptions(flags, provider);
  if (model.method === 'sections') throw new UsageError('soap stream writes the whole note in one request; --method sections is for soap note and soap audio');
  if (regenerate) throw new UsageError('soap stream writes a whole note; --section/--from are for soap note');
  return {
    file,
    settings,
    provider,
    backend: { model, transcription: {} },
    request: parseNoteRequestOptions(flags, specialty, settings),
    verify: { verify: Boolean(flags.verify), strict: Boolean(flags.strict) },
    output: flags.output,
  };
}
