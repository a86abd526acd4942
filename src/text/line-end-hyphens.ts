/**
 * Text copied out of a PDF or a printed page keeps the typesetter's breaks: a word hyphenated at a line's end
 * ("our first preg-" / "nancy, and…"), which read as two words is neither. The word is made whole again on the
 * first line (the rest of it taken off the next), so line numbers still point into the file as given.
 *
 * Without a dictionary, the text itself says whether the hyphen belongs to the word: the joined word written
 * elsewhere in it ("pregnancy") joins; the hyphenated pair written elsewhere ("follow-up") keeps its hyphen; otherwise
 * a part that opens compounds ("self-", "non-", "well-") keeps it and any other fragment joins. A short line that
 * breaks off ("I was tal-") and a next line that is another speaker's turn are no wrap, and are left as written.
 */
import { letters } from './letter-pattern.js';
import { splitLabel } from './speaker-labels.js';

const BROKEN_END = letters(String.raw`(?<=^|[\s("'“])(\p{L}{2,})-\s*$`);
// The rest of the word and any stop after it ("nancy,") go up, so the next line opens on a word as a wrapped line does.
const GOES_ON = letters(String.raw`^(\s*)(\p{Ll}{2,})([.,;:?!)'"”]*)(?=\s|$)`);
const COMPOUND_PART = /^(?:self|non|well|ex|co|anti|half|semi|multi|post|pre|re|cross|long|short|full|part|over|under|follow|check|walk|drop|sit|lie|left|right|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|first|second|third|high|low|mid|day|week|month|year)$/i;

function writtenElsewhere(text: string, word: string): boolean {
  // (The word is letters and a hyphen only, which need no escaping.)
  return new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'iu').test(text);
}

/** Whether "head-" at a line's end and "tail" opening the next are one word without its hyphen. */
function joinsWithoutHyphen(text: string, head: string, tail: string): boolean {
  if (writtenElsewhere(text, `${head}${tail}`)) return true;
  if (writtenElsewhere(text, `${head}-${tail}`)) return false;
  return !COMPOUND_PART.test(head);
}

/** The lines with words broken at a line's end made whole; blank lines between (a page break blanked) are passed over. */
export function rejoinLineEndHyphens(given: readonly string[]): string[] {
  const lines = [...given];
  const text = lines.join('\n');
  for (let i = 0; i < lines.length; i++) {
    // Only a line long enough to have been wrapped at a width: a short line's "tal-" is a speaker breaking off.
    const end = lines[i]!.trim().length >= 40 ? BROKEN_END.exec(lines[i]!) : null;
    if (!end) continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.trim() === '' && k - i <= 8) k++;
    // A next line that opens a turn of its own ("doctor: …" typed in lower case) goes on with nobody's word.
    const next = splitLabel(lines[k] ?? '', 0).label === undefined ? GOES_ON.exec(lines[k] ?? '') : null;
    if (!next) continue;
    const [head, tail] = [end[1]!, next[2]!];
    const word = joinsWithoutHyphen(text, head, tail) ? `${head}${tail}` : `${head}-${tail}`;
    lines[i] = `${lines[i]!.slice(0, end.index)}${word}${next[3]}`;
    lines[k] = `${next[1]}${lines[k]!.slice(next[0].length).replace(/^\s+/, '')}`;
  }
  return lines;
}
