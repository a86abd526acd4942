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
  // With --output nothing is shown as it streams: the note is written whole at the end, never a partial one.
  const write = flags.output ? () => undefined : (text: string) => void ctx.stdout.write(text);
  const style = await createStyle(!flags.output && shouldUseColor(ctx.stdout, ctx.env, io.globals.color));
  const writer: StreamWriter = settings.format === 'json' || flags.output ? createJsonStreamWriter(write) : createTextStreamWriter(write, style);
  let received = false;
  try {
    for await (const event of backend.streamNote(request)) {
      received = true;
      writer.write(event);
    }
  } catch (err) {
    // What arrived stays on screen, marked partial; the error line on stderr says why it stopped.
    if (received) writer.finish(true);
    throw err;
  }
  const grounding = await verifyIfAsked(flags, writer.note, request.transcript, request.context);
  writer.finish(false, grounding && { grounding });
  if (flags.output) {
    await emitNote(writer.note, { format: settings.format, output: flags.output, grounding, patient: request.context?.patient_info }, io);
  } else if (grounding && settings.format !== 'json') {
    ctx.stdout.write(await renderGroundingBlock(grounding, style));
  }
  return exitCodeForFindings(flags, grounding);
}
