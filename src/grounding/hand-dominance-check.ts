/**
 * Hand dominance: "R-hand dominant" where the patient said "I'm left-handed". Therapy notes chart it for every upper
 * limb problem and a swapped side changes what the injury costs the patient. Judged only when the conversation states
 * a dominance, since a therapist may chart it from watching the patient write.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface DominanceProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

type Hand = 'right' | 'left';

const NOTE_DOMINANCE = /\b(?:(R|L|rt|lt|right|left)\.?[- ]?hand(?:ed)?[- ]dominant|(right|left)[- ]handed|(RHD|LHD)|dominant hand:? ?(R|L|right|left))\b/i;
/** What the conversation says of handedness: "right-handed", "I write with my left", "my dominant hand is the right". */
const SAID_DOMINANCE = /\b(?:(right|left)[- ]handed|write with (?:my|the) (right|left)|(right|left)[- ]hand dominant|dominant (?:hand|side) is (?:my |the )?(right|left)|(lefty|leftie|southpaw))\b/gi;

function readHand(word: string): Hand {
  return /^(?:r|rt|right|rhd)$/i.test(word) ? 'right' : 'left';
}

export function checkHandDominance(statement: string, model: TranscriptModel): DominanceProblem[] {
  const m = NOTE_DOMINANCE.exec(statement);
  if (!m) return [];
  const written = readHand((m[1] ?? m[2] ?? m[4] ?? m[3]!.slice(0, 1)).toLowerCase());
  const said = new Map<Hand, number[]>();
  for (const line of model.lines) {
    for (const s of line.text.matchAll(SAID_DOMINANCE)) {
      const hand: Hand = s[5] ? 'left' : readHand(s[1] ?? s[2] ?? s[3] ?? s[4]!);
      said.set(hand, [...(said.get(hand) ?? []), line.line]);
    }
  }
  const other: Hand = written === 'right' ? 'left' : 'right';
  if (said.has(written) || !said.has(other)) return [];
  return [{ phrase: m[0], reason: `the note says ${written}-hand dominant, but the transcript says ${other}-handed`, lines: said.get(other)! }];
}
