import type { Format } from '../config/schema.js';
import type { CommandIo } from '../commands/io.js';
import { shouldUseColor } from '../context.js';
import type { GroundingFinding } from '../grounding/index.js';
import { renderNoteText, type RenderableNote } from '../render/note-text.js';
import { createStyle, PLAIN_STYLE, type Style } from '../ui/style.js';
import { writeFileAtomic } from './write-atomic.js';

export interface PatientIdentity {
  name?: string;
  age?: number;
  gender?: string;
}

export interface EmitOptions {
  format: Format;
  output?: string;
  showTranscript?: boolean;
  /** Findings of --verify: a `grounding` field in JSON, a warning block after the note for people. */
  grounding?: GroundingFinding[];
  /** From --context, for the FHIR Patient resource. */
  patient?: PatientIdentity;
}

interface Target {
  color: boolean;
  decorate: boolean;
}

/** The findings of --verify as a warning block for people. */
export async function renderGroundingBlock(findings: GroundingFinding[], style: Style): Promise<string> {
  const { renderGroundingText } = await import('../grounding/index.js');
  const [first, ...rest] = renderGroundingText(findings).split('\n');
  return `\n${findings.length ? style.warn(`⚠ ${first}`) : style.ok(`✓ ${first}`)}\n${rest.join('\n')}`;
}

/** Renders a note in the chosen format; `json` is the object itself (plus `grounding` when verified). */
export async function renderNote(note: RenderableNote, options: EmitOptions, target: Target): Promise<string> {
  const { format, grounding } = options;
  if (format === 'json') return `${JSON.stringify(grounding ? { ...note, grounding } : note, null, 2)}\n`;
  if (format === 'fhir') {
    const { renderFhirJson } = await import('../export/index.js');
    return renderFhirJson(note, { patient: options.patient });
  }
  const style = target.color ? await createStyle(true) : PLAIN_STYLE;
  let text: string;
  if (format === 'markdown') {
    const { renderNoteMarkdown } = await import('../export/render-markdown.js');
    text = renderNoteMarkdown(note);
  } else {
    text = renderNoteText(note, style, { decorate: target.decorate, showTranscript: options.showTranscript });
  }
  return grounding ? text + (await renderGroundingBlock(grounding, style)) : text;
}

/** Prints the note to stdout, or writes it atomically to `--output` (plain, undecorated). */
export async function emitNote(note: RenderableNote, options: EmitOptions, io: CommandIo): Promise<void> {
  const { ctx, globals } = io;
  if (options.output) {
    await writeFileAtomic(options.output, await renderNote(note, options, { color: false, decorate: false }));
    if (!globals.quiet && ctx.stderr.isTTY) ctx.stderr.write(`✓ wrote ${options.output}\n`);
    return;
  }
  const color = shouldUseColor(ctx.stdout, ctx.env, globals.color);
  ctx.stdout.write(await renderNote(note, options, { color, decorate: ctx.stdout.isTTY === true }));
}
