/**
 * A call through a text relay (TTY, a captioned or typed relay for a Deaf or hard-of-hearing caller), as the relay
 * service or the call taker saves it: no speaker labels; each turn ends on the relay's "GA" (go ahead), the last on
 * "SK" (stop keying) or "GA TO SK"; the operator's own messages stand on lines of their own in parentheses or
 * brackets ("(OPERATOR: CALLER IS TYPING)"); and the typed side is in capitals while the voiced side is written as
 * spoken. Where three turns or more end on a marker, the markers are taken off (they are no words of the visit), the
 * operator's lines blanked, and where one side writes in capitals and the other does not, the case tells the two
 * voices apart: each line is labelled with
 * its voice (`Speaker 1`, `Speaker 2`, in the order they first speak; roles are then read from what each says) and a
 * line typed in capitals is put in sentence case. Line for line; other texts come back unchanged.
 */
import { splitLabel } from './speaker-labels.js';
import { writeSentenceCase } from './caption-case.js';

/** "… GA", "… GA TO SK", "… SK", "… SKSK", "… GA OR SK", "Q GA" (a question's mark in TTY): a relay's turn marker. */
const TURN_END = /(?:\s+|^)(?:GA(?:\s*(?:TO|OR|\/)\s*SK)?|SK(?:SK)?|Q\s+GA)\s*$/;
/** A whole line in parentheses or brackets: the operator's message, no turn of the call. */
const OPERATOR_LINE = /^\s*[([][^()[\]]{2,300}[)\]]\s*$/;
/** How many lines must end on a relay marker, and how many each case must write, to call the layout. */
const MIN_MARKED = 3;
const MIN_EACH_CASE = 2;
const MIN_CAPITALS = 0.85;

/** "OK GOT IT", "YES VERY TIRED": a typed line, short as it may be. */
function isCapitalsLine(line: string): boolean {
  const upper = (line.match(/\p{Lu}/gu) ?? []).length;
  const lower = (line.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 5 && upper >= (upper + lower) * MIN_CAPITALS;
}

function isMixedCaseLine(line: string): boolean {
  return (line.match(/\p{Ll}/gu) ?? []).length >= 5 && !isCapitalsLine(line);
}

/** The lines with the relay's markers off, its operator's lines blanked and the two voices labelled by their case. */
export function unfoldRelayCall(lines: readonly string[]): string[] {
  if (lines.some((l) => l.trim() !== '' && splitLabel(l, 0).label !== undefined)) return [...lines];
  if (lines.filter((l) => TURN_END.test(l)).length < MIN_MARKED) return [...lines];
  const spoken = lines.map((l) => (OPERATOR_LINE.test(l) ? '' : l.replace(TURN_END, '').trimEnd()));
  // Both cases, each on more than one line: a call typed wholly in capitals is a caption's (caption-case.ts). Without a
  // relay's markers the case says nothing: a dictation's headings are in capitals too.
  if (spoken.filter(isCapitalsLine).length < MIN_EACH_CASE || spoken.filter(isMixedCaseLine).length < MIN_EACH_CASE) return spoken;
  const first = spoken.find((l) => isCapitalsLine(l) || isMixedCaseLine(l))!;
  const voiceOf = (capital: boolean) => (capital === isCapitalsLine(first) ? 'Speaker 1' : 'Speaker 2');
  return spoken.map((l) => {
    if (isCapitalsLine(l)) return `${voiceOf(true)}: ${writeSentenceCase(l.trim())}`;
    if (isMixedCaseLine(l)) return `${voiceOf(false)}: ${l.trim()}`;
    return l;
  });
}
