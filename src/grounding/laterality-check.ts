/**
 * Laterality: a side the note gives a body part must be the side the conversation gives it. A side for a part the
 * conversation mentions without one is invented; the other side is swapped. The transcript's sides are read where they
 * attach: next to the part, in the answer to "which knee?", or given to the limb ("my right leg … the knee").
 * "Both"/"bilateral" in the transcript supports either side of the part it qualifies, and nothing else.
 */
import { expandSideShorthand, readBodyPart, type BodyPart } from './body-parts.js';
export type { SideClaim, TranscriptSides };
import { checkBilateral, describeSides, findSameParts, type PartMention, type Side, type SideClaim, type TranscriptSides } from './side-support.js';
import { splitTokens } from './tokenize.js';
import { findReply, type Clause, type TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';

const SIDE_WORDS: Readonly<Record<string, Side>> = { left: 'left', right: 'right', bilateral: 'bilateral', bilaterally: 'bilateral' };
/** Words after "right"/"left" that show it is not a side ("right away", "left the office", "right now"). */
const NOT_A_SIDE_NEXT = new Set(['now', 'away', 'after', 'before', 'here', 'there', 'then', 'when', 'about', 'the', 'his', 'her', 'him', 'it', 'work', 'home', 'so', 'okay', 'ok', 'yeah', 'thing', 'track', 'off', 'back', 'you', 'me', 'i', 'we', 'in', 'to', 'over', 'out', 'up', 'down', 'that', 'this', 'and', 'or', '?', ',', '.', 'which', 'a', 'an']);
/** Words before "left"/"right" that make it a side of what follows: "my left back". */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'their', 'the', 'our']);
const NOTE_REACH_AFTER_SIDE = 3;
/** Around "left back"/"right back" when it is the body part, unlike "comes right back" or "she left back home". */
const BACK_BEFORE = new Set(['of', 'the', 'his', 'her', 'my', 'your', 'their', 'in', 'on', 'at', 'over', 'mild', 'some', 'a', 'to']);
const BACK_AFTER = new Set(['pain', 'ache', 'spasm', 'spasms', 'tenderness', 'strain', 'muscle', 'muscles', 'region', 'area', 'discomfort', 'injury']);
const TRANSCRIPT_REACH = 5;

function readSide(tokens: readonly string[], i: number): Side | undefined {
  const side = SIDE_WORDS[tokens[i] as string];
  if (!side) return undefined;
  // "pain on my left back" names a side; "i left back home" does not.
  if (side !== 'bilateral' && tokens[i + 1] === 'back' && POSSESSIVES.has(tokens[i - 1] ?? '')) return side;
  // "flank tenderness on the right so that means …": "on the right" names a side whatever follows.
  if (side !== 'bilateral' && tokens[i - 1] === 'the' && ['on', 'to', 'at'].includes(tokens[i - 2] ?? '') && !['track', 'thing', 'way', 'answer', 'time', 'place', 'person'].includes(tokens[i + 1] ?? '')) return side;
  if (side !== 'bilateral' && NOT_A_SIDE_NEXT.has(tokens[i + 1] ?? '') && !['side', 'sided'].includes(tokens[i + 1] ?? '')) {
    // "the right ?" / "on the left ." still name a side when a part or "side" comes before or the sentence ends.
    if (!['?', '.', ','].includes(tokens[i + 1] ?? '') && tokens[i + 1] !== undefined) return undefined;
  }
  if (side === 'right' && ['all', 'that\'s', 'thats', 'is', 'yeah', 'okay'].includes(tokens[i - 1] ?? '')) return undefined;
  return side;
}

function partAt(stems: readonly string[], tokens: readonly string[], i: number): BodyPart | undefined {
  const stem = stems[i];
  if (stem === 'side' && ['effect', 'effects'].includes(tokens[i + 1] ?? '')) return undefined;
  return readBodyPart(stem, tokens[i - 1], tokens[i + 1]);
}

/** Side + body part pairs a note statement asserts ("right knee", "LLQ", "the knee on the left"). */
export function findSideClaims(statement: string): SideClaim[] {
  const tokens = splitTokens(expandSideShorthand(statement));
  const stems = tokens.map(stemToken);
  const claims = new Map<string, SideClaim>();
  tokens.forEach((token, i) => {
    const side = SIDE_WORDS[token];
    // "left back pain" is a side of the back; "he left back home" is not.
    const backPart = tokens[i + 1] === 'back' && (BACK_BEFORE.has(tokens[i - 1] ?? '') || BACK_AFTER.has(tokens[i + 2] ?? ''));
    if (!side || (side !== 'bilateral' && !backPart && NOT_A_SIDE_NEXT.has(tokens[i + 1] ?? '') && tokens[i + 1] !== undefined && !['.', ','].includes(tokens[i + 1] ?? ''))) return;
    for (let k = 1; k <= NOTE_REACH_AFTER_SIDE; k += 1) {
      const part = partAt(stems, tokens, i + k);
      if (part) {
        claims.set(`${side}:${part.name}`, { side, part, phrase: tokens.slice(i, i + k + 1).join(' ') });
        return;
      }
      if ([',', '.', 'and', 'or', ';'].includes(tokens[i + k] ?? '')) break;
    }
    // "knee on the right", "knee, left", "pain in the hip on the left side"
    for (let k = 1; k <= 4; k += 1) {
      const part = partAt(stems, tokens, i - k);
      // "elbow swelling left", "knee pain , right": a complaint word may stand between the part and its side.
      if (part && part.name !== 'side' && tokens.slice(i - k + 1, i).every((t) => ['on', 'the', ',', 'side', 'of', 'to', 'at', 'pain', 'swelling', 'tenderness', 'effusion', 'injury'].includes(t))) {
        claims.set(`${side}:${part.name}`, { side, part, phrase: tokens.slice(i - k, i + 1).join(' ') });
        return;
      }
    }
  });
  return [...claims.values()];
}

interface PartAt {
  part: BodyPart;
  at: number;
  plural: boolean;
}

/** Parts whose plural says nothing of both sides: "headaches" are episodes, "fingers" may all be on one hand. */
const UNPAIRED = new Set(['head', 'neck', 'face', 'chest', 'abdomen', 'back', 'side', 'body side', 'finger', 'toe', 'rib', 'lobe', 'quadrant', 'jaw']);

function readClause(clause: Clause): { parts: PartAt[]; sides: { side: Side; at: number }[]; stems: string[] } {
  const tokens = clause.tokens;
  const stems = tokens.map(stemToken);
  const parts: PartAt[] = [];
  const sides: { side: Side; at: number }[] = [];
  tokens.forEach((t, i) => {
    const part = partAt(stems, tokens, i);
    if (part) parts.push({ part, at: i, plural: !UNPAIRED.has(part.name) && (t === 'feet' || (t !== stems[i] && /[^s]s$/.test(t))) });
    const side = readSide(tokens, i);
    if (side) sides.push({ side, at: i });
    // "both knees", "both of my knees", "both sides", "either side"
    if ((t === 'both' || t === 'either') && i + 1 < tokens.length) sides.push({ side: 'bilateral', at: i });
  });
  return { parts, sides, stems };
}

/** A part said to be fine right after it is named: "your right ear is fine", "the left one feels normal". */
const FINE_RE = /^ (?:is|are|was|looks?|feels?|seems?)(?: \w+)? (?:fine|ok|okay|normal|alright|good|unaffected) /;

/** Sides offered to choose from: "both ears or just the left ear", "the left or the right". */
const CHOICE_RE = / (?:left|right|both)(?: \w+){0,2} or (?:just |only )?(?:the |your |my )?(?:left|right|both|one) /;

/** Pointing instead of naming a side: "this side", "that one", "just here". */
const POINTING_RE = / (?:this|that) (?:side|one|bit|part) | (?:just|right|over) here | it's here /;

function isClauseEnd(tokens: readonly string[], at: number): boolean {
  return at >= tokens.length || ['.', ',', '?', '!', ';', 'one', 'side'].includes(tokens[at] ?? '');
}

export function indexTranscriptSides(model: TranscriptModel): TranscriptSides {
  const mentions: PartMention[] = [];
  const clauses = model.clauses;
  let last: PartMention | undefined;
  /** The last part named before this clause, other than "side". */
  let previous: PartMention | undefined;
  let lastTurn = -1;
  clauses.forEach((clause) => {
    const { parts, sides, stems } = readClause(clause);
    const topic = new Set(stems.filter((s) => s.length >= 4).map((s) => s.slice(0, 5)));
    for (const { part, at, plural } of parts) {
      // "no problems with my right hand so far , it's just mostly my left": a side that ends its clause without a part
      // of its own is the side of the last part named before it.
      const elliptical = sides.filter((s) => s.side !== 'bilateral' && s.at > at && isClauseEnd(clause.tokens, s.at + 1) && !parts.some((p) => p.at > at && p.at < s.at));
      // "is that both ears or just the left ear ?" offers sides to choose from; the reply gives the one.
      const choice = clause.question && CHOICE_RE.test(` ${clause.tokens.join(' ')} `);
      const near = choice ? [] : [...sides.filter((s) => Math.abs(s.at - at) <= (s.side === 'bilateral' ? 3 : TRANSCRIPT_REACH)), ...elliptical].map((s) => s.side);
      const mention: PartMention = { part, turn: clause.turn, sides: new Set(near), lines: [clause.line], topic, plural };
      if (!clause.question && FINE_RE.test(` ${clause.tokens.slice(at + 1, at + 5).join(' ')} `)) mention.fine = true;
      // "it's on this side , here": a side shown on camera or in the room, not said.
      if (near.length === 0 && POINTING_RE.test(` ${clause.tokens.slice(Math.max(0, at - 6), at + 8).join(' ')} `)) mention.shown = true;
      // "which knee is it ?" — the reply names the side.
      if (near.length === 0 && clause.question) {
        const reply = findReply({ lines: model.lines, clauses }, clause);
        if (reply) {
          const answer = readClause(reply);
          if (POINTING_RE.test(` ${reply.tokens.join(' ')} `) || /^(?:here|there)$/.test(reply.tokens.filter((t) => /[a-z]/.test(t))[0] ?? '')) mention.shown = true;
          // "whereabouts in your head ?" — "on the left side at the back": the back and the side place it within the part.
          if (answer.parts.length === 0 || answer.parts.every((p) => p.part.name === part.name || p.part.name === 'side' || p.part.name === 'back')) {
            for (const s of answer.sides) mention.sides.add(s.side);
            if (answer.sides.length) mention.lines.push(reply.line);
          }
        }
      }
      mentions.push(mention);
      last = mention;
    }
    // "my knee hurts . the right one ." — a side said on its own goes to the part just mentioned; so does one said of
    // "side" alone ("my back hurts . it's on both sides").
    const onlySides = parts.length > 0 && parts.every((p) => p.part.name === 'side');
    if ((parts.length === 0 || onlySides) && sides.length > 0 && previous && previous.part.name !== 'side' && clause.turn - lastTurn <= 1) {
      for (const s of sides) previous.sides.add(s.side);
      previous.lines.push(clause.line);
    }
    if (parts.length > 0) lastTurn = clause.turn;
    if (!onlySides && last) previous = last;
  });
  return { mentions };
}

/** Statements about a normal or comparison exam, which may name the side the conversation is not about. */
const NORMAL_RE = /\b(?:normal|unremarkable|intact|nontender|non-tender|clear|no|not|without|negative|full|compared|comparison|contralateral|symmetric|fine|good|denies)\b/i;

/** A finding said to be normal or compared, not merely one with a negation in it ("if it does not improve"). */
const NORMAL_FINDING_RE = /\b(?:normal|unremarkable|intact|nontender|non-tender|compared|comparison|contralateral|symmetric|looks? (?:fine|good))\b/i;

/** Whether the words right around the side claim call it normal: "left knee exam is normal", not "… normal CT". */
function isSaidNormal(statement: string, claim: SideClaim): boolean {
  const text = splitTokens(expandSideShorthand(statement)).join(' ');
  const at = text.indexOf(claim.phrase);
  if (at < 0) return false;
  return NORMAL_FINDING_RE.test(text.slice(Math.max(0, at - 30), at + claim.phrase.length + 30));
}

/**
 * A claimed side is supported when the transcript gives that side (or both) to the part, or to its limb when the
 * part itself has none. Where the conversation gives the part a side in a clause about the same finding, that clause
 * decides: "left knee effusion" is not excused by "the right knee is fine".
 */
export function checkLaterality(statement: string, transcript: TranscriptSides): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  const statementTopic = new Set(splitTokens(statement).map(stemToken).filter((s) => s.length >= 4 && !['left', 'right', 'side', 'sided'].includes(s)).map((s) => s.slice(0, 5)));
  const normalStatement = NORMAL_RE.test(statement);
  for (const claim of findSideClaims(statement)) {
    if (claim.side === 'bilateral') {
      const problem = normalStatement ? undefined : checkBilateral(claim, transcript, (m) => [...m.topic].some((t) => statementTopic.has(t) && t !== claim.part.name.slice(0, 5)));
      if (problem) problems.push(problem);
      continue;
    }
    // A complaint is not supported by the side the conversation calls fine ("so your right ear is fine").
    const same = findSameParts(claim, transcript).filter((m) => normalStatement || !m.fine);
    const sided = same.filter((m) => m.sides.size > 0);
    const isTopical = (m: PartMention) => [...m.topic].some((t) => statementTopic.has(t) && t !== claim.part.name.slice(0, 5));
    const topical = sided.filter(isTopical);
    const deciding = topical.length > 0 ? topical : sided;
    const heard = new Set(deciding.flatMap((m) => [...m.sides]));
    const lines = deciding.flatMap((m) => m.lines);
    if (heard.has(claim.side) || heard.has('bilateral')) {
      // Both sides come up, but the conversation is about the other one ("your left knee looks fine" once, the right
      // knee six times): a finding that is not a normal comparison is on the side the conversation is about.
      const weigh = (side: Side) => sided.filter((m) => m.sides.has(side)).reduce((w, m) => w + (isTopical(m) ? 3 : 1), 0);
      const other: Side = claim.side === 'left' ? 'right' : 'left';
      const count = sided.filter((m) => m.sides.has(other)).length;
      if (normalStatement || heard.has('bilateral') || count < 3 || weigh(claim.side) * 3 > weigh(other)) continue;
      problems.push({ phrase: claim.phrase, reason: `"${claim.phrase}" is doubtful: the transcript is about the ${other} ${claim.part.name} and names the ${claim.side} one only in passing`, lines });
      continue;
    }
    if (heard.size > 0) {
      // Swapped: the transcript gives this part the other side.
      if (sided.some((m) => m.sides.has(claim.side) || m.sides.has('bilateral')) && topical.length === 0) continue;
      // A normal or comparison finding ("left knee exam is normal") may be of the side the conversation examines only
      // to compare with: "… erythema of your right knee , but your left knee looks fine".
      if (isSaidNormal(statement, claim) && sided.some((m) => m.sides.has(claim.side))) continue;
      problems.push({ phrase: claim.phrase, reason: `"${claim.phrase}" is not supported: the transcript gives the ${claim.part.name} ${describeSides(heard)}`, lines });
      continue;
    }
    if (same.some((m) => m.shown)) continue;
    if (same.length === 0) {
      // The part never comes up, and the conversation never names this side (nor both) for anything: the side
      // came from nowhere. A side said of something else may have been meant for it (a limb, a place on the skin).
      const sides = new Set(transcript.mentions.flatMap((m) => [...m.sides]));
      if (sides.has(claim.side) || sides.has('bilateral') || transcript.mentions.some((m) => m.shown)) continue;
      problems.push({ phrase: claim.phrase, reason: `"${claim.phrase}": the transcript never mentions the ${claim.part.name}, nor any ${claim.side} side`, lines: [] });
      continue;
    }
    // No side for the part itself: a side given to its limb anywhere in the conversation ("my right leg … the knee",
    // "weaker on that left hand" for the thumb) settles it.
    const limb = new Set(
      transcript.mentions
        .filter((m) => m.part.region === claim.part.region && (m.part.region === 'leg' || m.part.region === 'arm'))
        .flatMap((m) => [...m.sides]),
    );
    if (limb.has(claim.side) || limb.has('bilateral')) continue;
    if (limb.size > 0) {
      problems.push({ phrase: claim.phrase, reason: `"${claim.phrase}" is not supported: the transcript never gives the ${claim.part.name} a side, and gives the ${claim.part.region} ${describeSides(limb)}`, lines: same.flatMap((m) => m.lines) });
      continue;
    }
    problems.push({ phrase: claim.phrase, reason: `"${claim.phrase}": the transcript mentions the ${claim.part.name} but never says which side`, lines: same.flatMap((m) => m.lines) });
  }
  return problems;
}
