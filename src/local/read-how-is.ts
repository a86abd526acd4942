/**
 * An open "how is…" question and its short answer as one line under the topic asked about: "How's your sleep?" +
 * "Okay, six or seven hours." → "Sleep: okay, 6 or 7 hours."; "How have you been since the op?" likewise.
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { caseless } from '../text/caseless-pattern.js';
import { LEAD, NO, SOCIAL } from './yes-no-words.js';

const BARE_TOPIC = caseless(/^(?:and |what about |how about )?(?:the |your |his |her )?(?!(?:are|is|do|does|did|have|has|can|could|will|would|was|were|you|he|she|it|any)\b)(?![\w -]*\b(?:i|we)\b)([a-z][\w -]{2,30})$/);
const HOW_IS = caseless(/^how(?:'s| is| are| has| have| was| were)? (?:your|his|her|the) ([a-z][\w -]{1,30}?)(?: been)?(?: doing| going| feeling)?(?: lately| these days| today| this week| recently| (since [\w' -]{2,40}))?(?:,? (?:on a scale(?: of [\w ]{1,20})?|out of (?:10|ten)))?$/);
const HOW_OFTEN = caseless(/^how (?:often|many times(?: a (?:day|week|night))?) (?:have you been|do you|are you|did you|has (?:he|she) been|does (?:he|she)) ((?:using|taking|needing|getting|having|doing|checking|eating|drinking|waking|\w+ing)\b[\w' -]{2,40}|(?:use|take|need|get|have|do|check|eat|drink|wake)\b[\w' -]{2,40})$/);
const SINCE = caseless(/^how (?:have you been|are you doing|are you feeling|has it been|have things been|are things|is it going|has (?:he|she) been)(?: doing| feeling)? since (.+)$/);

/** "How's your sleep?" + "Okay, six or seven hours." → "Sleep: okay, 6 or 7 hours."; "How have you been since…" likewise. */
export function readHowIs(question: string, answer: string, gender: Gender, addressee?: string): string | undefined {
  const q = question.replace(LEAD, '').replace(/[?.\s]+$/, '').trim();
  const a = answer.replace(/[.?!]+$/, '').trim();
  if (a === '' || a.split(/\s+/).length > 16 || NO.test(a) && a.split(/\s+/).length <= 2) return undefined;
  const third = /\b(?:i|my|me|i'm|i've)\b/i.test(a) ? rewritePatientSpeech(a, gender) : a;
  if (!third) return undefined;
  const answerText = /^(?:I\b|[A-Z]{2,})/.test(third) ? third : `${third.charAt(0).toLowerCase()}${third.slice(1)}`;
  // "How often have you been using your blue inhaler?" — "Every hour since this afternoon.": the use, and how often.
  const often = HOW_OFTEN.exec(q);
  if (often && !/\b(?:i|my|me|i'm|i've)\b/i.test(a)) {
    const what = rewriteClinicianSpeech(often[1]!, gender, addressee);
    return what && !/\byou\b/i.test(what) ? `${what.charAt(0).toUpperCase()}${what.slice(1)}: ${answerText}.` : undefined;
  }
  const since = SINCE.exec(q);
  if (since) {
    const when = rewriteClinicianSpeech(since[1]!, gender, addressee);
    // "How have you been since we last saw you?": since the last visit.
    const visit = /\b(?:we|i) last (?:saw|spoke|met|talked)\b|\blast (?:time|visit|appointment)\b/i.test(since[1]!) ? 'the last visit' : when;
    return visit && !/\byou\b/i.test(visit) ? `Since ${visit}: ${answerText}.` : undefined;
  }
  const bare = /^(?:and|what about|how about) /i.test(question.trim()) || /^(?:the|your|his|her) /i.test(q) ? BARE_TOPIC.exec(q) : null;
  // "How have you been sleeping?" — "Badly, maybe four hours a night." → "Sleeping: badly, …".
  const activity = /^how (?:have you been|are you|is (?:he|she)|has (?:he|she) been) (sleeping|eating|feeling|managing|coping|breathing|walking|getting around|doing with (?:the|your|his|her) [a-z][\w -]{1,25})(?: lately| these days| recently| at night)?$/i.exec(q);
  // "How are you with stairs?" — "Up is alright." → "Stairs: up is alright.": how a task is managed.
  const task = /^how (?:are you|is (?:he|she))(?: getting on| managing| coping)? with (?:the |your |his |her )?([a-z][\w -]{1,25})$/i.exec(q);
  const how = HOW_IS.exec(q) ?? bare ?? (activity && !/^feeling$/i.test(activity[1]!) ? activity : null) ?? task;
  if (!how || SOCIAL.test(how[1]!) || /\b(?:day|week|weekend|family|kids|trip|vacation|holiday|drive|drive in|journey|flight|traffic|weather|parking|commute|inside|outside|other (?:one|side)|this one|that one)\b/i.test(how[1]!)) return undefined;
  const topic = how[1]!.trim();
  // "And the pain goes into your arm?": a clause, not a topic; the confirmation reader writes it.
  if (/\b(?:goes|go|is|are|comes|spreads|moves|radiates|hurts|gets|started|starts|shoots|travels)\b/i.test(topic)) return undefined;
  // "How's the sore under your left big toe?": the topic in the third person, or no reading.
  const named = /\byour?\b/i.test(topic) ? rewriteClinicianSpeech(topic, gender, addressee) : topic;
  if (named === undefined || /\byou/i.test(named)) return undefined;
  const sinceWhen = how[2] ? rewriteClinicianSpeech(how[2], gender, addressee) : undefined;
  const when = sinceWhen && !/\byou\b/i.test(sinceWhen) ? ` ${sinceWhen}` : '';
  return `${named.charAt(0).toUpperCase()}${named.slice(1)}${when}: ${answerText}.`;
}
