import type { Format } from '../config/schema.js';
import { ExitCode } from '../exit-codes.js';
import type { CommandIo } from './io.js';

/** A job left running on purpose (`--no-wait`, or a status check): its id on stdout, how to resume on stderr. */
export function reportPendingJob(jobId: string, resumeCommand: string, format: Format, io: CommandIo): number {
  io.ctx.stdout.write(format === 'json' ? `${JSON.stringify({ noteId: jobId, status: 'processing' })}\n` : `${jobId}\n`);
  io.ctx.stderr.write(`… ${jobId} is still processing — resume with: ${resumeCommand}\n`);
  return ExitCode.pending;
}
