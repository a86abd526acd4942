import { z } from 'zod';
import { checkOneStdin } from '../shared/note-request.js';
import { parseFlags, type ExactFlags } from '../shared/options.js';

export const checkFlagsSchema = z.strictObject({
  transcript: z.string(),
  context: z.string().optional(),
  json: z.literal(true).optional(),
  strict: z.literal(true).optional(),
});

export interface CheckOptions {
  note: string;
  transcript: string;
  /** Clinical context whose facts count as support. */
  context: string | undefined;
  json: boolean;
  strict: boolean;
}

/** `soap check`'s flags: the note, transcript and context files (one of them at most from stdin). */
export function parseCheckOptions<Raw extends z.input<typeof checkFlagsSchema>>(note: string, raw: ExactFlags<Raw, z.input<typeof checkFlagsSchema>>): CheckOptions {
  const flags = parseFlags(checkFlagsSchema, raw);
  checkOneStdin([note, flags.transcript, flags.context]);
  return { note, transcript: flags.transcript, context: flags.context, json: Boolean(flags.json), strict: Boolean(flags.strict) };
}
