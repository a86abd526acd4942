import { z } from 'zod';
import { parseSeconds } from '../../config/resolve-settings.js';
import { parseFlags } from '../shared/options.js';

export const doctorFlagsSchema = z.strictObject({ json: z.literal(true).optional(), timeout: z.string().optional() });

export interface DoctorOptions {
  json: boolean;
  /** Time each check has, its one request included. */
  timeoutMs: number;
}

/** Settings are not resolved here, unlike other commands: a setting that does not resolve is one of the findings. */
export function parseDoctorOptions(raw: z.input<typeof doctorFlagsSchema>): DoctorOptions {
  const flags = parseFlags(doctorFlagsSchema, raw);
  return { json: Boolean(flags.json), timeoutMs: parseSeconds(flags.timeout, '--timeout', 10) * 1000 };
}
