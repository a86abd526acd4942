import type { CommandIo } from '../command-io.js';
import { shouldUseColor } from '../../context.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { readTranscript } from '../../input/transcript.js';
import { renderGroundingBlock } from '../../output/render-note.js';
import { createJsonStreamWriter, createTextStreamWriter, type StreamWriter } from '../../render/stream-writer.js';
import { createStyle } from '../../ui/style.js';
import { isEmptyNote } from '../../output/unkept-note.js';
import { prepareSingleOutput } from '../../output/prepare-outputs.js';
import { announceDefaultProvider, emitNote, emptyNoteError, exitCodeForFindings, namedInputs, verifyIfAsked } from '../shared/emit-note.js';
import { readNoteRequestBase } from '../shared/note-request.js';
import { startCommandProgress } from '../shared/progress.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { StreamOptions } from './options.js';

/** `soap stream`: the backend's stream (SSE for the hosted ones), each event written the moment it arrives. */
export async function runStream(options: StreamOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  const base = await readNoteRequestBase(options.request, io, options);
  const { text: transcript } = await readTranscript(options.file, io.ctx);
  const request = { ...base, transcript };
  const read = namedInputs([['the transcript', options.file], ['--context', options.request.context], ['--patient-history', options.request.patientHistory]]);
  await prepareSingleOutput(options.output, read, io.ctx.cwd);
  const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
  announceDefaultProvider(settings, io);
  const { ctx } = io;
  // With --output nothing is shown as it streams: the note is written whole at the end, never a partial one.
  const write = options.output ? () => undefined : (text: string) => void ctx.stdout.write(text);
  const style = await createStyle(!options.output && shouldUseColor(ctx.stdout, ctx.env, io.globals.color));
  const writer: StreamWriter = settings.format === 'json' || options.output ? createJsonStreamWriter(write) : createTextStreamWriter(write, style);
  // Until the first event the terminal would sit blank: a spinner on stderr says the request is out (only on a
  // terminal, never under --json), and is gone before the first byte of the note is written.
  const waiting = await startCommandProgress(io, 'Waiting for the first section…', settings.format !== 'json' && !io.globals.quiet);
  let received = false;
  try {
    for await (const event of backend.streamNote(request)) {
      if (!received) waiting.stop();
      received = true;
      writer.write(event);
    }
  } catch (err) {
    waiting.stop();
    // What arrived stays on screen, marked partial; the error line on stderr says why it stopped.
    if (received) writer.finish(true);
    throw err;
  }
  waiting.stop();
  const grounding = await verifyIfAsked(options.verify, writer.note, transcript, request.context);
  writer.finish(false, grounding && { grounding });
  if (options.output) {
    await emitNote(writer.note, { format: settings.format, output: options.output, input: options.file, grounding, patient: request.context?.patient_info }, io);
  } else if (isEmptyNote(writer.note)) {
    // Already on stdout as it streamed.
    throw emptyNoteError(writer.note, { input: options.file });
  } else if (grounding && settings.format !== 'json') {
    ctx.stdout.write(await renderGroundingBlock(grounding, style));
  }
  return exitCodeForFindings(options.verify, grounding);
}
