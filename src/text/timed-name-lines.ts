/**
 * Meeting and transcription products that write a speaker's name beside a time in a shape the label reader does not
 * take, rewritten line for line as the label line it does take (`Name  0:04`, words below) or as `Name: words`:
 * - a time, a dash and the name (Fathom's copied transcript `0:04 - Kevin Jones (Acme)`, Happy Scribe's
 *   `[00:00:03.45] - Speaker 2`), or the name, a dash and the time (`Dr. Alvarez - 00:04`, as Fireflies' download is
 *   written from memory);
 * - a cue's time range over the name (Teams' Word transcript: `0:0:5.100 --> 0:0:10.220` / `Price, Daniel` / words);
 * - the name in brackets and the time before the words on one line (Zoom's saved closed captions:
 *   `[Amina Khan] 10:02:15 The itching is much better`).
 * Each asks for three such lines or more and two speakers, since one speaker's timed lines are a log, not a layout.
 */
const TIME = String.raw`\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3}`;
/** `0:04 - Kevin Jones (Acme)`: the parenthesis is the attendee's organisation, which says nothing of who they are here. */
const TIME_DASH_NAME = new RegExp(String.raw`^\s*[[(]?(${TIME})[\])]?\s+[-–—]\s+(${NAME})(?:\s*\([^()]{1,60}\))?\s*$`, 'u');
const NAME_DASH_TIME = new RegExp(String.raw`^\s*(${NAME})\s+[-–—]\s+[[(]?(${TIME})[\])]?\s*$`, 'u');
const CUE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}\s*$`);
const NAME_LINE = new RegExp(String.raw`^\s*(${NAME})\s*$`, 'u');
const BRACKETED_NAME_TIME = new RegExp(String.raw`^\s*\[(${NAME})\]\s+(${TIME})\s+(?=\S)`, 'u');

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

/** The lines with any of these layouts rewritten; other texts come back unchanged. */
export function unfoldTimedNameLines(lines: readonly string[]): string[] | undefined {
  return unfoldDashedHeads(lines) ?? unfoldCueNames(lines) ?? unfoldBracketedNames(lines);
}
