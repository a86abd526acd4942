/** Finds the reason for the visit in the clinician's own framing ("here for right knee pain"). */
import type { Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';

const REASON = caseless(/\b(?:here|presents?|presenting|coming in|came in|come in|in today|seen today|referred(?: to (?:us|me))?)\s+(?:today\s+|to see me\s+)?(?:for|with)\s+(?:(?:an?|the|his|her|their|your|some)\s+)?(.{3,60}?)(?=[.,;?]|$|\s(?:and|who|which|that|so|today|how)\b)/);

/** The clinician's opening question: "what brings you in?", "what are we working on today?". */
const OPENING = caseless(/\b(?:what brings you (?:in|here|to see (?:me|us))|what (?:can|could) (?:i|we) (?:do for you|help (?:you )?with)|what are we (?:working on|seeing you for|here for|looking at|doing)|what(?:'s| is) (?:going on|the problem|brought you in|bothering you|up)|how can (?:i|we) help|what seems to be the (?:problem|trouble)|what (?:did|do) you want to (?:talk about|see me about))\b/);
const NOT_A_COMPLAINT = caseless(/^(?:yes|no|yeah|okay|ok|hi|hello|nothing|not much|i'm (?:good|fine|okay|well)|good|fine|well|thanks?|thank you|i don't know|not sure)\b/);

/** "What are we working on today?" — "My acne.": a short answer to the opening question names the complaint. */
function answerToOpening(utterances: Utterance[]): { text: string; line: number } | undefined {
  const opening = utterances.slice(0, 6).findIndex((u) => u.role === 'clinician' && u.question && OPENING.test(u.text));
  if (opening < 0) return undefined;
  const answer = utterances.slice(opening + 1, opening + 3).find((u) => u.role !== 'clinician');
  if (!answer || answer.question || answer.text.split(/\s+/).length > 6 || NOT_A_COMPLAINT.test(answer.text)) return undefined;
  const named = answer.text.replace(/^(?:(?:it's|it is|its|just|well|um|so|mainly|mostly),?\s+)*(?:my|the|this|a|an|some|his|her|our)\s+/i, '').replace(/[.!]+$/, '').trim();
  if (named === '' || /\b(?:i|me|you|we|he|she|they)\b/i.test(named) || named.split(/\s+/).length > 5) return undefined;
  return { text: `${named.charAt(0).toUpperCase()}${named.slice(1)}.`, line: answer.line };
}

export function extractChiefComplaint(utterances: Utterance[]): { text: string; line: number } | undefined {
  const window = utterances.slice(0, Math.max(12, Math.ceil(utterances.length / 3)));
  const answered = answerToOpening(utterances);
  if (answered) return answered;
  for (const u of window) {
    if (u.role !== 'clinician') continue;
    const m = REASON.exec(u.text);
    if (!m) continue;
    const reason = m[1]!.trim();
    if (/\b(you|your|i|me|my|we|us)\b/i.test(reason) || /^(a|the|this|that|it|a bit|a while)$/i.test(reason)) continue;
    return { text: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`, line: u.line };
  }
  return undefined;
}
