/**
 * Transcribers write how a turn was said before the words themselves: "(via interpreter) I live alone.", "(to the
 * record) Alert and oriented.", "(interprets) She says good morning.", "(quietly) It's worse at night.". Left in, the
 * note quotes the direction and the readers that look at how a sentence opens (answers, first-person accounts) no
 * longer see it, so the answer is lost. A short lower-case parenthesis that opens a sentence is the transcriber's, not
 * the speaker's; a parenthesis that is the whole turn ("(responds in Arabic)") is left for the interpreter reader.
 */
import type { Turn } from './types.js';

/** Up to six words, lower-case first ("via INT"), no digits: a manner or a channel, never a value or a name. */
const DIRECTION = String.raw`\([a-z][A-Za-z' .,-]{0,40}?\)`;
const OPENING_DIRECTION = new RegExp(String.raw`(^|[.?!]\s+)${DIRECTION}\s+(?=\S)`, 'g');

function isShortDirection(match: string): boolean {
  const inner = /\(([^)]*)\)/.exec(match)?.[1] ?? '';
  return inner.trim().split(/\s+/).length <= 6;
}

/** The text with the directions that open its sentences taken out; text without any comes back as it was. */
export function dropStageDirections(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(OPENING_DIRECTION, (match: string, before: string) => (isShortDirection(match) ? before : match));
}

/** Each turn's sentences without the directions that open them. */
export function dropTurnDirections(turns: Turn[]): Turn[] {
  return turns.map((t) => {
    const text = dropStageDirections(t.text);
    return text === t.text || text.trim() === '' ? t : { ...t, text };
  });
}
