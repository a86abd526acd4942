/**
 * Transcripts written in the notation of conversation analysis (Jefferson's, as research and training recordings
 * use it) mark how things were said inside the words: timed pauses `(0.4)` and micro-pauses `(.)`, breaths `.hhh`,
 * quiet speech between degree signs `°okay°`, latching `=` where one turn runs into the next, overlap brackets
 * `[yeah`, pitch arrows `↑↓`, fast speech `>like this<`, stretched sounds `so::`, and the transcriber's own notes in
 * double parentheses `((laughs))`. None of it is words: when a text uses several of these marks, they are taken out
 * line for line (speaker codes and line numbers stay for the label readers), so the sentences read as they were said.
 * Other texts come back unchanged.
 */

const TIMED_PAUSE = /\(\s*(?:\d{0,2}\.\d{1,2}|\.)\s*\)/g;
const TRANSCRIBER_NOTE = /\(\([^()]*\)\)/g;
/** An in-breath `.hhh` (alone or on a word's end) or an out-breath `hhh`. */
const BREATH = /(?:(?<=^|\s)\.?h{2,}|\.h{2,}|\bh{3,})\b/gi;
const QUIET = /°/g;
const PITCH = /[↑↓]/g;
const FAST = />([^<>]{1,80})</g;
const LATCH = /(?<=\S)=(?=\s|$)|(?<=^|\s)=(?=\S)/g;
const STRETCH = /(?<=[a-z])::+|(?<=[a-z]):(?=[a-z])/gi;
/** An overlap bracket: `[` before a word or `]` after one (a `[doctor]` tag at the line's start is in its prefix). */
const OVERLAP = /\[(?=[a-z])|(?<=[a-z,.?])\](?!:)/gi;

/** How many marks of each kind a text carries. */
function countMarks(text: string): number[] {
  return [TIMED_PAUSE, TRANSCRIBER_NOTE, BREATH, QUIET, PITCH, FAST, LATCH].map((re) => (text.match(re) ?? []).length);
}

/** Several kinds of the notation's marks, more than a few times: a pause in "(0.5 mg)" or one "=" is not it. */
export function isConversationAnalysis(lines: readonly string[]): boolean {
  const counts = countMarks(lines.join('\n'));
  const kinds = counts.filter((n) => n > 0).length;
  return counts[0]! >= 2 && kinds >= 2 && counts.reduce((a, b) => a + b, 0) >= 5;
}

/** A line's number, speaker code and the spaces that align the words: kept as written for the label readers. */
const PREFIX = /^\s*(?:\[[^\]]{1,30}\]\s*)?(?:\d{1,4}\s+)?(?:[A-Za-z][\w .'-]{0,24}:\s*)?/;

function cleanLine(line: string): string {
  const prefix = PREFIX.exec(line)![0];
  const words = line.slice(prefix.length)
    .replace(TRANSCRIBER_NOTE, ' ').replace(TIMED_PAUSE, ' ').replace(BREATH, ' ').replace(QUIET, '').replace(PITCH, '')
    .replace(FAST, '$1').replace(LATCH, ' ').replace(STRETCH, '').replace(OVERLAP, '')
    .replace(/\s+/g, ' ').replace(/\s+([,.?!])/g, '$1').trim();
  // A line left with only its number or code (a pause or a gesture of its own) has nothing said on it.
  return words === '' && (/^\s*\d{1,4}\s*$/.test(prefix) || prefix.trim() === '') ? '' : `${prefix}${words}`.trimEnd();
}

/** The lines with the notation taken out (same count, same order); other texts come back unchanged. */
export function removeConversationNotation(lines: readonly string[]): string[] {
  return isConversationAnalysis(lines) ? lines.map(cleanLine) : [...lines];
}
