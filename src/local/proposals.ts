/**
 * A change the clinician proposes as a question ("Would you try to cut down, say keep it to weekends?", "Could you
 * consider walking to work?"): once the plan is under way it is a plan item, written as what was suggested, since
 * the question's "you" cannot stand in a note and a yes is not always given.
 */
import { caseless } from '../text/caseless-pattern.js';

const CHANGE_VERBS = String.raw`(?:cut(?:ting)? (?:down|back)|reduc\w+|stop\w*|start\w*|swap\w*|switch\w*|limit\w*|keep\w*|avoid\w*|drink\w*|eat\w*|walk\w*|take|taking|use|using|try|trying|do|doing|book\w*|see|seeing|ring|call\w*|write|writing|practi[sc]\w*)`;
export const PROPOSES_CHANGE = caseless(new RegExp(String.raw`\b(?:would|could|will) you (?:be (?:willing|able|up for|open) to |consider |try (?:to )?|think about )${CHANGE_VERBS}\b`));
const PROPOSAL = new RegExp(String.raw`^(?:.*?,\s*(?:but|and|so)\s+)?(?:(?:and|so|okay|then),?\s+)?(?:would|could|will) you (?:be (?:willing|able|up for|open) to |consider |try (?:to )?|think about )(${CHANGE_VERBS}\b.*?)\??$`, 'i');
/**
 * "Could you swap the crisps for fruit?", "and the cycling, can you build that up to an hour?": a verb that itself
 * changes a habit needs no "try to" before it ("Could you take a seat?" or "can you see the chart?" asks no change).
 */
const HABIT_VERBS = String.raw`(?:cut(?:ting)? (?:down|back|out)|reduce|stop|swap|switch|limit|avoid|replace|drop|build (?:that |it |this )?up|increase|add|aim)`;
const DIRECT_PROPOSAL = new RegExp(String.raw`^(?:(?:and|so|okay|then),?\s+)?(?:(?:and )?((?:the|your) [a-z]+(?: [a-z]+)?),\s+)?(?:would|could|can|will) you (?:also |maybe |perhaps )?(${HABIT_VERBS}\b.*?)\??$`, 'i');

/** "I'm not asking you to stop, but would you try to cut down, say keep it to weekends?" → "Suggested: cut down, …". */
export function restateProposal(question: string): string | undefined {
  const direct = PROPOSAL.exec(question.trim()) ? undefined : DIRECT_PROPOSAL.exec(question.trim());
  const m = direct ?? PROPOSAL.exec(question.trim());
  if (!m) return undefined;
  // ("And the walking, can you build that up…": "that" is the habit named first.)
  const said = direct?.[1] ? direct[2]!.replace(/\b(?:that|it|this)\b/i, direct[1].replace(/^your\b/i, 'the')) : direct ? direct[2]! : m[1]!;
  const rest = said.replace(/\byour\b/gi, 'their').replace(/\byou\b/gi, 'they');
  return `Suggested: ${rest.replace(/[.?!\s]+$/, '')}.`;
}
