/**
 * "There's callus under the first metatarsal head on the left, I'll debride that today.": a finding and what the
 * clinician does about it, said in one sentence. Read whole it is Plan and the exam loses the finding; cut at the comma,
 * the finding is Objective and the action Plan.
 */
import { isPresentFinding } from './clinical-vocabulary.js';

/** The comma before the clinician's own action on what was found: "…, I'll debride that", "…, so we'll dress it". */
const ACTION = /,\s+(?=(?:so |and )?(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'm gonna|we're gonna|let's)\s+(?:\w+\s+){0,2}?(?:that|it|this|those|them|these)\b)/i;

export function splitFindingAndAction(sentence: string): string[] {
  const m = ACTION.exec(sentence);
  if (!m) return [sentence];
  const finding = sentence.slice(0, m.index).trim();
  const action = sentence.slice(m.index + m[0].length).trim().replace(/^(?:so|and)\s+/i, '');
  if (!isPresentFinding(`${finding}.`) || action.split(/\s+/).length < 3) return [sentence];
  return [`${finding}.`, `${action.charAt(0).toUpperCase()}${action.slice(1)}${/[.!?]$/.test(action) ? '' : '.'}`];
}
