import { stemWord, splitTokens } from './tokenize.js';

type Side = 'left' | 'right' | 'bilateral';

const SIDE_WORDS: Readonly<Record<string, Side>> = {
  left: 'left', right: 'right', bilateral: 'bilateral', bilaterally: 'bilateral', both: 'bilateral',
};

/** Body parts that come in pairs, after stemming, with the word a claim is reported under. */
const BODY_PARTS: Readonly<Record<string, string>> = {
  knee: 'knee', ankle: 'ankle', hip: 'hip', shoulder: 'shoulder', elbow: 'elbow', wrist: 'wrist', hand: 'hand', foot: 'foot',
  feet: 'foot', arm: 'arm', leg: 'leg', thigh: 'thigh', calf: 'calf', calve: 'calf', shin: 'shin', finger: 'finger', thumb: 'thumb',
  toe: 'toe', heel: 'heel', eye: 'eye', ear: 'ear', breast: 'breast', lung: 'lung', kidney: 'kidney', flank: 'flank',
  groin: 'groin', buttock: 'buttock', forearm: 'forearm', hamstring: 'hamstring', quadricep: 'quadriceps', achille: 'achilles',
  ovary: 'ovary', testicle: 'testicle', testis: 'testicle', temple: 'temple', cheek: 'cheek', jaw: 'jaw', clavicle: 'clavicle',
  rib: 'rib', tonsil: 'tonsil', carotid: 'carotid', femur: 'femur', tibia: 'tibia', fibula: 'fibula', radius: 'radius',
  ulna: 'ulna', humerus: 'humerus', patella: 'knee', extremity: 'extremity',
};

/** How far (in tokens) a side word may sit from its body part: "left knee", "left lower extremity", "knee on the right". */
const NOTE_WINDOW_AFTER_SIDE = 3;
const TRANSCRIPT_WINDOW = 4;

/** Words after "right"/"left" that show it is not a side ("right away", "left the office"). */
const NOT_A_SIDE_NEXT = new Set(['now', 'away', 'after', 'before', 'here', 'there', 'then', 'when', 'about', 'the', 'his', 'her', 'him', 'it', 'work', 'home']);

function findBodyPart(tokens: readonly string[], i: number): string | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const part = BODY_PARTS[stemWord(token)];
  if (part !== 'extremity') return part;
  // Upper and lower extremities are different body parts for laterality purposes.
  const before = tokens[i - 1];
  return before === 'upper' ? 'arm' : before === 'lower' ? 'leg' : part;
}

export interface SideClaim {
  side: Side;
  part: string;
  phrase: string;
}

/** Side + body part pairs a note statement asserts ("right knee", "bilateral lower extremities", "the knee on the left"). */
export function findSideClaims(statement: string): SideClaim[] {
  const tokens = splitTokens(statement);
  const claims = new Map<string, SideClaim>();
  tokens.forEach((token, i) => {
    const side = SIDE_WORDS[token];
    if (!side || token === 'both' || NOT_A_SIDE_NEXT.has(tokens[i + 1] ?? '')) return;
    for (let k = 1; k <= NOTE_WINDOW_AFTER_SIDE; k += 1) {
      const part = findBodyPart(tokens, i + k);
      if (part) {
        claims.set(`${side}:${part}`, { side, part, phrase: tokens.slice(i, i + k + 1).join(' ') });
        return;
      }
      if (tokens[i + k] === ',' || tokens[i + k] === '.' || tokens[i + k] === 'and') break;
    }
    // "knee on the right", "knee, left"
    for (let k = 1; k <= 3; k += 1) {
      const part = findBodyPart(tokens, i - k);
      if (part && tokens.slice(i - k + 1, i).every((t) => ['on', 'the', ',', 'side', 'of'].includes(t))) {
        claims.set(`${side}:${part}`, { side, part, phrase: tokens.slice(i - k, i + 1).join(' ') });
        return;
      }
    }
  });
  return [...claims.values()];
}

/** For each body part the transcript names, the sides spoken near it. */
export type TranscriptSides = Map<string, Set<Side>>;

export function indexTranscriptSides(transcript: string): TranscriptSides {
  const tokens = splitTokens(transcript);
  const sides: TranscriptSides = new Map();
  tokens.forEach((token, i) => {
    const part = findBodyPart(tokens, i);
    if (!part) return;
    const seen = sides.get(part) ?? new Set<Side>();
    for (let k = Math.max(0, i - TRANSCRIPT_WINDOW); k <= i + TRANSCRIPT_WINDOW && k < tokens.length; k += 1) {
      const side = SIDE_WORDS[tokens[k] as string];
      if (side) seen.add(side);
    }
    sides.set(part, seen);
  });
  return sides;
}

function describeSides(sides: Set<Side>): string {
  return [...sides].join(' and ');
}

/**
 * A left/right claim is contradicted only when the transcript does talk about sides for that body part and never the
 * claimed one; a transcript that names no side at all says nothing against the note.
 */
export function checkLaterality(statement: string, transcript: TranscriptSides): { phrase: string; reason: string }[] {
  const problems: { phrase: string; reason: string }[] = [];
  for (const claim of findSideClaims(statement)) {
    // "Bilateral" claims are left alone: exams and review of systems cover both sides even when only one was discussed.
    if (claim.side === 'bilateral') continue;
    const heard = transcript.get(claim.part);
    if (!heard || heard.size === 0 || heard.has(claim.side) || heard.has('bilateral')) continue;
    problems.push({
      phrase: claim.phrase,
      reason: `"${claim.phrase}" is not supported: the transcript mentions only the ${describeSides(heard)} ${claim.part}`,
    });
  }
  return problems;
}
