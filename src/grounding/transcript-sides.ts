/**
 * The sides the conversation gives body parts: next to the part ("my right knee"), on their own after it ("my knee
 * hurts . the right one ."), in the answer to "which knee?", or shown rather than said ("it's on this side").
 */
import { readAnswer } from './answer-reading.js';
import { readPartAt, type BodyPart } from './body-parts.js';
import { isHandedness, NOT_A_SIDE_NEXT, SIDE_WORDS, type PartMention, type Side, type TranscriptSides } from './side-support.js';
import { findReply, isTagQuestion, type Clause, type TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';

/** Words before "left"/"right" that make it a side of what follows: "my left back". */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'their', 'the', 'our']);
const TRANSCRIPT_REACH = 5;

function readSide(tokens: readonly string[], i: number): Side | undefined {
  const side = SIDE_WORDS[tokens[i] as string];
  if (!side || isHandedness(tokens, i)) return undefined;
  // "pain on my left back" names a side; "i left back home" does not.
  if (side !== 'bilateral' && tokens[i + 1] === 'back' && POSSESSIVES.has(tokens[i - 1] ?? '')) return side;
  // "the lower right back tooth", "left back molar": "back" says which of the part.
  if (side !== 'bilateral' && tokens[i + 1] === 'back' && readPartAt(tokens.map(stemToken), tokens, i + 2)) return side;
  // "flank tenderness on the right so that means …": "on the right" names a side whatever follows.
  if (side !== 'bilateral' && tokens[i - 1] === 'the' && ['on', 'to', 'at'].includes(tokens[i - 2] ?? '') && !['track', 'thing', 'way', 'answer', 'time', 'place', 'person'].includes(tokens[i + 1] ?? '')) return side;
  if (side !== 'bilateral' && NOT_A_SIDE_NEXT.has(tokens[i + 1] ?? '') && !['side', 'sided'].includes(tokens[i + 1] ?? '')) {
    // "the right ?" / "on the left ." still name a side when a part or "side" comes before or the sentence ends.
    if (!['?', '.', ','].includes(tokens[i + 1] ?? '') && tokens[i + 1] !== undefined) return undefined;
  }
  if (side === 'right' && ['all', 'that\'s', 'thats', 'is', 'yeah', 'okay'].includes(tokens[i - 1] ?? '')) return undefined;
  // "is that right ?", "right where i'm pressing": agreement and emphasis, not a side.
  if (side === 'right' && tokens[i - 1] === 'that' && ['?', ',', '.', undefined].includes(tokens[i + 1])) return undefined;
  if (side === 'right' && tokens[i + 1] === 'where') return undefined;
  return side;
}

interface PartAt {
  part: BodyPart;
  at: number;
  plural: boolean;
}

/** Parts whose plural says nothing of both sides: "headaches" are episodes, "fingers" may all be on one hand. */
const UNPAIRED = new Set(['head', 'neck', 'face', 'chest', 'abdomen', 'back', 'side', 'body side', 'finger', 'toe', 'rib', 'lobe', 'quadrant', 'jaw']);

/** Words that may stand between "both" and its part: "both of my knees", "either of the ears". */
const BOTH_FILLERS = new Set(['of', 'my', 'your', 'his', 'her', 'their', 'the', 'these', 'those']);

/**
 * "both knees", "both of my knees", "either side", "pain in both ." name both sides; "both the pain and the
 * inflammation", "both of these medications" and "either back pain or vomiting" join two things instead.
 */
function isBothSides(tokens: readonly string[], stems: readonly string[], i: number): boolean {
  let k = i + 1;
  while (BOTH_FILLERS.has(tokens[k] ?? '')) k += 1;
  if (k === i + 1 && ['.', ',', '?', ';'].includes(tokens[k] ?? '')) return true;
  return ['side', 'one', 'ones'].includes(stems[k] ?? '') || readPartAt(stems, tokens, k) !== undefined;
}

function readClause(clause: Clause): { parts: PartAt[]; sides: { side: Side; at: number }[]; stems: string[] } {
  const tokens = clause.tokens;
  const stems = tokens.map(stemToken);
  const parts: PartAt[] = [];
  const sides: { side: Side; at: number }[] = [];
  tokens.forEach((t, i) => {
    const part = readPartAt(stems, tokens, i);
    if (part) parts.push({ part, at: i, plural: !UNPAIRED.has(part.name) && (t === 'feet' || (t !== stems[i] && /[^s]s$/.test(t))) });
    const side = readSide(tokens, i);
    // "you had this injury on your left shoulder recently , right ?" asks for a nod; it names no side.
    const tag = side === 'right' && clause.question && tokens[i - 1] === ',' && i === tokens.length - 1;
    if (side && !tag) sides.push({ side, at: i });
    if ((t === 'both' || t === 'either') && isBothSides(tokens, stems, i)) sides.push({ side: 'bilateral', at: i });
  });
  return { parts, sides, stems };
}

/** A part said to be fine right after it is named: "your right ear is fine", "the left one feels normal". */
const FINE_RE = /^ (?:is|are|was|looks?|feels?|seems?)(?: \w+)? (?:fine|ok|okay|normal|alright|good|unaffected) /;

/** "when compared to the left knee", "than the left one": the side looked at to compare with the one that is wrong. */
const COMPARED = new Set(['compared', 'comparison', 'compare', 'than', 'contralateral']);

/**
 * A sided part said to be fine: "your right ear is fine", "compared to the left knee everything looks good", or asked
 * about and answered so ("when i move your left knee do you get any pain ?" — "that feels normal").
 */
function isSaidFine(model: TranscriptModel, clause: Clause, at: number): boolean {
  if (!clause.question && FINE_RE.test(` ${clause.tokens.slice(at + 1, at + 5).join(' ')} `)) return true;
  if (clause.tokens.slice(Math.max(0, at - 5), at).some((t) => COMPARED.has(t))) return true;
  if (!clause.question || clause.role !== 'clinician') return false;
  const reply = findReply(model, clause)?.tokens.slice(0, 6) ?? [];
  return reply.some((t) => t === 'normal' || t === 'fine') && !reply.some((t) => ['not', "n't", 'no', 'abnormal'].includes(t));
}

/** Sides offered to choose from: "both ears or just the left ear", "the left or the right". */
const CHOICE_RE = / (?:left|right|both)(?: \w+){0,2} or (?:just |only )?(?:the |your |my )?(?:left|right|both|one) /;

/** Pointing instead of naming a side: "this side", "that one", "just here". */
const POINTING_RE = / (?:this|that) (?:side|one|bit|part) | (?:just|right|over) here | it's here /;

function isClauseEnd(tokens: readonly string[], at: number): boolean {
  return at >= tokens.length || ['.', ',', '?', '!', ';', 'one', 'side'].includes(tokens[at] ?? '');
}

/** An exam instruction: "close your eyes", "follow my finger with your eyes", "can you reach out your arms". */
const INSTRUCTION_RE = / (?:can you|could you|i want you to|i'd like you to|i need you to|go ahead and|close|open|follow|squeeze|reach|raise|lift|hold|push|pull|stretch|touch|bend|straighten|wiggle|cross|spread) /;
const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'mhm', 'uh-huh', 'both', 'sure', 'definitely', 'correct']);

/**
 * "Any swelling in your legs ?" — "no", and "close your eyes" say nothing of a complaint on both sides; the plural
 * counts when the patient says yes to it.
 */
function isAskedWithoutYes(model: TranscriptModel, clause: Clause): boolean {
  if (clause.role !== 'clinician') return false;
  if (!clause.question) return INSTRUCTION_RE.test(` ${clause.tokens.join(' ')} `);
  // "… 1 to 2+ pitting edema in your legs , okay ?" tells a finding and asks only for a nod.
  if (isTagQuestion(clause.tokens) || ['okay', 'ok', 'alright'].includes(clause.tokens.at(-1) ?? '')) return false;
  const reply = findReply(model, clause);
  return !YES.has(reply?.tokens.find((t) => /[a-z]/.test(t)) ?? '');
}

/** Words a speaker corrects with: "it's actually my right knee", "no, just the right one". */
const CORRECTIONS = new Set(['actually', 'just', 'only', 'mainly', 'mostly']);

/** A clinician's question the other speaker answers "no". */
function isAskedAndDenied(model: TranscriptModel, clause: Clause): boolean {
  if (clause.role !== 'clinician' || !clause.question) return false;
  const reply = findReply(model, clause);
  return reply !== undefined && readAnswer(reply.tokens) === 'no';
}

export function indexTranscriptSides(model: TranscriptModel): TranscriptSides {
  const mentions: PartMention[] = [];
  const partlessBilateral: Set<string>[] = [];
  const clauses = model.clauses;
  let last: PartMention | undefined;
  /** The last part named before this clause, other than "side". */
  let previous: PartMention | undefined;
  let lastTurn = -1;
  const recaps = new Map<Clause, PartMention>();
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
      const mention: PartMention = { part, turn: clause.turn, sides: new Set(near), lines: [clause.line], topic, plural: plural && !isAskedWithoutYes(model, clause) };
      if (near.length > 0 && isSaidFine(model, clause, at)) mention.fine = true;
      // "my other ankle too is sore": both are in play, and which is which is never said, so the note may name either.
      if (near.length === 0 && clause.tokens[at - 1] === 'other') mention.shown = true;
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
      // "you said before , it's both knees ? — it's actually my right knee": the side the patient corrects to replaces
      // the one a recap gave.
      if (clause.role !== 'clinician' && near.length > 0 && clause.tokens.some((t) => CORRECTIONS.has(t))) {
        for (const [k, earlier] of recaps) {
          if (earlier.part.name !== part.name || k.turn !== clause.turn - 1 || near.some((side) => earlier.sides.has(side))) continue;
          earlier.sides.clear();
          earlier.plural = false;
        }
      }
      if (clause.role === 'clinician') recaps.set(clause, mention);
      mentions.push(mention);
      last = mention;
    }
    // "my knee hurts . the right one ." — a side said on its own goes to the part just mentioned; so does one said of
    // "side" alone ("my back hurts . it's on both sides").
    // "you do have a small amount of one plus pitting edema bilaterally": both sides of whatever has the edema.
    // Its words nearby tell what has it (an unpunctuated clause may run on through the whole exam).
    clause.tokens.forEach((t, j) => {
      if ((t !== 'bilateral' && t !== 'bilaterally') || parts.some((p) => Math.abs(p.at - j) <= 3)) return;
      partlessBilateral.push(new Set(stems.slice(Math.max(0, j - 8), j + 4).filter((w) => w.length >= 4).map((w) => w.slice(0, 5))));
    });
    const onlySides = parts.length > 0 && parts.every((p) => p.part.name === 'side');
    // "what's going on with your hand ? is it right or left ?" offers both; the reply gives the one.
    const offered = clause.question && CHOICE_RE.test(` ${clause.tokens.join(' ')} `);
    if ((parts.length === 0 || onlySides) && sides.length > 0 && !offered && previous && previous.part.name !== 'side' && clause.turn - lastTurn <= 1) {
      // "it's my right knee that hurts . — any problems with your left one ? — no": the side asked after and denied is
      // said to be fine, which supports a normal finding there and no complaint.
      if (isAskedAndDenied(model, clause)) mentions.push({ ...previous, sides: new Set(sides.map((s) => s.side)), lines: [clause.line], fine: true });
      else if (previous.sides.size > 0 && sides.every((s) => s.side !== 'bilateral' && !previous!.sides.has(s.side))) {
        // "The right eardrum is red and bulging. The left one looks normal.": the other side is another mention, with
        // its own words, not a second side of the red eardrum.
        const at = sides[0]!.at + (['one', 'side'].includes(clause.tokens[sides[0]!.at + 1] ?? '') ? 1 : 0);
        // Its own words decide whether it is fine: "The left ear is fine. Now the right." is not fine too.
        const { fine: _fine, shown: _shown, ...part } = previous;
        const other: PartMention = { ...part, sides: new Set(sides.map((s) => s.side)), lines: [clause.line], topic, turn: clause.turn };
        if (isSaidFine(model, clause, at)) other.fine = true;
        mentions.push(other);
      } else {
        for (const s of sides) previous.sides.add(s.side);
        previous.lines.push(clause.line);
      }
    }
    if (parts.length > 0) lastTurn = clause.turn;
    if (!onlySides && last) previous = last;
  });
  markRepeatedFine(mentions);
  return { mentions, partlessBilateral };
}

/**
 * "Now the left ear first, the good one… left ear looks normal": a part named with a side and then, on the same line,
 * named again with that side and said to be fine, was fine the first time too.
 */
function markRepeatedFine(mentions: PartMention[]): void {
  const key = (m: PartMention) => `${m.turn}|${m.lines[0]}|${m.part.name}|${[...m.sides].sort().join(',')}`;
  const fine = new Set(mentions.filter((m) => m.fine && m.sides.size > 0).map(key));
  for (const m of mentions) if (m.sides.size > 0 && !m.fine && fine.has(key(m))) m.fine = true;
}
