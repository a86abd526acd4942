/**
 * Closed captions and some ASR exports mark each change of speaker with ">>" instead of a name: ">> What brings you in?"
 * / ">> A sore throat for four days." The marker is no part of the words. Where the lines also carry labels
 * (">> DR. LEE: …") the marker alone is dropped; where they carry none, each marked line is a new speaker, so the marked
 * lines alternate between two numbered speakers whose roles are then read from what they say. An unmarked line
 * continues the speaker before it.
 */
import { splitLabel } from './speaker-labels.js';

const MARK = /^\s*>{2,}\s*/;
/** Most of the text's lines open on the marker: the convention is the transcript's, not a stray quote. */
const MIN_SHARE = 0.5;
/**
 * CART captions wrap a turn over several lines of about 32 characters, so fewer lines open on the marker: a fifth
 * will do where no line is quoted with a single ">" (an e-mail's nested quoting marks every line).
 */
const MIN_WRAPPED_SHARE = 0.2;
const MIN_MARKED = 3;

export function unfoldCaptionMarkers(lines: string[]): string[] {
  const filled = lines.filter((l) => l.trim() !== '');
  const marked = filled.filter((l) => MARK.test(l)).length;
  const quoted = filled.some((l) => /^\s*>(?!>)/.test(l));
  if (marked < MIN_MARKED || marked < filled.length * (quoted ? MIN_SHARE : MIN_WRAPPED_SHARE)) return lines;
  const bare = lines.map((l) => l.replace(MARK, ''));
  // Labels after the marker name the speakers themselves.
  if (bare.some((l, i) => MARK.test(lines[i]!) && splitLabel(l, i + 1).label !== undefined)) return nameBareMarkers(lines, bare);
  let speaker = 0;
  return lines.map((l, i) => {
    if (!MARK.test(l)) return bare[i]!;
    speaker = speaker === 1 ? 2 : 1;
    return `Speaker ${speaker}: ${bare[i]}`;
  });
}

/**
 * ">> DR. OKAFOR: What brings you in?" / ">> MS. LIN: A headache." / ">> Any nausea?": a captioner names each speaker
 * once or twice and then marks only the change of voice. A bare marker after named ones goes back to the speaker
 * before the last (two people taking turns); before two are named, it is a speaker not yet named.
 */
function nameBareMarkers(lines: readonly string[], bare: readonly string[]): string[] {
  const recent: string[] = [];
  const remember = (label: string) => {
    const at = recent.indexOf(label);
    if (at >= 0) recent.splice(at, 1);
    recent.push(label);
  };
  return bare.map((l, i) => {
    if (!MARK.test(lines[i]!)) return l;
    const label = splitLabel(l, i + 1).label;
    if (label !== undefined) {
      remember(label);
      return l;
    }
    const other = recent.length >= 2 ? recent.at(-2)! : 'Speaker';
    remember(other);
    return `${other}: ${l}`;
  });
}
