import { z } from 'zod';

export const audioTranscriptionSchema = z.looseObject({ text: z.string() });

export type AudioTranscription = z.infer<typeof audioTranscriptionSchema>;

export const DEFAULT_TRANSCRIPTION_MODEL = 'whisper-1';
export const DEFAULT_CHAT_MODEL = 'gpt-4o';

/** GET /v1/models, which `soap doctor` asks to check a key: an object; nothing in it is read. */
export const modelListSchema = z.looseObject({});
