import type { Format } from '../config/schema.js';
import type { CommandIo } from '../commands/io.js';
import { shouldUseColor } from '../context.js';
import { renderNoteText, type RenderableNote } from '../render/note-text.js';
import { createStyle, PLAIN_STYLE } from '../ui/style.js';
import { writeFileAtomic } from './write-atomic.js';

export interface EmitOptions {
  format: Format;
  output?: string;
  showTranscript?: boolean;
}

/** Renders a note in the chosen format; `json` is the object itself, before any human formatting. */
export async function renderNote(note: RenderableNote, format: Format, target: { color: boolean; decorate: boolean; showTranscript?: boolean }): Promise<string> {
  if (format === 'json') return `${JSON.stringify(note, null, 2)}\n`;
  if (format === 'markdown') {
    const { renderNoteMarkdown } = await import('../export/render-markdown.js');
    return renderNoteMarkdown(note);
  }
  const style = target.color ? await createStyle(true) : PLAIN_STYLE;
  return renderNoteText(note, style, { decorate: target.decorate, showTranscript: target.showTranscript });
}

/** Prints the note to stdout, or writes it atomically to `--output` (plain, undecorated). */
export async function emitNote(note: RenderableNote, options: EmitOptions, io: CommandIo): Promise<void> {
  const { ctx, globals } = io;
  if (options.output) {
    await writeFileAtomic(options.output, await renderNote(note, options.format, { color: false, decorate: false, showTranscript: options.showTranscript }));
    if (!globals.quiet && ctx.stderr.isTTY) ctx.stderr.write(`✓ wrote ${options.output}\n`);
    return;
  }
  const color = shouldUseColor(ctx.stdout, ctx.env, globals.color);
  ctx.stdout.write(await renderNote(note, options.format, { color, decorate: ctx.stdout.isTTY === true, showTranscript: options.showTranscript }));
}
