/**
 * Caption, subtitle and log-like formats open each line with machine marks before the words: frame or time numbers
 * in braces or brackets (`{47}{226}`, `[120][161]`, `[00:01:02.5]`, `<00:00:04.200>`), a style tag (`{y:i}`,
 * `{\an8}`, `<i>`), then perhaps a voice's dash or a name in parentheses (`- `, `(ROSA)`, `[Nurse]`). Such a line
 * starts like code, but what follows the marks is talk. These helpers give a line's words after its marks, so a
 * judge of "code or data" can weigh the words rather than the first character.
 */

/**
 * One or more bracketed marks with no space inside, at least one of them holding a number (a frame, a time, a cue
 * number): `[INFO]` or `<div>` alone is not a timing mark.
 */
const MARKS = /^\s*(?:(?:[{[<][^\s{}[\]<>]{1,24}[}\]>]|\/)\s*)+/;
const VOICE = /^(?:[-–]\s+)?(?:[([]\s*[\p{L}][\p{L} .'’-]{0,30}[)\]]\s*)?/u;
/** A log's level among the marks, `[1707639242][ERROR]`: a log entry, not a caption. */
const LEVEL_MARK = /[[{<|](?:INFO|WARN(?:ING)?|ERROR|ERR|DEBUG|TRACE|FATAL|NOTICE|CRIT(?:ICAL)?|[IWEDF])[\]}>|]/i;
/** A log's level after its time stamp: the line is a log entry, not a caption. */
const LOG_LEVEL = /^(?:\[?(?:INFO|WARN(?:ING)?|ERROR|ERR|DEBUG|TRACE|FATAL|NOTICE|CRIT(?:ICAL)?)\b|\[?[A-Z][\w.-]*\]?:\s|[\w.$]+\(|[{[])/;

/** The words of a line after its leading timing marks, style tags and voice mark, or undefined when it has none. */
export function stripCuePrefix(line: string): string | undefined {
  const marks = MARKS.exec(line)?.[0];
  if (marks === undefined || !/\d/.test(marks) || LEVEL_MARK.test(marks)) return undefined;
  const rest = line.slice(marks.length).replace(VOICE, '').trim();
  return LOG_LEVEL.test(rest) ? undefined : rest;
}

/** True when the words after a line's marks read as talk: three words or more, mostly of letters. */
export function isTalkAfterCuePrefix(line: string): boolean {
  const rest = stripCuePrefix(line);
  if (rest === undefined) return false;
  const words = rest.split(/[\s|]+/).filter((w) => w !== '');
  const lettered = words.filter((w) => /^[\p{L}][\p{L}'’.,?!-]*$/u.test(w)).length;
  return words.length >= 3 && lettered >= words.length * 0.6 && !/[;=]\s*$|[{}]/.test(rest);
}
