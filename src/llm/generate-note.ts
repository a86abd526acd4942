import type { ChatMessage } from './chat-message.js';
import { IncompleteAnswerError, ModelAnswerError } from './errors.js';
import { buildNoteMessages, type NotePromptInput } from './note-prompts.js';
import { parseNoteAnswer } from './parse-note-answer.js';
import { SECTIONS, SECTION_TITLES, orderSections, type NoteSections, type Section } from '../note/index.js';

export type NoteMethod = 'whole' | 'sections';

/** A model's answer: its text, and whether it stopped at the token limit. */
export interface ModelAnswer {
  text: string;
  truncated: boolean;
}

/** One chat call through whichever gateway. */
export type CompleteChat = (messages: ChatMessage[]) => Promise<ModelAnswer>;

/** The text of an answer that ran to its end; a truncated one is never parsed into a note. */
export function requireCompleteAnswer(answer: ModelAnswer): string {
  if (answer.truncated) throw new IncompleteAnswerError(answer.text);
  return answer.text;
}

/** Asks for one section on its own and parses the answer (the `--method sections` unit, also used to regenerate). */
export async function generateSection(complete: CompleteChat, input: Omit<NotePromptInput, 'sections'>, section: Section): Promise<string> {
  const text = requireCompleteAnswer(await complete(buildNoteMessages({ ...input, sections: [section] })));
  return parseNoteAnswer(text, [section])[section];
}

/**
 * The whole note in one request, or one request per section. With `sections`, a section whose answer cannot be
 * parsed, or was cut off at the token limit, fails the note, but the error carries every answer received, headed
 * by section, so none is lost.
 */
export async function generateNoteSections(
  complete: CompleteChat,
  input: Omit<NotePromptInput, 'sections'>,
  method: NoteMethod,
  only: readonly Section[] = SECTIONS,
): Promise<Partial<NoteSections>> {
  const sections = orderSections(only);
  if (method === 'whole') return parseNoteAnswer(requireCompleteAnswer(await complete(buildNoteMessages({ ...input, sections }))), sections);
  const answers = await Promise.all(sections.map(async (s) => ({ section: s, ...(await complete(buildNoteMessages({ ...input, sections: [s] }))) })));
  const out: Partial<NoteSections> = {};
  const failed: Section[] = [];
  for (const { section, text, truncated } of answers) {
    try {
      out[section] = parseNoteAnswer(requireCompleteAnswer({ text, truncated }), [section])[section];
    } catch (err) {
      if (!(err instanceof ModelAnswerError)) throw err;
      failed.push(section);
    }
  }
  if (failed.length === 0) return out;
  const raw = answers.map((a) => `## ${SECTION_TITLES[a.section]}\n\n${a.text.trim()}`).join('\n\n');
  const cut = answers.filter((a) => a.truncated).map((a) => SECTION_TITLES[a.section]);
  if (cut.length > 0) throw new IncompleteAnswerError(raw, `answer for ${cut.join(', ')}`);
  throw new ModelAnswerError(`the model's answer for ${failed.map((s) => SECTION_TITLES[s]).join(', ')} could not be read`, raw);
}
