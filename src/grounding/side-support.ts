/**
 * Which mentions of the conversation speak to a side the note claims: the same part, or for the belly's quadrants and
 * flanks the belly itself; and whether they support "bilateral".
 */
import type { BodyPart } from './body-parts.js';

export type Side = 'left' | 'right' | 'bilateral';

export const SIDE_WORDS: Readonly<Record<string, Side>> = { left: 'left', right: 'right', bilateral: 'bilateral', bilaterally: 'bilateral' };
/** Words after "right"/"left" that show it is not a side ("right away", "left the office", "right now"). */
export const NOT_A_SIDE_NEXT = new Set(['now', 'away', 'after', 'before', 'here', 'there', 'then', 'when', 'about', 'the', 'his', 'her', 'him', 'it', 'work', 'home', 'so', 'okay', 'ok', 'yeah', 'thing', 'track', 'off', 'back', 'you', 'me', 'i', 'we', 'in', 'to', 'over', 'out', 'up', 'down', 'that', 'this', 'and', 'or', '?', ',', '.', 'which', 'a', 'an']);

export interface SideClaim {
  side: Side;
  part: BodyPart;
  phrase: string;
}

/** One mention of a body part in the transcript, with the sides attached to it. */
export interface PartMention {
  part: BodyPart;
  turn: number;
  sides: Set<Side>;
  lines: number[];
  /** Stems of the clause, to tell which finding or complaint the mention is about. */
  topic: Set<string>;
  /** Said in the plural ("my knees"): both sides, unless a side is named. */
  plural: boolean;
  /** A side shown rather than said ("it's on this side , here"): the note may name it. */
  shown?: boolean;
  /** Said to be fine ("your right ear is fine"): it supports a normal finding on that side, not a complaint. */
  fine?: boolean;
}

export interface TranscriptSides {
  mentions: PartMention[];
  /** Stems of clauses that say "bilateral(ly)" of no part: "one plus pitting edema bilaterally". */
  partlessBilateral: Set<string>[];
}

export function describeSides(sides: ReadonlySet<Side>): string {
  return [...sides].map((s) => (s === 'bilateral' ? 'both sides' : `the ${s}`)).join(' and ');
}

/** "The left side of my tummy" gives the side for a quadrant, a flank or the abdomen; the belly said without one names none. */
export function findSameParts(claim: SideClaim, transcript: TranscriptSides): PartMention[] {
  // "right-sided numbness" is the body's right side: "I have lost some feeling on my right side" gives it.
  const isBodySide = claim.part.name === 'body side';
  // "Right side non-tender" after "your tummy … I'll start on the right": a bare side is a side of the abdomen too.
  const isAbdomenSide = (m: PartMention) => claim.part.name === 'side' && ['abdomen', 'quadrant', 'flank'].includes(m.part.name);
  const exact = transcript.mentions.filter((m) => m.part.name === claim.part.name || (isBodySide && m.part.name === 'side') || isAbdomenSide(m));
  if (exact.length > 0 || claim.part.region !== 'trunk') return exact;
  const sides = transcript.mentions.filter((m) => m.part.name === 'side' || m.part.name === 'body side');
  if (sides.length > 0 || !['quadrant', 'flank'].includes(claim.part.name)) return sides;
  // "under my ribs on the right" is the right upper quadrant.
  const upper = claim.part.name === 'quadrant' && /\bupper\b/.test(claim.phrase);
  return transcript.mentions.filter((m) => m.part.name === 'abdomen' || (upper && m.part.name === 'rib'));
}

/**
 * "Bilateral" is supported when the conversation gives the part both sides, says "both", or names it in the plural;
 * a part it gives one side, or names once without a side, is not both.
 */
export function checkBilateral(claim: SideClaim, transcript: TranscriptSides, isTopical: (m: PartMention) => boolean = () => false): { phrase: string; reason: string; lines: number[] } | undefined {
  const same = findSameParts(claim, transcript);
  if (same.length === 0 || same.some((m) => m.plural || m.sides.has('bilateral'))) return undefined;
  // Where the conversation gives the part a side in clauses about the same complaint, those decide: "neck pain on the
  // right" is not made bilateral by "turn your head to the left".
  const sided = same.filter((m) => m.sides.size > 0);
  const topical = sided.filter(isTopical);
  const heard = new Set((topical.length > 0 ? topical : same).flatMap((m) => [...m.sides]));
  if (heard.has('left') && heard.has('right')) return undefined;
  const lines = same.flatMap((m) => m.lines);
  if (heard.size > 0) return { phrase: claim.phrase, reason: `"${claim.phrase}" is not supported: the transcript gives the ${claim.part.name} only ${describeSides(heard)}`, lines };
  return { phrase: claim.phrase, reason: `"${claim.phrase}": the transcript mentions one ${claim.part.name} and never says both sides`, lines };
}

/** "right-handed", "left hand dominant": which hand the patient uses, not a side of the body. */
export function isHandedness(tokens: readonly string[], i: number): boolean {
  const after = tokens[i + 1] === '-' ? i + 2 : i + 1;
  return /^(?:handed|hander)$/.test(tokens[after] ?? '') || (tokens[after] === 'hand' && /^dominan/.test(tokens[after + 1] ?? ''));
}

/** Stems too common to tell one clause about a part from another. */
const MATCH_FILLERS = new Set(['bilat', 'have', 'that', 'with', 'this', 'your', 'does', 'there', 'been', 'were', 'from', 'some', 'they', 'what', 'when', 'also', 'just', 'like', 'patie', 'looks', 'think']);

/**
 * "Grade 2 lateral ankle sprain, left" where the conversation names a grade 2 lateral ankle sprain on the right and a
 * left ankle sprained last season: the clause that shares the most of the statement's own words (two at least, and
 * more than any clause giving the claimed side) names the finding the statement is about, and gives only the other side.
 * Read only where the claimed side is the one the conversation names less.
 */
export function isBestMatchOtherSide(statementTopic: ReadonlySet<string>, claim: SideClaim, sided: readonly PartMention[]): boolean {
  const shared = (m: PartMention) => [...m.topic].filter((t) => statementTopic.has(t) && t !== claim.part.name.slice(0, 5) && !MATCH_FILLERS.has(t)).length;
  const mine = sided.filter((m) => m.sides.has(claim.side) || m.sides.has('bilateral'));
  const other = sided.filter((m) => !m.sides.has(claim.side) && !m.sides.has('bilateral'));
  // Only where the claimed side is the one named in passing: the conversation gives the other side on more lines (a
  // side said on most lines may be the one a long exam clause shares fewer words with).
  if (new Set(mine.flatMap((m) => m.lines)).size >= new Set(other.flatMap((m) => m.lines)).size) return false;
  const own = Math.max(0, ...mine.map(shared));
  const best = Math.max(0, ...sided.map(shared));
  return best >= 2 && best > own;
}
