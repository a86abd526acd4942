import { z } from 'zod';
import type { Env } from '../../context.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { ProviderDefinition } from '../../providers/index.js';
import { backendFlags, chooseBackend, parseFlags, type ExactFlags } from '../shared/options.js';

export const specialtiesFlagsSchema = z.strictObject({ ...backendFlags, json: z.literal(true).optional() });

export interface SpecialtiesOptions {
  settings: Settings;
  provider: ProviderDefinition;
  /** Ask the service: the chosen provider keeps a public list (no key needed). */
  remote: boolean;
  json: boolean;
}

export function parseSpecialtiesOptions<Raw extends z.input<typeof specialtiesFlagsSchema>>(raw: ExactFlags<Raw, z.input<typeof specialtiesFlagsSchema>>, env: Env): SpecialtiesOptions {
  const flags = parseFlags(specialtiesFlagsSchema, raw);
  const { settings, provider } = chooseBackend(flags, env);
  return { settings, provider, remote: provider.fetchSpecialties !== undefined, json: Boolean(flags.json) };
}
