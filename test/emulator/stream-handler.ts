import { formatErrorBody } from './api-error.js';
import type { HandlerContext } from './handler-context.js';
import { SECTION_NAMES, buildSections, type SectionName } from './note-builder.js';
import { requireJsonObject, validateNoteRequest } from './note-request.js';
import { pause } from './pause.js';
import type { Reading } from './types.js';

/** `{section, content}` in the seeds' reading; `{content}` in the current one, the headings inside the text. */
interface StreamChunk {
  section?: SectionName;
  content: string;
}

/** Splits by code points so a chunk never ends inside a surrogate pair. */
export function splitIntoChunks(text: string, chunkSize: number): string[] {
  const chars = Array.from(text);
  if (!(chunkSize >= 1) || chars.length <= chunkSize) return [text];
  const chunks: string[] = [];
  for (let i = 0; i < chars.length; i += chunkSize) chunks.push(chars.slice(i, i + chunkSize).join(''));
  return chunks;
}

const HEADINGS: Record<SectionName, string> = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

function planEvents(sections: Record<SectionName, string>, chunkSize: number, reading: Reading): StreamChunk[] {
  if (reading === 'current') {
    // The help center's example: `{"content":"Subjective:\n"}`, … `{"content":"\n\nPlan:\n1. …"}`.
    const text = SECTION_NAMES.map((s) => `${HEADINGS[s]}:\n${sections[s]}`).join('\n\n');
    return splitIntoChunks(text, chunkSize).map((content) => ({ content }));
  }
  return SECTION_NAMES.flatMap((section) =>
    splitIntoChunks(sections[section], chunkSize).map((content) => ({ section, content })),
  );
}

/** POST /v1/stream/note: validation errors are plain JSON answers; after that, SSE. */
export async function handleStreamNote(ctx: HandlerContext): Promise<void> {
  const { reading } = ctx.settings;
  const input = validateNoteRequest(requireJsonObject(ctx.body), reading);
  // Read once: a test changing the options mid-stream should not reshape a stream in flight.
  const { chunkSize, intervalMs, truncateAfterEvents, errorAfterEvents, onEventWritten } = { ...ctx.settings.stream };
  const events = planEvents(buildSections(input), chunkSize, reading);
  const errorAt = errorAfterEvents ? (errorAfterEvents.afterEvents ?? truncateAfterEvents ?? 1) : undefined;
  const stopAt = errorAt ?? truncateAfterEvents;

  ctx.sink.open(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  let sent = 0;
  for (const event of events) {
    if (stopAt !== undefined && sent >= stopAt) break;
    if (sent > 0) await pause(intervalMs, ctx.signal);
    if (ctx.sink.closed) return;
    await ctx.sink.write(`data: ${JSON.stringify(event)}\n\n`);
    onEventWritten?.(sent, event);
    sent++;
  }
  if (errorAfterEvents) {
    const body = formatErrorBody(errorAfterEvents.code, errorAfterEvents.message, {}, reading);
    await ctx.sink.write(`event: error\ndata: ${body}\n\n`);
  } else if (truncateAfterEvents === undefined || truncateAfterEvents >= events.length + 1) {
    await pause(intervalMs, ctx.signal);
    await ctx.sink.write('data: [DONE]\n\n');
  }
  await ctx.sink.end();
}
