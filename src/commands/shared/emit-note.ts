import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import type { GroundingContext, GroundingFinding } from '../../grounding/index.js';
import type { NoteLike } from '../../note/index.js';
import { escapeControlChars } from '../../output/control-chars.js';
import type { NamedPath } from '../../output/outputs-apart.js';
import { renderNote, type EmitOptions } from '../../output/render-note.js';
import { describeNoteId, fetchHint, isEmptyNote, OutputWriteError, UnkeptNoteError } from '../../output/unkept-note.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import { isDecoratedTerminal, type Progress } from '../../ui/progress.js';
import type { CommandIo } from '../command-io.js';
import type { NoteRequestOptions } from './note-request.js';

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

/** The files a command reads, named for messages ("--context ctx.json"); flags not given are left out. */
export function namedInputs(entries: [label: string, path: string | undefined][]): NamedPath[] {
  return entries.filter((e): e is [string, string] => e[1] !== undefined).map(([label, path]) => ({ path, label: `${label} ${path}` }));
}

/** The files a note request reads (--context, --patient-history, --instructions @file): no output may overwrite them. */
export function requestInputs(request: Pick<NoteRequestOptions, 'context' | 'patientHistory' | 'instructions'>): NamedPath[] {
  const instructions = request.instructions?.startsWith('@') ? request.instructions.slice(1) : undefined;
  return [
    ...namedInputs([['--context', request.context], ['--patient-history', request.patientHistory]]),
    ...(instructions !== undefined ? [{ path: instructions, label: `--instructions @${instructions}` }] : []),
  ];
}

/** How error lines name an input: its path, or "stdin". */
function nameOf(input: string | undefined): string {
  return input === undefined || input === '-' ? 'stdin' : input;
}

/**
 * Writes a paid answer atomically to `path`; when that fails (full disk, permissions) the answer goes to stdout
 * instead, and the error says so, with the note's id when there is one. Never dropped.
 */
export async function saveOrHandOver(path: string, text: string, io: CommandIo, what: { noun: string; noteId?: string }): Promise<void> {
  try {
    await writeFileAtomic(path, text);
  } catch (err) {
    io.ctx.stdout.write(text);
    const errno = err instanceof OutputWriteError ? err.errno : 'error';
    throw new UnkeptNoteError(`${path}: could not be written (${errno}); the ${what.noun} is printed on stdout instead${describeNoteId(what.noteId)}`, {
      code: 'NOT_SAVED',
      noteId: what.noteId,
      hint: `${errno === 'ENOSPC' ? 'free some space; ' : ''}${fetchHint(what.noteId, 'stdout')}`,
      cause: err,
    });
  }
}

/** A note with four blank sections was still paid for: it is printed on stdout (never to -o, where it would pass for a note), then fails. */
async function refuseEmptyNote(note: NoteLike, options: EmitOptions, io: CommandIo): Promise<never> {
  const { ctx, globals } = io;
  const color = shouldUseColor(ctx.stdout, ctx.env, globals.color);
  ctx.stdout.write(await renderNote(note, options, { color, decorate: isDecoratedTerminal(ctx.stdout) }));
  throw emptyNoteError(note, options);
}

/** The error of an empty note (exit 1): which input, the note's id, and that it was not written to -o. */
export function emptyNoteError(note: NoteLike, options: Pick<EmitOptions, 'input' | 'output'>): UnkeptNoteError {
  const notWritten = options.output ? `; printed on stdout, not written to ${options.output}` : '';
  return new UnkeptNoteError(`${nameOf(options.input)}: the note came back empty (all four sections blank)${describeNoteId(note.noteId)}${notWritten}`, {
    code: 'EMPTY_NOTE',
    noteId: note.noteId,
    hint: 'check that the input holds a clinical encounter',
  });
}

/** Prints the note to stdout, or writes it atomically to `--output` (plain, undecorated); an empty note fails (exit 1). */
export async function emitNote(note: NoteLike, options: EmitOptions, io: CommandIo): Promise<void> {
  const { ctx, globals } = io;
  if (isEmptyNote(note)) return refuseEmptyNote(note, options, io);
  if (options.output) {
    await saveOrHandOver(options.output, await renderNote(note, options, { color: false, decorate: false }), io, { noun: 'note', noteId: note.noteId });
    if (!globals.quiet && ctx.stderr.isTTY) ctx.stderr.write(`✓ wrote ${escapeControlChars(options.output)}\n`);
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
