/**
 * Meeting and transcription products that write a speaker's name beside a time in a shape the label reader does not
 * take, rewritten line for line as the label line it does take (`Name  0:04`, words below) or as `Name: words`:
 * - a time, a dash and the name (Fathom's copied transcript `0:04 - Kevin Jones (Acme)`, Happy Scribe's
 *   `[00:00:03.45] - Speaker 2`), or the name, a dash and the time (`Dr. Alvarez - 00:04`, as Fireflies' download is
 *   written from memory);
 * - a cue's time range over the name (Teams' Word transcript: `0:0:5.100 --> 0:0:10.220` / `Price, Daniel` / words);
 * - the name in brackets and the time before the words on one line (Zoom's saved closed captions:
 *   `[Amina Khan] 10:02:15 The itching is much better`).
 * - the name, the time and the words in columns on one line (Rev.ai's text output `Speaker 0    00:00:04    words`,
 *   spaces or tabs between);
 * - the name, the time and the words with single spaces between (`Noor 00:01:25 I cut down…`, as an HTML export
 *   reads with its markup taken off): asked of most lines, since a log line may open on a name and a time too;
 * - a diarised id in brackets (WhisperX's diarised text `[SPEAKER_01]: words`), the segment's times after it or not;
 * - the name on one line and the time alone on the next (text copied from Otter's, Zoom's or Fireflies' web page:
 *   `Gary Holt` / `0:10` / words; Teams' `Ana Torres (Interpreter)` / `0:00:12` / words);
 * - the elapsed time before each line's words with no name at all (`00:04 I've had a red eye…`, a recorder's or
 *   captioner's timed text): the time is taken off the words.
 * Each asks for three such lines or more and two speakers, since one speaker's timed lines are a log, not a layout.
 */
import { letters } from './letter-pattern.js';
import { isDiarisedId, splitLabel } from './speaker-labels.js';

const TIME = String.raw`\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3}`;
/** `0:04 - Kevin Jones (Acme)`: the parenthesis is the attendee's organisation, which says nothing of who they are here. */
const TIME_DASH_NAME = letters(String.raw`^\s*[[(]?(${TIME})[\])]?\s+[-–—]\s+(${NAME})(?:\s*\([^()]{1,60}\))?\s*$`);
const NAME_DASH_TIME = letters(String.raw`^\s*(${NAME})\s+[-–—]\s+[[(]?(${TIME})[\])]?\s*$`);
const CUE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}\s*$`);
// Teams marks an outside attendee after the name (`Okonkwo, Ruth (Guest)`), and a host may add the attendee's part
// (`Ana Torres (Interpreter)`), which the label reader keeps with the name.
const NAME_LINE = letters(String.raw`^\s*(${NAME}(?:\s*\([\p{L}][\p{L} .'’/-]{0,30}\))?)\s*$`);
const BRACKETED_NAME_TIME = letters(String.raw`^\s*\[(${NAME})\]\s+(${TIME})\s+(?=\S)`);

const NAME_TIME_WORDS = letters(String.raw`^\s*(\p{L}[\p{L}0-9 .'’_-]{0,40}?)(?:\t+|\s{2,})[[(]?${TIME}[\])]?(?:\t+|\s{2,})(?=\S)`);
const NAME_TIME_INLINE = letters(String.raw`^\s*(${NAME}) [[(]?${TIME}[\])]? +(?=\S)`);
// WhisperX's text may carry the segment's times after the id: `[SPEAKER_00] 00:00:01 - 00:00:05  words`.
const BRACKETED_ID = new RegExp(String.raw`^\s*\[([^\]]{1,20})\]\s*:?\s+(?:[[(]?${TIME}[\])]?(?:\s*(?:-->|[-–—])\s*[[(]?${TIME}[\])]?)?\s*:?\s+)?(?=\S)`);
const ELAPSED = /^\s*[[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?[\])]? +(?!-->)(?=\S)/;

/** Enough heads from at least two speakers, each name said at least twice. */
function isLayout(names: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n.toLowerCase(), (counts.get(n.toLowerCase()) ?? 0) + 1);
  return names.length >= 3 && [...counts.values()].filter((c) => c >= 2).length >= 2;
}

function unfoldDashedHeads(lines: readonly string[]): string[] | undefined {
  for (const [pattern, name, time] of [[TIME_DASH_NAME, 2, 1], [NAME_DASH_TIME, 1, 2]] as const) {
    const heads = lines.map((l) => pattern.exec(l));
    if (!isLayout(heads.flatMap((m) => (m ? [m[name]!] : [])))) continue;
    return lines.map((l, i) => (heads[i] ? `${heads[i][name]}  ${heads[i][time]}` : l));
  }
  return undefined;
}

function unfoldCueNames(lines: readonly string[]): string[] | undefined {
  const at = lines.flatMap((l, i) => (CUE.test(l) && NAME_LINE.test(lines[i + 1] ?? '') && (lines[i + 2] ?? '').trim() !== '' ? [i] : []));
  if (!isLayout(at.map((i) => lines[i + 1]!.trim()))) return undefined;
  const out = [...lines];
  // The cue's time is dropped; the label line keeps a time of its own so that it reads as one.
  for (const i of at) [out[i], out[i + 1]] = ['', `${lines[i + 1]!.trim()}  0:00`];
  return out;
}

function unfoldBracketedNames(lines: readonly string[]): string[] | undefined {
  const heads = lines.map((l) => BRACKETED_NAME_TIME.exec(l));
  if (!isLayout(heads.flatMap((m) => (m ? [m[1]!] : [])))) return undefined;
  return lines.map((l, i) => (heads[i] ? `${heads[i][1]}: ${l.slice(heads[i][0].length)}` : l));
}

// The time of day as a meeting's panel shows it: `10:02 AM`.
const BARE_TIME = new RegExp(String.raw`^\s*[[(]?${TIME}(?:\s?[AaPp]\.?[Mm]\.?)?[\])]?\s*$`);

function unfoldNamesOverTimes(lines: readonly string[]): string[] | undefined {
  const at = lines.flatMap((l, i) => (NAME_LINE.test(l) && BARE_TIME.test(lines[i + 1] ?? '') ? [i] : []));
  if (!isLayout(at.map((i) => lines[i]!.trim()))) return undefined;
  const out = [...lines];
  for (const i of at) [out[i], out[i + 1]] = [`${lines[i]!.trim()}  ${lines[i + 1]!.trim().replace(/^[[(]|[\])]$/g, '')}`, ''];
  return out;
}

function unfoldNameTimeColumns(lines: readonly string[]): string[] | undefined {
  const heads = lines.map((l) => {
    const m = NAME_TIME_WORDS.exec(l);
    return m && splitLabel(`${m[1]!.trim()}: x`, 0).label !== undefined ? m : null;
  });
  if (!isLayout(heads.flatMap((m) => (m ? [m[1]!.trim()] : [])))) return undefined;
  return lines.map((l, i) => (heads[i] ? `${heads[i][1]!.trim()}: ${l.slice(heads[i][0].length)}` : l));
}

function unfoldInlineNameTimes(lines: readonly string[]): string[] | undefined {
  const heads = lines.map((l) => {
    const m = NAME_TIME_INLINE.exec(l);
    return m && splitLabel(`${m[1]!}: x`, 0).label !== undefined ? m : null;
  });
  const names = heads.flatMap((m) => (m ? [m[1]!] : []));
  const filled = lines.filter((l) => l.trim() !== '').length;
  if (!isLayout(names) || names.length < filled * 0.5 || new Set(names.map((n) => n.toLowerCase())).size > 6) return undefined;
  return lines.map((l, i) => (heads[i] ? `${heads[i][1]}: ${l.slice(heads[i][0].length)}` : l));
}

function unfoldBracketedIds(lines: readonly string[]): string[] | undefined {
  const heads = lines.map((l) => {
    const m = BRACKETED_ID.exec(l);
    return m && isDiarisedId(m[1]!) ? m : null;
  });
  if (!isLayout(heads.flatMap((m) => (m ? [m[1]!] : [])))) return undefined;
  return lines.map((l, i) => (heads[i] ? `${heads[i][1]}: ${l.slice(heads[i][0].length)}` : l));
}

/**
 * Unlabelled lines each opening on the time since the recording began: a clock time ("09:30 Patient reviewed" in a
 * ward log) is a fact and stays, so the times must start within the first minute and never go back.
 */
function removeElapsedTimes(lines: readonly string[]): string[] | undefined {
  const filled = lines.filter((l) => l.trim() !== '');
  const seconds = filled.map((l) => ELAPSED.exec(l)).flatMap((m) => (m ? [Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3])] : []));
  if (seconds.length < 3 || seconds.length < filled.length * 0.8 || seconds[0]! >= 60 || seconds.some((t, i) => i > 0 && t < seconds[i - 1]!)) return undefined;
  const out = lines.map((l) => l.replace(ELAPSED, ''));
  // A timed line that turns out to carry a label ("00:04 Doctor: …") is for the label reader, which takes times itself.
  return out.some((l) => l.trim() !== '' && splitLabel(l, 0).label !== undefined) ? undefined : out;
}

/** The lines with any of these layouts rewritten; other texts come back unchanged. */
export function unfoldTimedNameLines(lines: readonly string[]): string[] | undefined {
  return unfoldDashedHeads(lines) ?? unfoldCueNames(lines) ?? unfoldBracketedNames(lines) ?? unfoldNamesOverTimes(lines) ?? unfoldNameTimeColumns(lines) ?? unfoldInlineNameTimes(lines) ?? unfoldBracketedIds(lines) ?? removeElapsedTimes(lines);
}
