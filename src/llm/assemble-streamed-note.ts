import { StreamIncompleteError } from '../errors.js';
import { readPartialSections } from './partial-sections.js';
import { parseNoteAnswer } from './parse-note-answer.js';
import { SECTIONS, type Section } from '../note/index.js';

export type SectionEvent = { type: 'start'; section: Section } | { type: 'text'; section: Section; text: string };

export interface AssembledAnswer<S extends Section = Section> {
  sections: Record<S, string>;
  /** The whole answer as the model wrote it. */
  raw: string;
}

/**
 * Collects streamed deltas into a note, reporting each section when it starts and as its text grows. The final
 * answer goes through the same parser as a non-streamed one; a stream cut short keeps what had arrived.
 */
export async function assembleStreamedNote<S extends Section = Section>(
  deltas: AsyncIterable<string>,
  onSection?: (event: SectionEvent) => void,
  expected: readonly S[] = SECTIONS as readonly Section[] as readonly S[],
): Promise<AssembledAnswer<S>> {
  let raw = '';
  const shown = new Map<Section, number>();
  const report = (final: boolean): void => {
    for (const part of readPartialSections(raw, final)) {
      const seen = shown.get(part.section);
      if (seen === undefined) {
        shown.set(part.section, 0);
        onSection?.({ type: 'start', section: part.section });
      }
      const from = shown.get(part.section) ?? 0;
      if (part.text.length > from) {
        shown.set(part.section, part.text.length);
        onSection?.({ type: 'text', section: part.section, text: part.text.slice(from) });
      }
    }
  };
  try {
    for await (const delta of deltas) {
      raw += delta;
      if (onSection) report(false);
    }
  } catch (err) {
    if (!(err instanceof StreamIncompleteError)) throw err;
    // Everything that arrived is shown, its last line too: the answer ended there (cut off, or at the token limit).
    if (onSection) report(true);
    throw new StreamIncompleteError(err.message, { hint: err.hint, partialAnswer: raw, cause: err });
  }
  if (onSection) report(true);
  return { sections: parseNoteAnswer(raw, expected), raw };
}
