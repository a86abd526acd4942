/** Finds the reason for the visit in the clinician's own framing ("here for right knee pain"). */
import type { Utterance } from './types.js';

const REASON = /\b(?:here|presents?|presenting|coming in|came in|come in|in today|seen today|referred(?: to (?:us|me))?)\s+(?:today\s+|to see me\s+)?(?:for|with)\s+(?:(?:an?|the|his|her|their|your|some)\s+)?(.{3,60}?)(?=[.,;?]|$|\s(?:and|who|which|that|so|today|how)\b)/i;

export function extractChiefComplaint(utterances: Utterance[]): { text: string; line: number } | undefined {
  const window = utterances.slice(0, Math.max(12, Math.ceil(utterances.length / 3)));
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
