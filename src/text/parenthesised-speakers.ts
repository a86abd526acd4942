/**
 * Live captions (CART) written by some captioners name the speaker in parentheses where the voice changes, "(NURSE) ANY
 * PAIN TODAY?" / "(MOTHER) NO, NOT REALLY.", and wrap the turn over lines of about 32 characters with no name. The
 * label reader takes a name before a colon, so the name in parentheses is written as one ("NURSE: ANY PAIN TODAY?"),
 * also where a change of voice falls inside a caption line after a sentence's end. The captioner's own notes in square
 * brackets on lines of their own ("[CAPTIONING BEGINS]", "[PICTURE NAMING CONTINUES]") are not talk and would read as
 * `[doctor]`-style tags: they are blanked. Same lines, same count; other texts unchanged.
 */
import { roleFromLabel } from './speaker-labels.js';

const NAME = String.raw`[A-Za-z][A-Za-z .'’-]{0,24}`;
const OPENING = new RegExp(String.raw`^\s*\((${NAME})\)\s+(?=\S)`);
/** A sound or a manner the captioner heard, never a speaker: "(LAUGHS)", "(INAUDIBLE)", "(WHISPERING)". */
const SOUND = /^(?:laugh|chuckl|sigh|cough|sniff|cry|cries|inaudible|unintelligible|indistinct|crosstalk|overlapping|pause|silence|music|noise|applause|whisper|mumbl|beep|knock|phone|door|softly|quietly|laughing)/i;
const MIN_MARKED = 4;

function isSpeakerName(name: string): boolean {
  const t = name.trim();
  return t.split(/\s+/).length <= 3 && !SOUND.test(t);
}

/** The names written in parentheses at the start of lines, when they are this text's way of marking speakers. */
function readSpeakerNames(lines: readonly string[]): Set<string> | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const name = OPENING.exec(line)?.[1];
    if (name !== undefined && isSpeakerName(name)) counts.set(name.toUpperCase(), (counts.get(name.toUpperCase()) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([k]) => k);
  const marked = [...counts.values()].reduce((a, b) => a + b, 0);
  // Two voices at least, each named more than once, and one of them a role the lexicon knows ("NURSE", "MOTHER"):
  // a stage direction or a sound repeated twice is no speaker.
  if (marked < MIN_MARKED || recurring.length < 2 || !recurring.some((k) => roleFromLabel(k) !== undefined)) return undefined;
  return new Set(counts.keys());
}

/** Lines from a "[" to its "]" standing alone: a captioner's note, not talk. */
function findCaptionerNotes(lines: readonly string[]): Set<number> {
  const notes = new Set<number>();
  let open = -1;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (open < 0 && t.startsWith('[')) open = i;
    if (open >= 0) {
      if (t.endsWith(']')) {
        for (let k = open; k <= i; k++) notes.add(k);
        open = -1;
      } else if (i - open >= 2 || t === '') open = -1;
    }
  });
  return notes;
}

export function unfoldParenthesisedSpeakers(lines: readonly string[]): string[] {
  if (!lines.some((l) => OPENING.test(l))) return [...lines];
  const names = readSpeakerNames(lines);
  if (!names) return [...lines];
  const inside = new RegExp(String.raw`(?<=[.?!]["')\]]?\s+)\((${NAME})\)\s+(?=\S)`, 'g');
  const notes = findCaptionerNotes(lines);
  return lines.map((line, i) => {
    if (notes.has(i)) return '';
    const named = (m: string, name: string) => (names.has(name.toUpperCase()) ? `${name.trim()}: ` : m);
    return line.replace(OPENING, (m, name: string) => named(m, name)).replace(inside, (m, name: string) => named(m, name));
  });
}
