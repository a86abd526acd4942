import type { CommandIo } from '../command-io.js';
import { shouldUseColor } from '../../context.js';
import { readJsonFile } from '../../input/json-file.js';
import { readTranscript } from '../../input/transcript.js';
import { noteContextSchema, savedNoteSchema } from '../../note/index.js';
import { renderGroundingBlock } from '../../output/render-note.js';
import { createStyle } from '../../ui/style.js';
import { exitCodeForFindings, verifyIfAsked } from '../shared/emit-note.js';
import type { CheckOptions } from './options.js';

/** `soap check`: the grounding check on a saved note, with no network at all. */
export async function runCheck(options: CheckOptions, io: CommandIo): Promise<number> {
  const note = await readJsonFile(options.note, savedNoteSchema, io.ctx);
  const { text } = await readTranscript(options.transcript, io.ctx);
  const context = options.context ? await readJsonFile(options.context, noteContextSchema, io.ctx) : undefined;
  const findings = (await verifyIfAsked({ verify: true, strict: false }, note, text, context))!;
  if (options.json) {
    const { attachTranscriptLines } = await import('../../grounding/index.js');
    io.ctx.stdout.write(`${JSON.stringify({ grounding: attachTranscriptLines(findings, text) }, null, 2)}\n`);
  } else {
    const style = await createStyle(shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color));
    io.ctx.stdout.write((await renderGroundingBlock(findings, style)).replace(/^\n/, ''));
  }
  return exitCodeForFindings({ strict: options.strict }, findings);
}
