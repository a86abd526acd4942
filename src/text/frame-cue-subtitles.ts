/**
 * Subtitle files timed by a pair of numbers before each cue rather than by timing lines: MicroDVD's `{start}{end}`
 * in video frames (its first cue may give the frame rate alone, `{1}{1}25`), MPL2's `[start][end]` in tenths of a
 * second, and their kin. A cue is one line; `|` breaks it into lines, a dialogue dash opens another voice, `{y:i}`
 * or `{c:$00ff00}` style tags and MPL2's leading `/` (italics) style it, and a name in parentheses or before a colon
 * tells who speaks where the picture does not. Such a file is written as SRT, cue by cue, so the subtitle reader
 * (subtitle-format.ts) reads it as any other: wrapped lines joined, dashed voices told apart, tags taken as speakers.
 * Other texts come back undefined.
 */

/** `{47}{226}`, `[47][226]`, `{47}{}`: a start and an end, the end possibly left open. */
const CUE = /^\s*([{[])(\d{1,9})[}\]]\s*[{[](\d{0,9})[}\]]\s?(.*)$/;
/** A style or position tag: MicroDVD's `{y:i}`, `{c:$0000ff}`, `{f:Arial}`, `{s:12}`, `{P:0}`, an ASS-like `{\an8}`. */
const STYLE_TAG = /\{(?:[a-z]:[^{}]*|\\[^{}]*)\}/gi;
/** A line of a cue: `|` breaks a line, and a `/` before a dialogue dash does in some exports. */
const LINE_BREAK = /\s*\|\s*|\s*\/\s*(?=[-–]\s)/;
/** A speaker's name in parentheses or brackets at a line's start, once any dash is read: `(ROSA)`, `[Dr Lee]`. */
const NAME_MARK = /^([-–]\s+)?[([]\s*([\p{L}][\p{L}\d .'’-]{0,30}?)\s*[)\]]\s*(?=\S)/u;
/** A sound in parentheses is no speaker. */
const SOUND = /^(?:laugh|chuckl|sigh|cough|sniff|cr(?:y|ies)|inaudible|unintelligible|indistinct|crosstalk|pause|silence|music|noise|applause|whisper|mumbl|beep|knock|phone|door|softly|quietly)/i;
const MIN_CUES = 3;
const MIN_SHARE = 0.6;
const DEFAULT_FPS = 25;

/** The frame rate a MicroDVD file gives in its first cue (`{1}{1}23.976`), or undefined. */
function readFrameRate(text: string): number | undefined {
  return /^\d{2}(?:\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function writeClock(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

/** One line of a cue, its style taken off and a name mark written as a label (`- ROSA: words` stays dashed). */
function writeCueLine(part: string): string {
  const plain = part.replace(STYLE_TAG, '').replace(/^\s*\/\s*/, '').trim();
  const m = NAME_MARK.exec(plain);
  if (!m || SOUND.test(m[2]!)) return plain;
  return `${m[2]!.replace(/:/g, ' ')}: ${plain.slice(m[0].length)}`;
}

/** The cues of such a file written as SRT (number, timing line, lines, blank line), or undefined for other texts. */
export function readFrameCueSubtitles(text: string): string | undefined {
  const filled = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const cues = filled.map((l) => CUE.exec(l));
  const count = cues.filter((c) => c !== null).length;
  if (count < MIN_CUES || count < filled.length * MIN_SHARE) return undefined;
  // MicroDVD counts frames (its rate given by the first cue, or 25); MPL2's brackets count tenths of a second.
  const first = cues.find((c) => c !== null)!;
  const fps = first[1] === '{' ? readFrameRate(first[4]!) ?? DEFAULT_FPS : 10;
  const out: string[] = [];
  let number = 0;
  for (const cue of cues) {
    if (cue === null || (cue === first && readFrameRate(cue[4]!) !== undefined)) continue;
    const lines = cue[4]!.split(LINE_BREAK).map(writeCueLine).filter((l) => /\p{L}|\d/u.test(l));
    if (lines.length === 0) continue;
    const [start, end] = [Number(cue[2]), cue[3] === '' ? Number(cue[2]) + fps * 3 : Number(cue[3])];
    out.push(String(++number), `${writeClock(start / fps)} --> ${writeClock(end / fps)}`, ...lines, '');
  }
  return out.length > 0 ? out.join('\n') : undefined;
}
