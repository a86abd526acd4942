import { ApiError } from './api-error.js';
import type { HandlerContext } from './handler-context.js';
import { requireJsonObject, validateNoteRequest } from './note-request.js';
import { sendJson } from './response-sink.js';
import { CURRENT_SPECIALTIES, SPECIALTIES } from './specialties.js';

export async function handleCreateNote(ctx: HandlerContext): Promise<void> {
  const { reading } = ctx.settings;
  const input = validateNoteRequest(requireJsonObject(ctx.body), reading);
  await sendJson(ctx.sink, 200, ctx.notes.saveCompleted(input, reading));
}

/**
 * A lookup that counts as a poll. `withNote`: a completed note's fields come with its status (GET /v1/note/:id, and
 * the seeds' status endpoint); without, only the status (the current reading's status endpoint).
 */
async function answerLookup(ctx: HandlerContext, withNote: boolean): Promise<void> {
  const noteId = ctx.params.noteId ?? '';
  const found = ctx.notes.pollNote(noteId);
  switch (found.status) {
    case 'missing':
      throw new ApiError(
        404,
        'NOT_FOUND',
        `Note ${noteId} not found. Notes expire after the retention period; check the expires_at field.`,
      );
    case 'processing':
      return sendJson(ctx.sink, 200, { noteId: found.noteId, status: 'processing' });
    case 'failed':
      return sendJson(ctx.sink, 200, { noteId: found.noteId, status: 'failed', message: found.message });
    case 'completed': {
      const { noteId: id, ...rest } = found.note;
      return sendJson(ctx.sink, 200, withNote ? { noteId: id, status: 'completed', ...rest } : { noteId: id, status: 'completed' });
    }
  }
}

/** GET /v1/note/:noteId: the note with its status. */
export function handleGetNote(ctx: HandlerContext): Promise<void> {
  return answerLookup(ctx, true);
}

/** GET /v1/audio/status/:noteId: the seeds send the note with a completed status; the current reading only the status. */
export function handleGetAudioStatus(ctx: HandlerContext): Promise<void> {
  return answerLookup(ctx, ctx.settings.reading === 'seeds');
}

export async function handleListSpecialties(ctx: HandlerContext): Promise<void> {
  await sendJson(ctx.sink, 200, { specialties: ctx.settings.reading === 'current' ? CURRENT_SPECIALTIES : SPECIALTIES });
}
