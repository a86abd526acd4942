import type { GroundingContext, GroundingFinding } from '../grounding/index.js';
import { ExitCode } from '../exit-codes.js';
import { emitNote, renderNote, type EmitOptions } from '../output/emit-note.js';
import type { RenderableNote } from '../render/note-text.js';
import type { CommandIo } from './io.js';

export interface VerifyFlags {
  verify?: boolean;
  strict?: boolean;
}

type CheckableNote = { subjective?: string; objective?: string; assessment?: string; plan?: string };

/** Runs the grounding check when asked (`--strict` implies it); undefined when not asked. Context facts count as support. */
export async function verifyIfAsked(flags: VerifyFlags, note: CheckableNote, transcript: string, context?: GroundingContext): Promise<GroundingFinding[] | undefined> {
  if (!flags.verify && !flags.strict) return undefined;
  const { checkGrounding } = await import('../grounding/index.js');
  return checkGrounding(note, transcript, { context });
}

/** Exit 6 under --strict when anything was unsupported; the note itself is still printed. */
export function exitCodeForFindings(flags: VerifyFlags, findings: GroundingFinding[] | undefined): number {
  return flags.strict && findings && findings.length > 0 ? ExitCode.groundingFindings : ExitCode.ok;
}

/** The end of every single-note command: the grounding check if asked, the note printed or written, the exit code. */
export async function emitCheckedNote(note: RenderableNote, transcript: string, flags: VerifyFlags, options: Omit<EmitOptions, 'grounding'>, io: CommandIo, context?: GroundingContext): Promise<number> {
  const grounding = await verifyIfAsked(flags, note, transcript, context);
  await emitNote(note, { ...options, grounding }, io);
  return exitCodeForFindings(flags, grounding);
}

/** The same for one batch item: the note (with `grounding` when checked), its rendering for a file, its findings. */
export async function renderCheckedNote(note: RenderableNote, transcript: string, flags: VerifyFlags, options: Omit<EmitOptions, 'grounding' | 'output'>, context?: GroundingContext) {
  const grounding = await verifyIfAsked(flags, note, transcript, context);
  const rendered = await renderNote(note, { ...options, grounding }, { color: false, decorate: false });
  return { note: grounding ? { ...note, grounding } : note, rendered, findings: flags.strict ? (grounding?.length ?? 0) : 0 };
}
