/**
 * Which of a row of like parts: "the left fifth toe", "the first metatarsal head", "the fourth finger". A note that names
 * a part by its place in the row must name a place the conversation gives that part; where the conversation names the
 * part by place only otherwise ("the little toe", "the fifth toe"), another place is another toe. A part the
 * conversation never names by its place is left alone (the clinician may have counted it on the patient).
 */
import type { TranscriptModel } from './transcript-model.js';
import { splitTokens } from './tokenize.js';

const ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };
/** The parts that come in a numbered row, by the key they are compared under. */
const PARTS: Readonly<Record<string, string>> = {
  // A nail's place is its toe's or finger's: "the big toenail" is on the first toe.
  toe: 'toe', toes: 'toe', toenail: 'toe', toenails: 'toe', finger: 'finger', fingers: 'finger', fingernail: 'finger',
  fingernails: 'finger', metatarsal: 'metatarsal', metatarsals: 'metatarsal', metacarpal: 'metacarpal', metacarpals: 'metacarpal',
  digit: 'digit', digits: 'digit', rib: 'rib', ribs: 'rib', molar: 'molar', molars: 'molar', premolar: 'premolar', premolars: 'premolar',
};
/** Everyday names of a place in the row: "the big toe" is the first, "the little finger" the fifth. */
const PLACE_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  toe: { big: 1, great: 1, little: 5, pinky: 5, baby: 5, small: 5 },
  finger: { index: 2, pointer: 2, middle: 3, ring: 4, little: 5, pinky: 5, small: 5 },
};
const SKIPPED = new Set(['left', 'right', 'and', 'or', ',', 'the', 'both', 'l', 'r']);

interface PlacedPart { part: string; place: number; at: number }

/** Each part named with its place: "fifth toe", "second and third toes", "big toenail", "4th and 5th metatarsals". */
function readPlacedParts(tokens: readonly string[]): PlacedPart[] {
  const found: PlacedPart[] = [];
  tokens.forEach((token, i) => {
    const part = PARTS[token];
    if (!part) return;
    const places: number[] = [];
    for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
      const t = tokens[k] ?? '';
      const place = ORDINALS[t] ?? (k === i - 1 ? PLACE_WORDS[part]?.[t] : undefined);
      if (place !== undefined) places.push(place);
      else if (!SKIPPED.has(t)) break;
    }
    for (const place of places) found.push({ part, place, at: i });
  });
  return found;
}

export function indexPlacedParts(model: TranscriptModel): Map<string, { places: Set<number>; lines: number[] }> {
  const index = new Map<string, { places: Set<number>; lines: number[] }>();
  for (const line of model.lines) {
    for (const p of readPlacedParts(splitTokens(line.text.toLowerCase()))) {
      const entry = index.get(p.part) ?? { places: new Set<number>(), lines: [] };
      entry.places.add(p.place);
      entry.lines.push(line.line);
      index.set(p.part, entry);
    }
  }
  return index;
}

const PLACE_NAMES = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

export function checkOrdinalParts(statement: string, heard: ReadonlyMap<string, { places: ReadonlySet<number>; lines: readonly number[] }>): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const claim of readPlacedParts(splitTokens(statement.toLowerCase()))) {
    const said = heard.get(claim.part);
    if (!said || said.places.has(claim.place) || problems.some((p) => p.phrase.endsWith(claim.part))) continue;
    const phrase = `${PLACE_NAMES[claim.place]} ${claim.part}`;
    const others = [...said.places].sort().map((n) => `${PLACE_NAMES[n]} ${claim.part}`).join(', ');
    problems.push({ phrase, reason: `the note names the ${phrase}, but the transcript names the ${others}`, lines: [...new Set(said.lines)] });
  }
  return problems;
}
