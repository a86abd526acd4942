/**
 * The topic of a clinician's yes/no question, in the clinician's own words: "Any fever or chills?" → "fever or
 * chills"; "Have you had any thoughts of harming yourself?" → "thoughts of harming yourself".
 */
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { caseless } from '../text/caseless-pattern.js';
import { NO } from './yes-no-words.js';

const TOPIC_QUESTION = caseless(/^(?:(?:and|so|okay|now|alright|all right|um|uh|well|also)[\s,]+)*(?:(?:with|apart from|other than|besides|along with|alongside|during|since) (?:this|the|that|these|those|your|all this|all that) [a-z]+(?: [a-z]+)?,?\s+)?(?:(?:have|had) you (?:had|noticed|been having|experienced|felt|got|gotten|seen)|(?:do|did) you (?:ever )?(?:have|get|feel|notice|experience|had|see)|(?:does|did|has) (?:he|she) (?:have|get|had|feel)|(?:is|was) (?:he|she) (?:having|getting)|are you (?:having|experiencing|feeling|getting)|were you (?:having|experiencing|feeling)|is there|you have(?! been\b)|how about|what about|any)\s+(?:any\s+|some\s+|a\s+)?(.+?)[?.]?$/);
/** "Moving down now, in terms of any nausea or vomiting?": the lead-in before an "any" list, whatever comes before it. */
const LEAD_IN = caseless(/^(?:[^?]*?[,.]\s*)?(?:in terms of|with regards? to|regarding|as for|as far as)\s+(?=any\b)/);
/** "…but I wanted to check if you are having any excessive thirst?": a yes/no question asked as a wish to check. */
const CHECK_IF = caseless(/^(?:[^?]*?[,.]\s*)?(?:but\s+|and\s+|so\s+)?(?:i (?:just )?(?:wanted|want|need|'d like|would like) to (?:check|ask|know)|let me (?:just )?(?:check|ask)|can i ask|could i ask)(?: you)? (?:if|whether) (?:you(?:'re| are| have been|'ve been) (?:having|experiencing|getting)|you(?:'ve| have)(?: had| got)?|you get|there(?:'s| is| are| has been| have been))\s+(?=any\b)/);
/** "For example numbness or weakness?": the examples of the question before, asked as items. */
const EXAMPLE_LEAD = caseless(/^(?:for example|for instance|such as|e\.g\.),?\s+(?!any\b)/);
const NO_QUESTION = caseless(/^(?:(?:and|so|okay|also|but)[,\s]+)*no (?:other |more |further |new )?([a-z][\w -]{2,40}(?:(?:,?\s+(?:and |or )?no |,\s*(?:and |or )?)[a-z][\w -]{2,40})*)\?$/);
const TOPIC_TAIL = caseless(/\s*(?:,?\s*(?:or anything( like that| else)?|at all|lately|recently|that you've noticed|or not|with (?:it|that|this)|today|right now|still|anymore|since (?:i|we) (?:last )?(?:saw|spoke to|met|seen) you(?: last)?|since (?:the|your|our) last (?:visit|appointment|session|time)|since last (?:time|week|visit)|this (?:week|fortnight|month)|in the (?:last|past) (?:few |couple of )?(?:\w+ )?(?:days?|weeks?|months?)))+$/);
const EXTRA_TOPIC = caseless(/\b(?:plan|intent|firearms?|guns?|weapons?|suicid\w*|harm\w*|hurt\w*|kill\w*|life|bleed\w*|bruis\w*|discharge|odor|smell|blood|sputum|phlegm|drainage|swallow\w*|speech|vision|hearing|weakness|numbness|tingling|stiffness|loss|gain|diarrh\w*|vomit\w*|nause\w*|fever\w*|chills|sweats|rash\w*|pus|redness|burning|frequency|urgency|contractions|leaking|cough\w*|wheez\w*|snor\w*|(?:fetal |baby's )?movements|kicks|nose ?bleeds?)\b/);

/**
 * Whether the answer names a content word of the question again ("Any falls?" — "No falls."; "Does it sting…?" —
 * "Yes, really stings."): the patient has taken up that topic, so it is clinical to them even when the lexicon does
 * not know the word. Compared by the first five letters of words of five letters or more.
 */
export function answerEchoes(question: string, answer: string | undefined): boolean {
  if (answer === undefined) return false;
  const stems = (text: string) => (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).map((w) => w.slice(0, 5));
  const asked = new Set(stems(question).filter((w) => !ECHO_IGNORED.has(w)));
  return stems(answer).some((w) => asked.has(w));
}
/** Words of the question's frame, not its topic. */
const ECHO_IGNORED = new Set(['about', 'there', 'thing', 'anyth', 'somet', 'notic', 'exper', 'havin', 'getti', 'feeli', 'since', 'lates', 'recen', 'today', 'still', 'other', 'right', 'yours', 'probl', 'issue', 'quest', 'conce', 'worri']);

/** A topic the lexicon knows, or one item the answer takes up again (a list or "like …" is left to the lexicon). */
function isClinicalTopic(topic: string, answer: string | undefined): boolean {
  if (countMatches(topic, CLINICAL_TERMS) > 0 || EXTRA_TOPIC.test(topic)) return true;
  return !/,|\b(?:like|such as)\b/i.test(topic) && answerEchoes(topic, answer);
}

/** The answer, when given, lets an echoed topic through the clinical-vocabulary check (see isClinicalTopic). */
export function extractTopic(question: string, answer?: string): string | undefined {
  // "Do you feel short of breath climbing stairs?": a state felt, read as a statement ("feels short of breath…"), not an item.
  if (/^(?:(?:and|so)\s+)?(?:do|did) you feel (?!any\b|a\b|an\b|some\b)/i.test(question.trim())) return undefined;
  const asked = question.trim().replace(LEAD_IN, '').replace(CHECK_IF, '').replace(EXAMPLE_LEAD, 'Any ');
  // "No cough, no breathing difficulties?" puts a denial to the patient: only a "no" agrees with it (a "yes" to a
  // negative question is ambiguous in English), so it is read only with one.
  const denial = NO_QUESTION.exec(asked);
  if (denial) return answer !== undefined && NO.test(answer.trim().replace(/^(?:um+|uh+|mm+)[,\s]+/i, '')) ? denial[1]!.replace(/,?\s+(?:and |or )?no\s+/gi, ' or ').replace(TOPIC_TAIL, '') : undefined;
  // (A symptom named alone and granted in one sentence, "Fever? — Yes, up to 39", is the noun reader's: "Fever: up to 39".)
  const bare = answer === undefined || NO.test(answer.trim().replace(/^(?:um+|uh+|mm+)[,\s]+/i, ''));
  const said = TOPIC_QUESTION.exec(asked)?.[1] ?? (bare ? readBareTopic(asked) : undefined);
  if (said === undefined) return undefined;
  // "thoughts of hurting yourself, or that you'd be better off dead": the clause after "or that" has no item form.
  // "problems with your bowels any diarrhea": ASR runs two "any" questions together; each is an item.
  const topic = said.replace(/(?<!,|\bor|\band)\s+any\s+(?=\S)/gi, ', ').replace(/,?\s+or (?:that|like|if) (?:you|he|she)\b.*$/i, '').replace(TOPIC_TAIL, '').replace(/[?.,]+$/, '').replace(/^(?:other )?(?:things|symptoms|problems),? (?:like|such as) /i, '').replace(/^(?:kind|sort|type)s? of /i, '').trim();
  const words = topic.split(/\s+/).length;
  // "Any numbness between your legs, or any trouble with your bladder or bowels?": a list of two may run longer, and a
  // review of systems lists many short items ("shortness of breath, cough, coughing up mucus or blood, or…").
  if ((words > 10 && !(words <= 16 && /,\s*(?:or\s+)?any\b/i.test(topic)) && !isItemList(topic)) || !isClinicalTopic(topic, answer)) return undefined;
  if (/\b(?:i|we|me|us|questions?|concerns?|medications? (?:for|that)|allerg\w*)\b/i.test(topic)) return undefined;
  // "like you've been feverish", "these symptoms before": a clause or a pointer, not a symptom to deny.
  if (/^(?:like|that|if|when|where|how|this|these|that|those|it|them|your|his|her|the|anything|something|everything|nothing|to|in|on|at|from|with|for|about|into|of)\b/i.test(topic) || /\byou(?:'ve|'re|'d| have| are| were| had| feel)\b/i.test(topic)) return undefined;
  // "Any fevers, any chills?": two items asked one by one are denied together.
  return topic.replace(/^([^,]+),\s*any\s+([^,]+)$/i, '$1 or $2');
}

/**
 * "Fever?", "Vomiting, diarrhea?", "Chest pain or palpitations?": symptoms named alone, as a clinician runs down a list,
 * ask whether the patient has them as plainly as "Any fever?" does. Only when every item is a symptom the lexicon knows,
 * so "Milk and sugar?" or "Left side only?" is not read as a symptom denied.
 */
const BARE_TOPIC = caseless(/^(?:(?:and|so|okay|now|also|what about)[\s,]+)*([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}(?:(?:,\s*(?:or |and )?|\s+(?:or|and)\s+)[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}){0,3})\?$/);
export function readBareTopic(asked: string): string | undefined {
  const m = BARE_TOPIC.exec(asked.trim());
  if (!m || /\b(?:you|your|he|she|it|they|this|that|there|i|we|me|is|are|was|were|do|does|did|have|has|can|could|will|would|only|too|again|first|next|today)\b/i.test(m[1]!)) return undefined;
  const items = splitTopicItems(m[1]!);
  // ("Vomiting, diarrhea?" is written as the note would: "vomiting or diarrhea".)
  return items.length > 0 && items.every((it) => countMatches(it, CLINICAL_TERMS) > 0 || EXTRA_TOPIC.test(it)) ? `${items.slice(0, -1).join(', ')}${items.length > 1 ? ' or ' : ''}${items.at(-1)}` : undefined;
}

/** The items of a list question: "headaches, chest pain, shortness of breath" → three items. */
const MAX_LIST_WORDS = 28;
const MAX_ITEM_WORDS = 6;
/** Three or more short items separated by commas: a list, however long, not a clause. */
function isItemList(topic: string): boolean {
  const items = splitTopicItems(topic);
  return topic.includes(',') && items.length >= 3 && topic.split(/\s+/).length <= MAX_LIST_WORDS && items.every((it) => it.split(/\s+/).length <= MAX_ITEM_WORDS);
}

export function splitTopicItems(topic: string): string[] {
  return topic.toLowerCase().split(/,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+/).map((t) => t.replace(/^(?:any|a|an|some)\s+/, '').trim()).filter((t) => t !== '');
}
