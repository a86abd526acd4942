/**
 * Who speaks each unnamed caption line in a caption file that names speakers only now and then. Unlike a ">>" marker
 * (caption-voices.ts), a new cue is no sign of a new voice: a clinician's findings run over several cues. What does
 * mark a change is a dialogue dash, or a question just asked. So each line is put on the clinician's side or the
 * other from what it says (the cheapest path, as in caption-voices.ts), where staying costs after a dash, a question or its
 * answer, and changing costs after a plain cue.
 */
import { scoreTurn } from './caption-voices.js';
import { isLayQuestion } from './infer-speaker-roles.js';

/** A caption line; `fixed` when a name the line carries already says which side it is on. */
export interface CueLine { text: string; dashed: boolean; fixed?: 'clinician' | 'patient' }

const STAY_COST = 1.6;
const CHANGE_COST = 0.8;
const ANSWERED_STAY_COST = 1;
/** A named line's side is known: far surer than anything its words show. */
const NAMED_COST = 20;

/**
 * A line's evidence as in caption-voices.ts, and the visit's usual shape besides: the clinician asks (a question a
 * patient would not ask), and a few words that are no question, right after a question, are the answer.
 */
function scoreLine(text: string, before: string | undefined): number {
  const asks = /\?\s*$/.test(text);
  let score = scoreTurn(text);
  if (asks && !isLayQuestion(text)) score += 1;
  if (!asks && before !== undefined && /\?\s*$/.test(before) && text.split(/\s+/).length <= 5) score -= 1;
  return score;
}

/** For each line, true when it is on the clinician's side. */
export function readCueSides(lines: readonly CueLine[]): boolean[] {
  if (lines.length === 0) return [];
  const against = (score: number, clinician: boolean) => (clinician ? Math.max(0, -score) : Math.max(0, score));
  const scores = lines.map((l, k) => (l.fixed === 'clinician' ? NAMED_COST : l.fixed === 'patient' ? -NAMED_COST : scoreLine(l.text, lines[k - 1]?.text)));
  let cost = [against(scores[0]!, false), against(scores[0]!, true)];
  const back: number[][] = [];
  for (let k = 1; k < lines.length; k++) {
    const asked = /\?\s*$/.test(lines[k - 1]!.text);
    // The line after an answer is mostly the asker's again ("No." / "Okay, no numbness. Any pain here?").
    const answered = k >= 2 && /\?\s*$/.test(lines[k - 2]!.text) && !asked;
    const turnTaken = lines[k]!.dashed || asked || answered;
    const stay = turnTaken ? (asked ? 2 * STAY_COST : answered && !lines[k]!.dashed ? ANSWERED_STAY_COST : STAY_COST) : 0;
    const change = turnTaken ? 0 : CHANGE_COST;
    const from = [0, 1].map((side) => (cost[side]! + stay <= cost[1 - side]! + change ? side : 1 - side));
    cost = [0, 1].map((side) => cost[from[side]!]! + (from[side] === side ? stay : change) + against(scores[k]!, side === 1));
    back.push(from);
  }
  let side = cost[1]! <= cost[0]! ? 1 : 0;
  const sides = [side];
  for (const from of back.reverse()) {
    side = from[side]!;
    sides.unshift(side);
  }
  return sides.map((s) => s === 1);
}
