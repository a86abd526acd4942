import { z } from 'zod';

/** One streamed piece of a note: text to append to a section, as it is generated. */
export const streamEventSchema = z.looseObject({ section: z.string(), content: z.string() });
export type StreamEvent = z.infer<typeof streamEventSchema>;
