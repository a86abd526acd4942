/**
 * Answers to a yes/no symptom question, in the clinician's words: "Any nausea?" + "No." → "The patient denies
 * nausea."; a list answered in part denies only what it names; "No, just my elbows" is quoted with what was asked.
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { extractTopic, splitTopicItems } from './question-topic.js';
import { FREQUENCY, NEGATIVE, POSITIVE, cleanAnswer, lowerFirst, statement, words, type AnswerBlock, type AnswerLine, type Pair } from './answer-pair.js';

const RISK_TOPIC = /\b(?:suicid\w*|harm\w*|hurt\w* (?:yourself|himself|herself|themselves|anyone|someone|others)|kill\w*|ending (?:your|his|her|their) life|self-harm|homicid\w*)\b/i;

const items = splitTopicItems;

/** The words that name an item: "periods of racing thoughts" → periods|thoughts, "blood in the urine" → blood|urine. */
function headWord(item: string): string {
  const content = (part: string) => part.toLowerCase().replace(/[^a-z\s]/g, '').split(/\s+/).filter((w) => w.length > 2 && !/^(?:not|any|the|your|his|her|with|and|lot|very)$/.test(w));
  const before = content(item.split(/\s+(?:in|of|with|on|at|from|to|for|around|down|when|while)\s+/i)[0] ?? item).at(-1);
  const last = content(item).at(-1);
  return [...new Set([before, last].filter((w): w is string => Boolean(w)))].join('|') || item;
}

/** "Any vomiting?" — "No." — "Well, I vomited at the start": a denial taken back right after is no denial. */
function mentionsAgain(topicItems: string[], after: string): boolean {
  const said = after.toLowerCase();
  return topicItems.some((item) => {
    const head = item.split(/\s+/).find((w) => w.length > 3) ?? item;
    return head.length >= 4 && said.includes(head.slice(0, Math.max(4, head.length - 3)));
  });
}


export function readTopicAnswer(pair: Pair, gender: Gender, who: string | undefined, addressee: string | undefined): AnswerLine[] {
  const topic = extractTopic(pair.question);
  if (!topic) return [];
  const third = rewriteClinicianSpeech(topic, gender, addressee);
  if (third === undefined || /\byou\b/i.test(third)) return [];
  const block: AnswerBlock = RISK_TOPIC.test(topic) ? 'risk' : 'review';
  const first = cleanAnswer(pair.answers[0] ?? '');
  const rest = first.replace(NEGATIVE, '').replace(/^[\s,]+/, '');
  const subject = who ? undefined : 'The patient';
  const deny = (what: string) => (subject ? `${subject} denies ${what}.` : `No ${what} per ${who}.`);
  const report = (what: string) => (subject ? `${subject} reports ${what}.` : `${what.charAt(0).toUpperCase()}${what.slice(1)} per ${who}.`);
  if (NEGATIVE.test(first)) {
    // "No, just my elbows": not a denial of the whole question; quoted with what was asked.
    if (/^(?:just|only|but|except|apart from|other than|mostly|mainly)\b/i.test(rest)) {
      return [statement(block, `Asked about ${third}: "${cleanAnswer(pair.answers[0]!)}."`, pair, [pair.answers[0]!])];
    }
    if (words(first) > 10 || mentionsAgain(items(topic), pair.after)) return [];
    // "No fever, just a dry cough": a qualified answer denies only what follows its "no".
    if (/\b(?:but|just|only|except|some|a little|although|though|mostly)\b/i.test(rest)) {
      const denied = items(topic).filter((it) => cleanAnswer(pair.answers[0]!).split(/,\s*|\s+but\s+|\s+just\s+/i)
        .some((piece) => /^(?:no|not|never|without)\b/i.test(piece.trim()) && piece.toLowerCase().includes(it.split(/\s+/)[0]!.toLowerCase())));
      return denied.map((it) => statement(block, deny(rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, []));
    }
    // "Any vomiting or diarrhea?" — "No vomiting.": only what the answer names is denied.
    const listed = items(topic);
    const named = listed.filter((it) => rest !== '' && new RegExp(`\\b(?:${headWord(it)})\\b`, 'i').test(rest));
    if (listed.length > 1 && named.length > 0 && named.length < listed.length) {
      return named.map((it) => statement(block, deny(rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, [pair.answers[0]!]));
    }
    return [statement(block, deny(third), pair, [pair.answers[0]!])];
  }
  if (POSITIVE.test(first) && words(first) <= 6) return [statement(block, report(third), pair, [pair.answers[0]!])];
  if (POSITIVE.test(first) && words(first) <= 16) {
    // "Yes, in the back of my head, most afternoons": the report, with the detail in third person.
    const detail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '').replace(/^(?:and|so)\s+/i, '');
    const detailThird = /\b(?:i|my|me)\b/i.test(detail) ? (who ? undefined : rewritePatientSpeech(detail, gender)) : detail;
    if (detailThird && !/^the patient\b/i.test(detailThird)) {
      const text = who ? `${third.charAt(0).toUpperCase()}${third.slice(1)} per ${who}, ${lowerFirst(detailThird)}.` : `${subject} reports ${third}, ${lowerFirst(detailThird)}.`;
      return [statement(block, text, pair, [pair.answers[0]!])];
    }
  }
  // "Any vomiting?" — "Maybe once a week.": how often, under the topic's name.
  if (FREQUENCY.test(first) && words(first) <= 10 && !/\b(?:i|my|me)\b/i.test(first)) {
    const named = `${third.charAt(0).toUpperCase()}${third.slice(1)}: ${lowerFirst(first)}`;
    return [statement(block, who ? `${named} per ${who}.` : `${named}.`, pair, [pair.answers[0]!])];
  }
  // "Nausea, no vomiting." / "I get headaches some mornings. No chest pain.": each item the answer names.
  const listed = splitTopicItems(topic);
  if (listed.length < 2) return [];
  const out: AnswerLine[] = [];
  for (const sentence of pair.answers.slice(0, 3)) {
    for (const piece of cleanAnswer(sentence).split(/,\s*|\s+but\s+|\s+and\s+/i)) {
      const negated = /^(?:no|not|never|without)\s+/i.test(piece);
      const core = piece.replace(/^(?:no|not|never|without)\s+(?:any\s+)?/i, '').trim().toLowerCase();
      const item = listed.find((it) => it === core || (negated && core !== '' && it.startsWith(core)));
      if (!item) continue;
      const itemThird = rewriteClinicianSpeech(item, gender, addressee) ?? item;
      out.push(statement(block, negated ? deny(itemThird) : report(itemThird), pair, negated ? [sentence] : []));
    }
  }
  return out;
}
