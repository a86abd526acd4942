import { z } from 'zod';
import { checkOneStdin } from '../shared/note-request.js';
import { parseFlags, type ExactFlags } from '../shared/options.js';

export const checkFlagsSchema = z.strictObject({ transcript: z.string(), json: z.literal(true).optional(), strict: z.literal(true).optional() });

export interface CheckOptions {
  note: string;
  transcript: string;
  json: boolean;
  strict: boolean;
}

/** `soap check`'s flags: the note and transcript files (one of them at most from stdin). */
export function parseCheckOptions<Raw extends z.input<typeof checkFlagsSchema>>(note: string, raw: ExactFlags<Raw, z.input<typeof checkFlagsSchema>>): CheckOptions {
  const flags = parseFlags(checkFlagsSchema, raw);
  checkOneStdin([note, flags.transcript]);
  return { note, transcript: flags.transcript, json: Boolean(flags.json), strict: Boolean(flags.strict) };
}
