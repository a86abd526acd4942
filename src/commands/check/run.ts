import { z } from 'zod';
import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { shouldUseColor } from '../../context.js';
import { readJsonFile } from '../../input/json-file.js';
import { readTranscript } from '../../input/transcript.js';
import { noteContextSchema } from '../../api/soapnoteapi/schemas.js';
import { renderGroundingBlock } from '../../output/emit-note.js';
import { createStyle } from '../../ui/style.js';
import { exitCodeForFindings, verifyIfAsked } from '../verify-note.js';

const checkableNoteSchema = z
  .looseObject({ subjective: z.string(), objective: z.string(), assessment: z.string(), plan: z.string() })
  .partial()
  .refine((n) => n.subjective ?? n.objective ?? n.assessment ?? n.plan, 'has none of subjective, objective, assessment, plan');

/** `soap check`: the grounding check on a saved note, with no network at all. */
export async function runCheck(notePath: string, flags: { transcript: string; context?: string; json?: boolean; strict?: boolean }, io: CommandIo): Promise<number> {
  if ([notePath, flags.transcript, flags.context].filter((p) => p === '-').length > 1) throw new UsageError('only one input can come from stdin ("-")');
  const note = await readJsonFile(notePath, checkableNoteSchema, io.ctx.stdin);
  const { text } = await readTranscript(flags.transcript, io.ctx.stdin);
  const context = flags.context ? await readJsonFile(flags.context, noteContextSchema, io.ctx.stdin) : undefined;
  const findings = (await verifyIfAsked({ verify: true }, note, text, context))!;
  if (flags.json) {
    const { attachTranscriptLines } = await import('../../grounding/index.js');
    io.ctx.stdout.write(`${JSON.stringify({ grounding: attachTranscriptLines(findings, text) }, null, 2)}\n`);
  } else {
    const style = await createStyle(shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color));
    io.ctx.stdout.write((await renderGroundingBlock(findings, style)).replace(/^\n/, ''));
  }
  return exitCodeForFindings({ strict: flags.strict }, findings);
}
