import { shouldUseColor } from '../../context.js';
import { startProgress, type Progress } from '../../ui/progress.js';
import type { CommandIo } from '../command-io.js';

/** A command's spinner on stderr: only on a terminal with a width, coloured only when colour is on (NO_COLOR, --no-color). */
export function startCommandProgress(io: CommandIo, text: string, enabled: boolean): Promise<Progress> {
  return startProgress(io.ctx.stderr, text, enabled, shouldUseColor(io.ctx.stderr, io.ctx.env, io.globals.color));
}
