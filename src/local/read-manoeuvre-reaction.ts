/**
 * An examiner's manoeuvre said as it is done, and the patient's reply to it: "Let me press along the joint line." —
 * "Sore there." → `Pressing along the joint line: "Sore there."` The reply is the finding. It is quoted as said, not
 * graded, because "ow" or "that clicks" says what the patient felt, not what the examiner concluded.
 */
import type { Turn } from './types.js';
import type { AnswerLine } from './answer-pair.js';
import { splitSentences } from './split-sentences.js';
import { caseless } from '../text/caseless-pattern.js';

const GERUNDS: Readonly<Record<string, string>> = {
  press: 'pressing', push: 'pushing', pull: 'pulling', bend: 'bending', twist: 'twisting', straighten: 'straightening',
  tap: 'tapping', squeeze: 'squeezing', rotate: 'rotating', lift: 'lifting', feel: 'feeling', stretch: 'stretching',
  flex: 'flexing', extend: 'extending',
};

/** "Now I'll pull the shin forward", "let me press along the joint line", "Pressing just here on the bone". */
const MANOEUVRE = caseless(new RegExp(String.raw`^(?:(?:okay|ok|now|next|so|and|right|alright|then|first),?\s+)*(?:(?:i(?:'ll| will)|i(?:'m| am) (?:just )?(?:going to|gonna)|i(?:'m| am)|let me) )?(?:just )?(${[...Object.keys(GERUNDS), ...Object.values(GERUNDS)].join('|')})\s+((?:just |gently )?(?:on |along |over |down |into |around |in |behind |under |below |above |at |in front of )?(?:the|your|his|her|this|that|these)\b[^,.?!;]{2,50})(?:,\s*(?:here|there|now))?$`));

/** A reply that says what the manoeuvre felt like: pain, a click, numbness, or none. */
const REACTION = caseless(/^(?:(?:ow+|ouch|argh|ah+|oh|yes|yeah|yep|mm+)(?:[,!.]+\s*|\s+|$))*(?:(?:that's|that is|it's|it is|that|it|yeah,? that's|really|very|a (?:bit|little)|right) )*(?:sore|tender|painful|hurts?|the spot|clicks?|clunks?|catches|grinds?|numb|tingl\w*|stiff|tight|no pain|doesn't hurt|does not hurt|not sore|nothing)\b|^(?:ow+|ouch|argh)[.!]*$/);
const MAX_REPLY_WORDS = 8;

/** The finding a manoeuvre and its reply make, or none when the turn is not a manoeuvre or the reply not a reaction. */
export function readManoeuvreReaction(q: Turn, a: Turn, turn: number): AnswerLine[] {
  if (q.role !== 'clinician' || a.role === 'clinician') return [];
  const last = splitSentences(q.text).at(-1)?.replace(/[.!]+$/, '').trim() ?? '';
  const m = MANOEUVRE.exec(last);
  const reply = splitSentences(a.text)[0]?.trim() ?? '';
  if (!m || !REACTION.test(reply) || reply.split(/\s+/).length > MAX_REPLY_WORDS) return [];
  // "I'm feeling this is a sprain": an opinion, not the hands on the body.
  if (/\b(?:this|that|it) (?:is|was|could|might|may|would|will)\b/i.test(m[2]!)) return [];
  // "bend your knee and twist it slightly": a second manoeuvre joined by "and" takes the same form.
  const what = m[2]!.replace(/\byour\b/gi, 'the').replace(/\byou\b/gi, 'the patient')
    .replace(/\band (\w+)\b/gi, (all: string, verb: string) => (GERUNDS[verb.toLowerCase()] ? `and ${GERUNDS[verb.toLowerCase()]}` : all));
  const verb = m[1]!.toLowerCase();
  const gerund = GERUNDS[verb] ?? verb;
  return [{ block: 'exam', text: `${gerund.charAt(0).toUpperCase()}${gerund.slice(1)} ${what}: "${reply}"`, lines: [q.line, a.line], turn, covers: [reply] }];
}
