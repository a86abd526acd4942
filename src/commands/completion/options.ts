import { z } from 'zod';
import { parseFlags } from '../shared/options.js';
import { SHELLS, type Shell } from './shells.js';

export const completionFlagsSchema = z.strictObject({});

export interface CompletionOptions {
  shell: Shell;
}

/** The shell is one of SHELLS (commander has refused any other); the command takes no flags of its own. */
export function parseCompletionOptions(shell: string, raw: z.input<typeof completionFlagsSchema>): CompletionOptions {
  parseFlags(completionFlagsSchema, raw);
  return { shell: z.enum(SHELLS).parse(shell) };
}
