/**
 * Laterality: a side the note gives a body part must be the side the conversation gives it. A side for a part the
 * conversation mentions without one is invented; the other side is swapped. The transcript's sides are read where they
 * attach: next to the part, in the answer to "which knee?", or given to the limb ("my right leg … the knee").
 * "Both"/"bilateral" in the transcript supports either side of the part it qualifies, and nothing else.
 */
import { expandSideShorthand, readPartAt } from './body-parts.js';
export type { SideClaim, TranscriptSides };
export { indexTranscriptSides } from './transcript-sides.js';
import { checkBilateral, describeSides, findSameParts, isBestMatchOtherSide, isHandedness, NOT_A_SIDE_NEXT, SIDE_WORDS, type PartMention, type Side, type SideClaim, type TranscriptSides } from './side-support.js';
import { splitTokens } from './tokenize.js';
import { stemToken } from './word-index.js';

const NOTE_REACH_AFTER_SIDE = 3;
/** Around "left back"/"right back" when it is the body part, unlike "comes right back" or "she left back home". */
const BACK_BEFORE = new Set(['of', 'the', 'his', 'her', 'my', 'your', 'their', 'in', 'on', 'at', 'over', 'mild', 'some', 'a', 'to']);
const BACK_AFTER = new Set(['pain', 'ache', 'spasm', 'spasms', 'tenderness', 'strain', 'muscle', 'muscles', 'region', 'area', 'discomfort', 'injury']);

/** Stems too common to tie a statement to a clause: "have", "with", and "bilateral" itself. */
const TOPIC_FILLERS = new Set(['bilat', 'have', 'that', 'with', 'this', 'your', 'does', 'there', 'been', 'were', 'from', 'some', 'they', 'what', 'when', 'also', 'just', 'like', 'patie']);

/** Zones of a lung a side may be given: "the left base", "right apex", "left lower zone". */
const LUNG_ZONES = new Set(['base', 'bases', 'apex', 'apices', 'zone', 'zones', 'field', 'fields']);
const ZONE_LEVELS = new Set(['lower', 'upper', 'mid', 'middle']);
const LUNG_REACH = 8;

/** The lung named by a finding earlier in the clause, within a few words before the side. */
function readClauseLung(stems: readonly string[], tokens: readonly string[], at: number): ReturnType<typeof readPartAt> {
  for (let k = 1; k <= LUNG_REACH && at - k >= 0; k += 1) {
    if (['.', ';', ':'].includes(tokens[at - k] ?? '')) return undefined;
    const part = readPartAt(stems, tokens, at - k);
    if (part?.name === 'lung') return part;
  }
  return undefined;
}

/**
 * "Wrist fracture, left.", "Shoulder dislocation, right;": a side set after a comma at the end of its clause belongs
 * to the part just before, whatever the finding's words between them.
 */
function isAppendedSide(tokens: readonly string[], i: number): boolean {
  return tokens[i - 1] === ',' && (i + 1 >= tokens.length || ['.', ';', ','].includes(tokens[i + 1] as string));
}

/** Side + body part pairs a note statement asserts ("right knee", "LLQ", "the knee on the left"). */
export function findSideClaims(statement: string): SideClaim[] {
  const tokens = splitTokens(expandSideShorthand(statement));
  const stems = tokens.map(stemToken);
  const claims = new Map<string, SideClaim>();
  tokens.forEach((token, i) => {
    const side = SIDE_WORDS[token];
    if (isHandedness(tokens, i)) return;
    // "left back pain" is a side of the back; "he left back home" is not.
    const backPart = tokens[i + 1] === 'back' && (BACK_BEFORE.has(tokens[i - 1] ?? '') || BACK_AFTER.has(tokens[i + 2] ?? ''));
    // "the lower left back tooth", "right back molar": "back" says which of the part, not a back.
    const backOf = tokens[i + 1] === 'back' && !BACK_AFTER.has(tokens[i + 2] ?? '') && readPartAt(stems, tokens, i + 2) ? 1 : 0;
    if (!side || (side !== 'bilateral' && !backPart && !backOf && NOT_A_SIDE_NEXT.has(tokens[i + 1] ?? '') && tokens[i + 1] !== undefined && !['.', ','].includes(tokens[i + 1] ?? ''))) return;
    for (let k = 1 + backOf; k <= NOTE_REACH_AFTER_SIDE + backOf; k += 1) {
      const part = readPartAt(stems, tokens, i + k);
      if (part) {
        claims.set(`${side}:${part.name}`, { side, part, phrase: tokens.slice(i, i + k + 1).join(' ') });
        return;
      }
      if ([',', '.', 'and', 'or', ';'].includes(tokens[i + k] ?? '')) break;
    }
    // "crackles and decreased breath sounds at the left base": a zone of the lung after the side belongs to the lung
    // finding earlier in the clause.
    const zone = LUNG_ZONES.has(tokens[i + 1] ?? '') ? 1 : ZONE_LEVELS.has(tokens[i + 1] ?? '') && LUNG_ZONES.has(tokens[i + 2] ?? '') ? 2 : 0;
    if (zone > 0) {
      const lung = readClauseLung(stems, tokens, i);
      if (lung) {
        claims.set(`${side}:${lung.name}`, { side, part: lung, phrase: tokens.slice(i, i + zone + 1).join(' ') });
        return;
      }
    }
    // "knee on the right", "knee, left", "pain in the hip on the left side"
    const appended = isAppendedSide(tokens, i);
    for (let k = 1; k <= 4; k += 1) {
      const part = readPartAt(stems, tokens, i - k);
      // "elbow swelling left", "knee pain , right": a complaint word may stand between the part and its side; so may
      // the level of a quadrant ("toothache lower right", "abdominal pain upper left").
      const between = tokens.slice(i - k + 1, i);
      if (part && part.name !== 'side' && (appended || between.every((t) => ['on', 'the', ',', 'side', 'of', 'to', 'at', 'pain', 'swelling', 'tenderness', 'effusion', 'injury', 'lower', 'upper'].includes(t)))) {
        claims.set(`${side}:${part.name}`, { side, part, phrase: tokens.slice(i - k, i + 1).join(' ') });
        return;
      }
    }
  });
  return [...claims.values()];
}

/** A side of the body lain or turned on: "lying on the right side", "sleeps on her left side", "rolls onto the left". */
const POSTURE = /\b(?:ly|lie|lies|lay|laying|lying|sleep|sleeps|sleeping|slept|roll|rolls|rolled|rolling|turn|turns|turned|turning|rest|resting)\s+(?:on|onto)\s+(?:the|his|her|their|my|your)?\s*$/;

function isPosture(statement: string, claim: SideClaim): boolean {
  if (claim.part.name !== 'side') return false;
  const text = splitTokens(expandSideShorthand(statement)).join(' ');
  const at = text.indexOf(claim.phrase);
  return at > 0 && POSTURE.test(text.slice(Math.max(0, at - 40), at));
}

/** Statements about a normal or comparison exam, which may name the side the conversation is not about ("R ear WNL"). */
const NORMAL_RE = /\b(?:normal|wnl|unremarkable|intact|nontender|non-tender|clear|no|not|without|negative|full|compared|comparison|contralateral|symmetric|fine|good|denies)\b/i;

/** A finding said to be normal or compared, not merely one with a negation in it ("if it does not improve"). */
const NORMAL_FINDING_RE = /\b(?:normal|wnl|unremarkable|intact|nontender|non-tender|non tender|compared|comparison|contralateral|symmetric|looks? (?:fine|good))\b/i;

/** Whether the words right around the side claim call it normal: "left knee exam is normal", not "… normal CT". */
function isSaidNormal(statement: string, claim: SideClaim): boolean {
  const text = splitTokens(expandSideShorthand(statement)).join(' ');
  const at = text.indexOf(claim.phrase);
  if (at < 0) return false;
  return NORMAL_FINDING_RE.test(text.slice(Math.max(0, at - 30), at + claim.phrase.length + 30));
}

/**
 * "Left canal and eardrum look normal. Now the right …" — "R ear: canal edematous": the other side said to be fine in
 * the same words is the one looked at to compare, not where a finding is; where the conversation gives this side to
 * the part too, the fine mentions do not decide an abnormal finding (a normal one near its side still may).
 */
function selectTopical(topical: PartMention[], sided: readonly PartMention[], claim: SideClaim, statement: string): PartMention[] {
  if (topical.length === 0 || !topical.every((m) => m.fine && !m.sides.has(claim.side)) || isSaidNormal(statement, claim)) return topical;
  return sided.some((m) => !m.fine && m.sides.has(claim.side)) ? [] : topical;
}

/** Whether the statement shares a word with a clause giving the part this side that no clause giving it the other side has. */
function sharesOwnWords(statementTopic: ReadonlySet<string>, claim: SideClaim, sided: readonly PartMention[], other: Side): boolean {
  const useful = (t: string) => statementTopic.has(t) && t !== claim.part.name.slice(0, 5) && !TOPIC_FILLERS.has(t);
  const otherWords = new Set(sided.filter((m) => m.sides.has(other)).flatMap((m) => [...m.topic].filter(useful)));
  return sided.some((m) => m.sides.has(claim.side) && [...m.topic].some((t) => useful(t) && !otherWords.has(t)));
}

/**
 * A claimed side is supported when the transcript gives that side (or both) to the part, or to its limb when the
 * part itself has none. Where the conversation gives the part a side in a clause about the same finding, that clause
 * decides: "left knee effusion" is not excused by "the right knee is fine".
 */
export function checkLaterality(statement: string, transcript: TranscriptSides): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  const clauses = splitTokens(expandSideShorthand(statement)).join(' ').split(';');
  for (const claim of findSideClaims(statement)) {
    // "crackles at the right base; left lung clear": each clause of a list is about its own finding, normal or not.
    const own = clauses.length > 1 ? clauses.find((c) => c.includes(claim.phrase)) ?? statement : statement;
    const normalStatement = NORMAL_RE.test(own);
    const statementTopic = new Set(splitTokens(own).map(stemToken).filter((s) => s.length >= 4 && !['left', 'right', 'side', 'sided'].includes(s)).map((s) => s.slice(0, 5)));
    if (claim.side === 'bilateral') {
      const isTopical = (topic: ReadonlySet<string>) => [...topic].some((t) => statementTopic.has(t) && t !== claim.part.name.slice(0, 5) && !TOPIC_FILLERS.has(t));
      // "Bilateral lower extremity edema" is supported by "pitting edema bilaterally" said of no part.
      if (normalStatement || transcript.partlessBilateral.some(isTopical)) continue;
      const problem = checkBilateral(claim, transcript, (m) => isTopical(m.topic));
      if (problem) problems.push(problem);
      continue;
    }
    // A complaint is not supported by the side the conversation calls fine ("so your right ear is fine").
    const same = findSameParts(claim, transcript).filter((m) => normalStatement || !m.fine);
    const sided = same.filter((m) => m.sides.size > 0);
    const isTopical = (m: PartMention) => [...m.topic].some((t) => statementTopic.has(t) && t !== claim.part.name.slice(0, 5));
    const topical = selectTopical(sided.filter(isTopical), sided, claim, statement);
    // "Night pain when lying on the right side": the side lain on is a posture, and a patient who cannot lie on one side
    // lies on the other, so both come up about lying; the transcript giving this side to the side at all supports it.
    if (isPosture(own, claim) && sided.some((m) => m.sides.has(claim.side))) continue;
    const deciding = topical.length > 0 ? topical : sided;
    const heard = new Set(deciding.flatMap((m) => [...m.sides]));
    const lines = deciding.flatMap((m) => m.lines);
    if (heard.has(claim.side) || heard.has('bilateral')) {
      // Both sides come up, but the conversation is about the other one ("your left knee looks fine" once, the right
      // knee six times): a finding that is not a normal comparison is on the side the conversation is about.
      const weigh = (side: Side) => sided.filter((m) => m.sides.has(side)).reduce((w, m) => w + (isTopical(m) ? 3 : 1), 0);
      const other: Side = claim.side === 'left' ? 'right' : 'left';
      const count = sided.filter((m) => m.sides.has(other)).length;
      if (!normalStatement && !heard.has('bilateral') && isBestMatchOtherSide(statementTopic, claim, sided)) {
        problems.push({ phrase: claim.phrase, reason: `"${claim.phrase}" is not supported: the transcript says it of the ${other} ${claim.part.name}`, lines });
        continue;
      }
      if (normalStatement || heard.has('bilateral') || count < 3 || weigh(claim.side) * 3 > weigh(other)) continue;
      // "I did my left ankle last season" beside a right ankle sprain today: the side named in passing is the one
      // the statement is about when they share words the other side's clauses never use ("previous left ankle
      // sprain last season").
      if (sharesOwnWords(statementTopic, claim, sided, other)) continue;
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
    // A tooth is often named by its number ("the 36"), which gives its side without a side word: only a side the
    // conversation gives to the teeth decides.
    if (claim.part.name === 'tooth') continue;
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
