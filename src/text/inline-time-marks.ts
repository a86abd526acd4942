/**
 * Some captioning tools write the time into the words before every sentence, "Nurse: <00:41> Any pain? <00:43> Where
 * is it?", in angle brackets. The marks are where the audio was, not said, and read as words they give every note's
 * number a "00", "41" or "10" to be found in. Where a text writes three or more such marks, all of them are removed,
 * spaces tidied. (A WebVTT cue's word timings carry milliseconds, "<00:00:01.500>", and stay for the subtitle reader.)
 * Same lines, same count; other texts unchanged.
 */
const MARK = /<\d{1,2}:\d{2}(?::\d{2})?>/g;
const SPACED_MARK = /\s*<\d{1,2}:\d{2}(?::\d{2})?>\s*/g;
const MIN_MARKS = 3;

export function removeInlineTimeMarks(lines: readonly string[]): string[] {
  let marks = 0;
  for (const line of lines) if (line.includes('<')) marks += line.match(MARK)?.length ?? 0;
  if (marks < MIN_MARKS) return [...lines];
  return lines.map((line) => (line.includes('<') ? line.replace(SPACED_MARK, ' ').trim() : line));
}
