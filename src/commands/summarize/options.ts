import { z } from 'zod';
import type { Env } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { DateRule } from '../../input/visits.js';
import type { BackendOptions, ProviderDefinition } from '../../providers/index.js';
import { backendFlags, chooseBackend, parseFlags, parseModelOptions, type ExactFlags } from '../shared/options.js';

const text = z.string().optional();

export const summarizeFlagsSchema = z.strictObject({
  ...backendFlags,
  focus: text,
  patientName: text,
  patientAge: text,
  date: z.enum(['field', 'mtime']),
  model: text,
  maxTokens: text,
  json: z.literal(true).optional(),
  output: text,
});

export interface SummarizeOptions {
  files: string[];
  settings: Settings;
  provider: ProviderDefinition;
  backend: BackendOptions;
  date: DateRule;
  /** Applied over what the visits file says. */
  overrides: { focus?: string; patientName?: string; patientAge?: number };
  output: string | undefined;
}

/** Every check of `soap summarize`'s flags, before any visit is read. */
export function parseSummarizeOptions<Raw extends z.input<typeof summarizeFlagsSchema>>(files: string[], raw: ExactFlags<Raw, z.input<typeof summarizeFlagsSchema>>, env: Env): SummarizeOptions {
  const flags = parseFlags(summarizeFlagsSchema, raw);
  const { settings, provider } = chooseBackend(flags, env);
  const age = flags.patientAge;
  if (age !== undefined && (!/^\d{1,3}$/.test(age) || Number(age) > 150)) throw new UsageError(`--patient-age must be a whole number of years, not "${age}"`);
  const { model } = parseModelOptions({ model: flags.model, maxTokens: flags.maxTokens }, provider);
  return {
    files,
    settings,
    provider,
    backend: { model, transcription: {} },
    date: flags.date,
    overrides: {
      ...(flags.focus !== undefined ? { focus: flags.focus } : {}),
      ...(flags.patientName !== undefined ? { patientName: flags.patientName } : {}),
      ...(age !== undefined ? { patientAge: Number(age) } : {}),
    },
    output: flags.output,
  };
}
