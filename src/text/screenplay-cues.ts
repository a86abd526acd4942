/**
 * A script's character cues: the speaker alone on a line in capitals, the words on the lines below, with or without a
 * blank line between blocks, as a crew's written-up job, a training video's script or a play-style transcript sets
 * them out: `PARAMEDIC 1`, `EMT 2`, `NURSE (KEMI)`, `DR. ALI`, `WIFE (CONT'D)`, `GERRY (V.O.)`, a `(quietly)` line
 * under the cue. Each cue is written onto the first line of its words (`PARAMEDIC 1: Hello?`) and its own line
 * blanked, so the words keep their line numbers and the label reader sees its usual shape.
 *
 * A dictation's headings in capitals (`HISTORY`, `PLAN`, `DISCHARGE MEDICATIONS`) must stay text, so the layout asks
 * for a cue whose wording names a role (a role word, a title, a diarised id), for a name only where it recurs as a
 * cue, for three cues of two speakers at least, and for one speaker who comes back (headings are not repeated).
 *
 * A script typed to the screenplay page (Final Draft, Fountain, Celtx exports) indents its cues deeper than the
 * dialogue and leaves action lines and scene headings at the margin. There the indentation says what a cue is, so
 * cues of names alone are enough; the action lines (`Kim rolls up her sleeve.`) and scene headings (`INT. CLINIC -
 * DAY`) are the script writer's narration, not anyone's words, and are blanked rather than given to the last speaker.
 */
import { letters } from './letter-pattern.js';
import { isDiarisedId, roleFromLabel, splitLabel } from './speaker-labels.js';

/** A screenplay's extension after the name: voice-over, off-screen, continued, on the phone. */
const EXTENSION = /^(?:v\.?\s*o\.?|o\.?\s*[sc]\.?|cont['’]?d\.?|contd|continued|continuing|(?:on|into|over|via|off)\b.*)$/i;
/** Words, titles with their dot, and a number or `#2` that tells two of one role apart. */
const CUE_CORE = letters(String.raw`^\p{L}[\p{L}'’-]*\.?(?:\s+(?:\p{L}[\p{L}'’-]*\.?|#?\d{1,2}))*$`);
const TITLE = /^(?:dr|doctor|nurse|mr|mrs|ms|miss|mx|prof|professor|sister|officer)\.?\s+\S/i;
const PARENTHESIS_ONLY = /^\s*\([^()]{1,60}\)\s*$/;
/** `INT. CLINIC - DAY`, `EXT. ROADSIDE`, `INT./EXT. AMBULANCE - NIGHT`: where a scene is set. */
const SCENE_HEADING = /^\s*(?:INT|EXT|I\/E|INT\.?\/EXT)\.?\s+[^\p{Ll}]*$/u;

interface Cue { label: string; role: boolean }

/** The label a cue line gives, its extensions left out; undefined for any other line. */
function readCue(line: string): Cue | undefined {
  let t = line.trim();
  const kept: string[] = [];
  for (let m = /\s*\(([^()]{1,30})\)\s*$/.exec(t); m; m = /\s*\(([^()]{1,30})\)\s*$/.exec(t)) {
    // "NURSE (KEMI)" keeps the name; "(V.O.)", "(CONT'D)" say how the line is heard, not who says it.
    if (!EXTENSION.test(m[1]!.trim())) kept.unshift(`(${m[1]!.trim()})`);
    t = t.slice(0, m.index).trim();
  }
  if (t.length < 2 || t.length > 30 || !CUE_CORE.test(t) || t.split(/\s+/).length > 4) return undefined;
  const label = [t, ...kept].join(' ');
  const role = roleFromLabel(label) !== undefined || TITLE.test(t) || isDiarisedId(t);
  // Capitals throughout, or (for a cue that names a role) the title case some scripts use ("Paramedic 1").
  if (/\p{Ll}/u.test(label) && !(role && /^\p{Lu}/u.test(t))) return undefined;
  // Not a heading, not a sentence: the label reader must take it as a label.
  if (splitLabel(`${label}: x`, 0).label === undefined) return undefined;
  return { label, role };
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}

/** Words set at least four columns left of a cue indented eight or more, as a screenplay page sets dialogue. */
function isUnderPagedCue(cue: string, words: string): boolean {
  return indentOf(cue) >= 8 && words.trim() !== '' && indentOf(words) >= 4 && indentOf(words) + 4 <= indentOf(cue);
}

interface Found { at: number; words: number; directions: number[]; cue: Cue }

/** Cues set deeper than their words, as on a screenplay page: the dialogue's indent, or undefined. */
function readPageIndent(lines: readonly string[], found: readonly Found[]): number | undefined {
  const paged = found.filter((f) => isUnderPagedCue(lines[f.at]!, lines[f.words]!));
  if (found.length === 0 || paged.length < found.length * 0.8) return undefined;
  return Math.min(...paged.map((f) => indentOf(lines[f.words]!)));
}

interface Screenplay { lines: string[]; narration: number[] }

/** The lines with each cue written onto its words; undefined where the text is not laid out in cues. */
export function unfoldScreenplayCues(lines: readonly string[]): string[] | undefined {
  return readScreenplay(lines)?.lines;
}

/**
 * A paged script's action lines, each paragraph joined onto its first line's index ("Rosa opens the fridge. It is
 * nearly empty."): what the writer saw, told as a narrator tells it, so it is read as an account of the visit, as a
 * prose write-up's narration is. Transitions in capitals ("FADE OUT.", "CUT TO:") say nothing and are left out.
 */
export function readScreenplayNarration(lines: readonly string[]): Map<number, string> {
  const found = new Map<number, string>();
  const at = readScreenplay(lines)?.narration ?? [];
  for (let k = 0; k < at.length; k++) {
    const text = lines[at[k]!]!.trim();
    const start = k > 0 && at[k - 1] === at[k]! - 1 ? [...found.keys()].at(-1) : undefined;
    if (start !== undefined) found.set(start, `${found.get(start)!} ${text}`);
    else found.set(at[k]!, text);
  }
  for (const [i, text] of found) if (!/\p{Ll}/u.test(text)) found.delete(i);
  return found;
}

function readScreenplay(lines: readonly string[]): Screenplay | undefined {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cue = readCue(lines[i]!);
    if (!cue) continue;
    // A "(quietly)" line between the cue and the words belongs to the words.
    const directions: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (PARENTHESIS_ONLY.test(lines[j]!)) directions.push(j);
      // A "(laughs)" already taken out as a sound leaves its line empty under a cue set deep on the page.
      else if (!(lines[j]!.trim() === '' && isUnderPagedCue(lines[i]!, lines[j + 1] ?? ''))) break;
    }
    const words = lines[j] ?? '';
    if (words.trim() === '' || readCue(words) || /:\s*$/.test(words)) continue;
    found.push({ at: i, words: j, directions, cue });
  }
  const count = new Map<string, number>();
  for (const f of found) count.set(f.cue.label, (count.get(f.cue.label) ?? 0) + 1);
  const cues = found.filter((f) => f.cue.role || (/^[^\p{Ll}]+$/u.test(f.cue.label) && count.get(f.cue.label)! >= 2));
  const speakers = new Set(cues.map((f) => f.cue.label));
  const pageIndent = readPageIndent(lines, cues);
  const named = cues.some((f) => f.cue.role) || pageIndent !== undefined;
  if (cues.length < 3 || speakers.size < 2 || !named || ![...speakers].some((s) => count.get(s)! >= 2)) return undefined;
  const out = lines.map((l) => (SCENE_HEADING.test(l) ? '' : l));
  const narration: number[] = [];
  if (pageIndent !== undefined) {
    // Narration at the margin, shallower than any dialogue.
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.trim() === '' || indentOf(out[i]!) >= pageIndent - 2) continue;
      out[i] = '';
      narration.push(i);
    }
  }
  for (const f of cues) {
    const said = [...f.directions.map((d) => lines[d]!.trim()), lines[f.words]!.trim()].join(' ');
    for (const d of [f.at, ...f.directions]) out[d] = '';
    out[f.words] = `${f.cue.label}: ${said}`;
  }
  return { lines: out, narration };
}
