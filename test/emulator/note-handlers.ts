import { ApiError } from './api-error.js';
import type { HandlerContext } from './handler-context.js';
import { requireJsonObject, validateNoteRequest } from './note-request.js';
import { sendJson } from './response-sink.js';
import { SPECIALTIES } from './specialties.js';

export async function handleCreateNote(ctx: HandlerContext): Promise<void> {
  const input = validateNoteRequest(requireJsonObject(ctx.body));
  await sendJson(ctx.sink, 200, ctx.notes.saveCompleted(input));
}

/** GET /v1/note/:noteId and GET /v1/audio/status/:noteId answer alike, and both count as polls. */
export async function handleGetNote(ctx: HandlerContext): Promise<void> {
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
      return sendJson(ctx.sink, 200, { noteId: id, status: 'completed', ...rest });
    }
  }
}

export async function handleListSpecialties(ctx: HandlerContext): Promise<void> {
  await sendJson(ctx.sink, 200, { specialties: SPECIALTIES });
}
