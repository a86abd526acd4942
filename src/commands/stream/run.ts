import type { CommandIo } from '../io.js';
import { shouldUseColor } from '../../context.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import { UsageError } from '../../errors.js';
import { announceDefaultProvider } from '../../providers/announce-default.js';
import { emitNote, renderGroundingBlock } from '../../output/emit-note.js';
import { exitCodeForFindings, verifyIfAsked } from '../verify-note.js';
import { createJsonStreamWriter, createTextStreamWriter, type StreamWriter } from '../../render/stream-writer.js';
import { createStyle } from '../../ui/style.js';
import { prepareNoteRequest } from '../prepare-note-request.js';
import type { NoteFlags } from '../note/run.js';

/** `soap stream`: the backend's stream (SSE for the hosted ones), each event written the moment it arrives. */
export async function runStream(file: string, flags: NoteFlags, io: CommandIo): Promise<number> {
  const { settings, request } = await prepareNoteRequest(file, flags, io);
  if (flags.method === 'sections') throw new UsageError('soap stream writes the whole note in one request; --method sections is for soap note and soap audio');
  const backend = await loadNoteBackend(settings, io, { gateway: flags });
  announceDefaultProvider(settings, io);
  const { ctx } = io;
  const toStdout = (text: string) => ctx.stdout.write(text);
  // With --output the note is written whole at the end; nothing partial ever lands in the file.
  const style = await createStyle(!flags.output && shouldUseColor(ctx.stdout, ctx.env, io.globals.color));
  const writer: StreamWriter | undefined = flags.output
    ? undefined
    : settings.format === 'json'
      ? createJsonStreamWriter(toStdout)
      : createTextStreamWriter(toStdout, style);
  const note: Record<string, string> = {};
  try {
    for await (const event of backend.streamNote(request)) {
      note[event.section] = (note[event.section] ?? '') + event.content;
      writer?.write(event);
    }
  } catch (err) {
    // What arrived stays on screen, marked partial; the error line on stderr says why it stopped.
    if (Object.keys(note).length > 0) writer?.finish(true);
    throw err;
  }
  const grounding = await verifyIfAsked(flags, note, request.transcript);
  writer?.finish(false, grounding && { grounding });
  if (grounding && writer && settings.format !== 'json') ctx.stdout.write(await renderGroundingBlock(grounding, style));
  if (flags.output) await emitNote(note, { format: settings.format, output: flags.output, grounding, patient: request.context?.patient_info }, io);
  return exitCodeForFindings(flags, grounding);
}
