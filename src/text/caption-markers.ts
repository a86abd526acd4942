/**
 * Closed captions and some ASR exports mark each change of speaker with ">>" instead of a name: ">> What brings you in?"
 * / ">> A sore throat for four days." The marker is no part of the words. Where the lines also carry labels
 * (">> DR. LEE: …") the marker alone is dropped; where they carry none, each marked line is a new voice, mostly two
 * numbered speakers taking turns, a third voice or a second clinician where the words say so (caption-voices.ts),
 * whose roles are then read from what they say. An unmarked line continues the speaker before it.
 */
import { splitLabel } from './speaker-labels.js';
import { labelUnnamedVoices } from './caption-voices.js';

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
  // Labels after the marker name the speakers themselves; a bracketed word there ("[radio]", "[chewing]") names none.
  if (bare.some((l, i) => MARK.test(lines[i]!) && !SOURCE_TAG.test(l) && splitLabel(l, i + 1).label !== undefined)) return nameBareMarkers(lines, bare);
  return labelMarkedTurns(lines, bare);
}

/** "[radio]", "[chewing]", "[ LAUGHTER ]" after the marker: a captioner's note of where a sound came from, no name. */
const SOURCE_TAG = /^\s*\[\s*([a-z][a-z -]{0,24}?)\s*\]\s*/i;
/** The radio's own voice: a crew's call to the hospital and its answer, no one in the room. */
const CHANNEL = /^(?:radio|dispatch(?:er)?|control|comms|base|over radio|on radio)$/i;

/**
 * Each marked turn (with the unmarked lines that go on with it) gets a voice read from what it says
 * (caption-voices.ts); a radio's turn is labelled as the radio, and a sound's tag is dropped from the words.
 */
function labelMarkedTurns(lines: readonly string[], bare: readonly string[]): string[] {
  const starts = lines.flatMap((l, i) => (MARK.test(l) ? [i] : []));
  const channel = starts.map((i) => CHANNEL.test(SOURCE_TAG.exec(bare[i]!)?.[1] ?? ''));
  const words = starts.map((i, k) => {
    const end = starts[k + 1] ?? lines.length;
    return bare.slice(i, end).map((l) => l.replace(SOURCE_TAG, '').trim()).filter((l) => l !== '').join(' ');
  });
  const spoken = starts.filter((_, k) => !channel[k]);
  const voices = labelUnnamedVoices(words.filter((_, k) => !channel[k]), starts.flatMap((_, k) => (channel[k] ? [] : [k > 0 && channel[k - 1]!])));
  const labelOf = new Map<number, string>(spoken.map((i, k) => [i, voices[k]!]));
  return lines.map((l, i) => {
    if (!MARK.test(l)) return bare[i]!;
    const text = bare[i]!.replace(SOURCE_TAG, '');
    return `${labelOf.get(i) ?? 'Radio'}: ${text}`;
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
