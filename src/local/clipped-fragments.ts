/**
 * "cereal. the honey nut one. with milk. and a glass of orange juice": a typed answer clips one item into pieces, each
 * with its own full stop and no capital after it. Read apart, the bare "cereal." says nothing and "with milk." hangs;
 * the pieces are one list again ("cereal, the honey nut one, with milk, and a glass of orange juice."). Only short pieces
 * without a verb or a subject are joined, and only where the writer did not capitalise the next one, so sentences
 * ("no. i stopped it.") stay apart.
 */

const SUBJECT_OR_VERB = /\b(?:i|i'm|i've|i'd|i'll|im|ive|you|you're|he|he's|she|she's|it|it's|its|we|we're|they|they're|that's|there's|thats|theres|is|are|was|were|am|be|been|have|has|had|do|does|did|don't|dont|can|can't|cant|could|will|would|should|get|gets|got|go|goes|went|take|takes|took|eat|eats|ate|feel|feels|felt|hurts?|need|needs|want|wants|think|know|said|says|yes|yeah|yep|no|nope|not|ok|okay|thanks?|sorry|please|hi|hello)\b/i;

/** "eleven.", "thirty kilos.": a value said alone is a reading of what was announced before it, not a list's item. */
const BARE_VALUE = /^(?:(?:about|around|maybe)\s+)?(?:[\d.,/]+|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|point|over|[\s-])+(?:\s*(?:percent|kilos?|kg|degrees?|cm|mm|seconds?))?[.!]*$/i;

/** A piece with no more than `most` words, no verb, no subject, no question. */
function isClipped(piece: string, most: number): boolean {
  const words = piece.replace(/[.!]+$/, '').split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= most && !/[?,;:]/.test(piece) && !SUBJECT_OR_VERB.test(piece);
}

/** The text with a run of clipped, uncapitalised pieces after a clipped opening joined into one sentence. */
export function joinClippedFragments(text: string): string {
  if (!/\.\s+[a-z]/.test(text)) return text;
  const pieces = text.split(/(?<=\.)\s+/);
  if (pieces.length < 2) return text;
  const out: string[] = [];
  let joinable = false;
  for (const piece of pieces) {
    const last = out.length - 1;
    if (joinable && /^[a-z]/.test(piece) && isClipped(piece, 7) && !BARE_VALUE.test(piece.trim())) {
      out[last] = `${out[last]!.replace(/\.+$/, '')}, ${piece}`;
      continue;
    }
    out.push(piece);
    joinable = isClipped(piece, 3);
  }
  return out.length === pieces.length ? text : out.join(' ');
}
