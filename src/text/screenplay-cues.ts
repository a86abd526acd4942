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
 */
import { letters } from './letter-pattern.js';
import { isDiarisedId, roleFromLabel, splitLabel } from './speaker-labels.js';

/** A screenplay's extension after the name: voice-over, off-screen, continued, on the phone. */
const EXTENSION = /^(?:v\.?\s*o\.?|o\.?\s*[sc]\.?|cont['’]?d\.?|contd|continued|continuing|(?:on|into|over|via|off)\b.*)$/i;
/** Words, titles with their dot, and a number or `#2` that tells two of one role apart. */
const CUE_CORE = letters(String.raw`^\p{L}[\p{L}'’-]*\.?(?:\s+(?:\p{L}[\p{L}'’-]*\.?|#?\d{1,2}))*$`);
const TITLE = /^(?:dr|doctor|nurse|mr|mrs|ms|miss|mx|prof|professor|sister|officer)\.?\s+\S/i;
const PARENTHESIS_ONLY = /^\s*\([^()]{1,60}\)\s*$/;

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

/** The lines with each cue written onto its words; undefined where the text is not laid out in cues. */
export function unfoldScreenplayCues(lines: readonly string[]): string[] | undefined {
  const found: { at: number; words: number; directions: number[]; cue: Cue }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cue = readCue(lines[i]!);
    if (!cue) continue;
    // A "(quietly)" line between the cue and the words belongs to the words.
    const directions: number[] = [];
    let j = i + 1;
    while (j < lines.length && PARENTHESIS_ONLY.test(lines[j]!)) directions.push(j++);
    const words = lines[j] ?? '';
    if (words.trim() === '' || readCue(words) || /:\s*$/.test(words)) continue;
    found.push({ at: i, words: j, directions, cue });
  }
  const count = new Map<string, number>();
  for (const f of found) count.set(f.cue.label, (count.get(f.cue.label) ?? 0) + 1);
  const cues = found.filter((f) => f.cue.role || (/^[^\p{Ll}]+$/u.test(f.cue.label) && count.get(f.cue.label)! >= 2));
  const speakers = new Set(cues.map((f) => f.cue.label));
  if (cues.length < 3 || speakers.size < 2 || !cues.some((f) => f.cue.role) || ![...speakers].some((s) => count.get(s)! >= 2)) return undefined;
  const out = [...lines];
  for (const f of cues) {
    const said = [...f.directions.map((d) => lines[d]!.trim()), lines[f.words]!.trim()].join(' ');
    for (const d of [f.at, ...f.directions]) out[d] = '';
    out[f.words] = `${f.cue.label}: ${said}`;
  }
  return out;
}
