import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import type { GroundingContext, GroundingFinding } from '../../grounding/index.js';
import type { NoteLike } from '../../note/index.js';
import { renderNote, type EmitOptions } from '../../output/render-note.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import { isDecoratedTerminal, type Progress } from '../../ui/progress.js';
import type { CommandIo } from '../command-io.js';

export interface VerifyOptions {
  verify: boolean;
  strict: boolean;
}

/** Runs the grounding check when asked (`--strict` implies it); undefined when not asked. Context facts count as support. */
export async function verifyIfAsked(options: VerifyOptions, note: NoteLike, transcript: string, context?: GroundingContext): Promise<GroundingFinding[] | undefined> {
  if (!options.verify && !options.strict) return undefined;
  const { checkGrounding } = await import('../../grounding/index.js');
  return checkGrounding(note, transcript, { context });
}

/** Exit 6 under --strict when anything was unsupported; the note itself is still printed. */
export function exitCodeForFindings(options: Pick<VerifyOptions, 'strict'>, findings: GroundingFinding[] | undefined): number {
  return options.strict && findings && findings.length > 0 ? ExitCode.groundingFindings : ExitCode.ok;
}

/** Prints the note to stdout, or writes it atomically to `--output` (plain, undecorated). */
export async function emitNote(note: NoteLike, options: EmitOptions, io: CommandIo): Promise<void> {
  const { ctx, globals } = io;
  if (options.output) {
    await writeFileAtomic(options.output, await renderNote(note, options, { color: false, decorate: false }));
    if (!globals.quiet && ctx.stderr.isTTY) ctx.stderr.write(`✓ wrote ${options.output}\n`);
    return;
  }
  const color = shouldUseColor(ctx.stdout, ctx.env, globals.color);
  ctx.stdout.write(await renderNote(note, options, { color, decorate: isDecoratedTerminal(ctx.stdout) }));
}

/** The end of every single-note command: the grounding check if asked, the note printed or written, the exit code. */
export async function emitCheckedNote(
  note: NoteLike,
  transcript: string,
  verify: VerifyOptions,
  options: Omit<EmitOptions, 'grounding'>,
  io: CommandIo,
  context?: GroundingContext,
): Promise<number> {
  const grounding = await verifyIfAsked(verify, note, transcript, context);
  await emitNote(note, { ...options, grounding }, io);
  return exitCodeForFindings(verify, grounding);
}

/** The same for one batch item: the note (with `grounding` when checked), its rendering for a file, its findings. */
export async function renderCheckedNote(note: NoteLike, transcript: string, verify: VerifyOptions, options: Omit<EmitOptions, 'grounding' | 'output'>, context?: GroundingContext) {
  const grounding = await verifyIfAsked(verify, note, transcript, context);
  const rendered = await renderNote(note, { ...options, grounding }, { color: false, decorate: false });
  return { note: grounding ? { ...note, grounding } : note, rendered, findings: verify.strict ? (grounding?.length ?? 0) : 0 };
}

/**
 * A model's answer that could not be split into sections was still paid for: it goes to stdout as it is, before
 * the error line, so it is never lost.
 */
export function handOverRawAnswer(err: unknown, io: CommandIo): void {
  const raw = (err as { rawAnswer?: unknown }).rawAnswer;
  if (typeof raw === 'string' && raw.trim()) io.ctx.stdout.write(`${raw.trim()}\n`);
}

/** Runs the paid step under a spinner: the spinner always stops, and a raw model answer is handed over on failure. */
export async function runPaidStep<T>(progress: Progress, io: CommandIo, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    progress.stop();
    handOverRawAnswer(err, io);
    throw err;
  } finally {
    progress.stop();
  }
}

/** One stderr line when the offline engine was picked because nothing else was configured. */
export function announceDefaultProvider(settings: { providerDefaulted: boolean }, io: CommandIo): void {
  if (!settings.providerDefaulted || io.globals.quiet) return;
  io.ctx.stderr.write(
    // One line of at most 100 columns: it is printed on every run without a key.
    'ℹ no key set: using the offline engine (set SOAPNOTEAPI_KEY or ASSEMBLYAI_API_KEY for a hosted one)\n',
  );
}
