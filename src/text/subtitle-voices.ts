import { isLayQuestion } from './infer-speaker-roles.js';

/**
 * Captioners tag a speaker by name only where the picture does not show who talks ("[THERAPIST] Rest your arm on the
 * table.") and mark every other change of voice with a dash ("- Seven weeks ago."), as subtitle style guides ask. In
 * such a file a dash opens a voice of its own, not the tagged speaker going on: the dashed lines are read as one
 * untagged speaker, whose role is then decided by what they say, like any unnamed label.
 *
 * A cue with two dashed lines holds two voices. One of them is the untagged speaker; the other is the speaker tagged
 * last, who is talking with them. Where exactly one of the two lines is a question ("- When was that?" / "- Seven
 * weeks ago."), the asker is the tagged speaker, unless it is a question only a patient asks ("- Is that bad?");
 * otherwise the cue's first voice is the untagged one.
 */

/** The label the dashed voice is given; it names no role, so what the voice says decides it. */
export const UNTAGGED_VOICE = 'Untagged speaker';

/** A speaker's tag at a cue line's start: `[THERAPIST]`, `<v Dr Lee>` or `NAME:`. */
const TAG = /^\s*(\[[^\]\d][^\]]{0,40}\]|<v[\s.][^>]*>|[\p{Lu}][\p{L} .'’-]{0,30}:)\s*\S/u;
const DASH = /^\s*[-–]\s+(?=\S)/;

/**
 * The lines of a subtitle file (scaffolding already blanked, cues apart by blank lines) with each dashed line given
 * the tag of the voice it opens; a file that tags no one, or dashes no line, comes back unchanged.
 */
export function labelDashedVoices(lines: readonly string[]): string[] {
  const tagged = lines.filter((l) => TAG.test(l)).length;
  const dashed = lines.filter((l) => DASH.test(l)).length;
  if (tagged < 2 || dashed < 2) return [...lines];
  const out = [...lines];
  let lastTag: string | undefined;
  for (const cue of readCues(lines)) {
    const dashes = cue.filter((i) => DASH.test(lines[i]!));
    const partnerLine = dashes.length === 2 ? readPartnerLine(dashes.map((i) => lines[i]!)) : undefined;
    dashes.forEach((i, k) => {
      const partner = lastTag !== undefined && (partnerLine === undefined ? k === 1 : partnerLine === k);
      out[i] = `${partner ? lastTag : `[${UNTAGGED_VOICE}]`} ${lines[i]!.replace(DASH, '')}`;
    });
    for (const i of cue) {
      const tag = TAG.exec(lines[i]!)?.[1];
      if (tag !== undefined) lastTag = tag;
    }
  }
  return out;
}

/** The line numbers of each cue: runs of lines with words, between blank lines. */
function readCues(lines: readonly string[]): number[][] {
  const cues: number[][] = [];
  let cue: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '') cue.push(i);
    else if (cue.length > 0) {
      cues.push(cue);
      cue = [];
    }
  });
  if (cue.length > 0) cues.push(cue);
  return cues;
}

/** Which of two lines the tagged speaker says when one of them is the pair's only question. */
function readPartnerLine(pair: readonly string[]): number | undefined {
  const asks = pair.map((l) => /\?\s*$/.test(l));
  if (asks[0] === asks[1]) return undefined;
  const asker = asks.indexOf(true);
  return isLayQuestion(pair[asker]!) ? 1 - asker : asker;
}
