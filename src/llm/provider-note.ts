import { z } from 'zod';
import { SECTIONS, type NoteSections, type Section } from '../note/sections.js';

/** What the AssemblyAI and OpenAI-compatible paths both produce, whatever the method. */
export interface ProviderNote extends NoteSections {
  provider: 'assemblyai' | 'openai';
  model: string;
  transcript_id?: string;
  transcript?: string;
}

/** A note read back with `--from note.json`: any provider's note (SOAPNoteAPI's too), extra fields kept. */
export const previousNoteSchema = z.looseObject({
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  provider: z.string().optional(),
  model: z.string().optional(),
  transcript_id: z.string().optional(),
  transcript: z.string().optional(),
});

export type PreviousNote = z.infer<typeof previousNoteSchema>;

/**
 * `--section plan --from note.json`: writes the named sections again and keeps every other one (and every other
 * field) as it was. Sections are generated one after another, in S-O-A-P order.
 */
export async function regenerateSections<N extends NoteSections>(
  previous: N,
  sections: readonly Section[],
  generateOne: (section: Section) => Promise<string>,
): Promise<N> {
  const next = { ...previous };
  for (const section of SECTIONS.filter((s) => sections.includes(s))) {
    next[section] = await generateOne(section);
  }
  return next;
}
