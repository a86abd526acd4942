import { z } from 'zod';
import type { Env } from '../../context.js';
import { MissingKeyError, UsageError } from '../../errors.js';
import { PROVIDERS } from '../../providers/table.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { BackendOptions, ProviderDefinition } from '../../providers/index.js';
import type { ResumeContext } from '../shared/resume.js';
import {
  backendFlags,
  chooseBackend,
  outputFlags,
  parseFlags,
  parseModelOptions,
  parseWaitTimeout,
  specialtyFlags,
  waitFlags,
  type ExactFlags,
} from '../shared/options.js';

export const statusFlagsSchema = z.strictObject({
  ...specialtyFlags,
  ...backendFlags,
  ...outputFlags,
  model: z.string().optional(),
  maxTokens: z.string().optional(),
  ...waitFlags,
  wait: z.literal(true).optional(),
  showTranscript: z.literal(true).optional(),
});

export interface StatusOptions {
  id: string;
  settings: Settings;
  provider: ProviderDefinition;
  backend: BackendOptions;
  wait: boolean;
  waitTimeoutMs: number | undefined;
  output: string | undefined;
  showTranscript: boolean;
  resume: ResumeContext;
}

/** Every check of `soap status`'s flags: the id's shape, and a provider that keeps jobs. */
export function parseStatusOptions<Raw extends z.input<typeof statusFlagsSchema>>(id: string, raw: ExactFlags<Raw, z.input<typeof statusFlagsSchema>>, env: Env): StatusOptions {
  const flags = parseFlags(statusFlagsSchema, raw);
  if (!/^[\w-]{1,200}$/.test(id)) throw new UsageError(`"${id}" is not a note id`, { hint: 'note ids look like note_01jfg8h4kx9a3bc7d2ef' });
  const { settings, provider } = chooseBackend(flags, env);
  const waitTimeoutMs = parseWaitTimeout(flags.waitTimeout);
  if (!provider.keepsJobs && settings.providerDefaulted) {
    // Nothing chose the offline engine: no key is set, and that is what to say, not what the offline engine keeps.
    const keeping = PROVIDERS.filter((p) => p.keepsJobs && p.key);
    throw new MissingKeyError(`no key is set: soap status looks the id up at ${keeping.map((p) => p.label).join(' or ')}`, {
      hint: `set ${keeping.map((p) => p.key!.env[0]).join(' or ')} (or soap config set ${keeping[0]!.id}.key)`,
    });
  }
  if (!provider.keepsJobs) {
    throw new UsageError(`soap status looks up SOAPNoteAPI notes and AssemblyAI transcripts; --provider ${provider.id} keeps no jobs`, {
      hint: 'pass --provider soapnoteapi or assemblyai',
    });
  }
  const { model } = parseModelOptions(flags, provider);
  return {
    id,
    settings,
    provider,
    backend: { model, transcription: {} },
    wait: Boolean(flags.wait),
    waitTimeoutMs,
    output: flags.output,
    showTranscript: Boolean(flags.showTranscript),
    resume: { provider: flags.provider, providerOfJob: provider.id, baseUrl: flags.baseUrl, specialty: settings.specialty },
  };
}
