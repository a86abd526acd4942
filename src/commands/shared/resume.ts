import { InterruptedError, JobPendingError, type JobRef } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import type { Format } from '../../config/schema.js';
import type { CommandIo } from '../command-io.js';

/** Quotes a shell word only when it needs it, so printed commands can be pasted as they are. */
function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What the resume command carries over from the command that started the job. */
export interface ResumeContext {
  /** The provider as the user chose it by flag; a transcript always names its provider (status looks up notes by default). */
  provider: string | undefined;
  providerOfJob: string;
  baseUrl: string | undefined;
  /** For a transcript: the note still to be written. */
  specialty: string | undefined;
}

/** The exact command that picks a job up again: `soap status <id> --wait`, with what chose the backend. */
export function buildResumeCommand(job: JobRef, context: ResumeContext): string {
  const words = ['soap', 'status', job.id, '--wait'];
  if (job.kind === 'transcript' && context.specialty) words.push('--specialty', context.specialty);
  const provider = job.kind === 'transcript' ? context.providerOfJob : context.provider;
  if (provider) words.push('--provider', provider);
  if (context.baseUrl) words.push('--base-url', context.baseUrl);
  return words.map(quoteWord).join(' ');
}

/** Runs a step that may leave a paid job running; if it stops early, its error says how to resume the job. */
export async function withResumeHint<T>(context: ResumeContext, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const job = err instanceof JobPendingError ? err.job : err instanceof InterruptedError ? err.job : undefined;
    if (job) (err as JobPendingError).hint = `resume with: ${buildResumeCommand(job, context)}`;
    throw err;
  }
}

/** A job left running on purpose (`--no-wait`, or a status check): its id on stdout, how to resume on stderr. */
export function reportPendingJob(job: JobRef, context: ResumeContext, format: Format, io: CommandIo): number {
  io.ctx.stdout.write(format === 'json' ? `${JSON.stringify({ noteId: job.id, status: 'processing' })}\n` : `${job.id}\n`);
  io.ctx.stderr.write(`… ${job.id} is still processing — resume with: ${buildResumeCommand(job, context)}\n`);
  return ExitCode.pending;
}
