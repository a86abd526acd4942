/**
 * Answers to a yes/no symptom question, in the clinician's words: "Any nausea?" + "No." → "The patient denies
 * nausea."; a list answered in part denies only what it names; "No, just my elbows" is quoted with what was asked.
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { extractTopic, splitTopicItems } from './question-topic.js';
import { FREQUENCY, NEGATIVE, POSITIVE, cleanAnswer, lowerFirst, statement, words, type AnswerBlock, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';

/** What a safety question asks about: thoughts of suicide or harm, to oneself or others. */
export const RISK_TOPIC = caseless(/\b(?:suicid\w*|harm\w*|hurt\w* (?:yourself|himself|herself|themselves|anyone|someone|others)|kill\w*|ending (?:your|his|her|their) life|self-harm|homicid\w*)\b/);

const items = splitTopicItems;
const UNGRAMMATICAL_REWRITE = caseless(/\b(?:could|would|should|can|will|did|does|to)\s+\w+ed\b/);

/** The words that name an item: "periods of racing thoughts" → periods|thoughts, "blood in the urine" → blood|urine. */
/** "not since last month", "not for a few weeks now", "not anymore": a denial of now that tells of before. */
const LAPSED = /^(?:not|none)\s+(?:(since|for|in) ((?:the |a |about |over )?(?:last|past|few|couple|\d+|one|two|three|four|five|six|a|several|many)\b[\w ]{0,30}?)|any ?more|anymore|(these days|lately|recently))[.!]*$/i;
const PAST_ONLY = /\b(?:stopped|quit|gave (?:it |them )?up|no longer|not any ?more|used to)\b/i;
const PRESENT_Q = /\b(?:do|are|does|is) (?:you|he|she|they)\b/i;

/** "tenderness in your calf" → "tenderness": the word the item is about, before the site it names. */
function mainWord(item: string): string {
  const words = (item.split(/\s+(?:in|of|with|on|at|from|to|for|around|down|when|while)\s+/i)[0] ?? item).toLowerCase().replace(/[^a-z\s]/g, '').split(/\s+/).filter((w) => w.length > 2);
  return words.at(-1) ?? headWord(item);
}

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


/** The items an answer denies by name ("no blood", "not any nausea"), wherever in the answer it does. */
function deniedByName(topicItems: string[], answer: string): string[] {
  return topicItems.filter((it) => new RegExp(`\\b(?:no|not|never|without|nor)\\b[^.?!,]{0,30}?\\b(?:${headWord(it)})`, 'i').test(answer));
}

/**
 * "Any pain or tenderness in your calf?" — "No calf pain.": the answer's own words for what it denies, when they say
 * more than the item asked ("calf pain", not "pain", which the patient with a painful knee did not deny).
 */
function ownDenial(item: string, answer: string): string | undefined {
  const m = new RegExp(`^no\\s+((?:[a-z-]+\\s+){1,3}(?:${headWord(item)})\\w*)\\b`, 'i').exec(answer.trim());
  return m && !/\b(?:i|my|me|you|your)\b/i.test(m[1]!) ? m[1]!.toLowerCase() : undefined;
}

/**
 * "Any chance you could be pregnant?": a chance asked about is the possibility of what it names ("The patient denies
 * the possibility of pregnancy"), not a clause rewritten in the third person.
 */
function nameChanceTopic(topic: string | undefined): string | undefined {
  const m = topic === undefined ? null : /^(?:a |the )?(?:chance|possibility) (?:that )?you (?:could|might|may|would) (?:be|have|have got) (.+)$/i.exec(topic);
  if (!m) return topic;
  const what = m[1]!.trim();
  // ("pregnant, or breastfeeding" names a state, "pregnancy" its noun, whatever else the question lists with it.)
  return `the possibility of ${what.replace(/\bpregnant\b/gi, 'pregnancy')}`;
}

const OWN_DENIAL = /^no ([a-z][a-z'-]{2,30}(?: [a-z][a-z'-]{2,30})?)$/i;
/** "No problems", "no issues", "no changes": a general no, which denies what was asked in the question's words. */
const GENERIC_DENIAL = caseless(/\b(?:problems?|issues?|trouble|changes?|complaints?|concerns?|worries|difficult\w*|symptoms?|nothing|none|way|thanks?|idea|really|more|worse|better|different|same)\b/);
function sharesWord(a: string, b: string): boolean {
  const stems = (t: string) => (t.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => w.slice(0, 4));
  const other = new Set(stems(b));
  return stems(a).some((w) => other.has(w));
}

/** A clause with its own subject: "it's…", "I had…", "my neck is…", "there's…". */
const NEW_CLAUSE = caseless(/^(?:i|i'm|i've|i'd|it|it's|its|my|he|she|he's|she's|they|they're|there's|there is|that's)\b/);

export function readTopicAnswer(pair: Pair, gender: Gender, who: string | undefined, addressee: string | undefined): AnswerLine[] {
  // A lone answer ("No falls.") is read with its question even on a topic the lexicon lacks; a turn that goes on
  // ("No warning at all. I just woke up on the floor.") is kept in its own words.
  const topic = nameChanceTopic(extractTopic(pair.question, pair.answers.length === 1 ? pair.answers[0] : undefined));
  if (!topic) return [];
  const third = rewriteClinicianSpeech(topic, gender, addressee);
  if (third === undefined || /\byou\b/i.test(third)) return [];
  const block: AnswerBlock = RISK_TOPIC.test(topic) ? 'risk' : 'review';
  // "Uh, no. I'm just a bit nauseous but no vomiting.": a bare no or yes read with the sentence that qualifies it.
  const bare = cleanAnswer(pair.answers[0] ?? '');
  const qualifier = pair.answers[1] !== undefined && words(bare) <= 2 && /\b(?:just|but|only|except|a bit|a little|some)\b/i.test(pair.answers[1]) ? cleanAnswer(pair.answers[1]) : undefined;
  const first = qualifier ? `${bare}, ${qualifier}` : bare;
  const rest = first.replace(NEGATIVE, '').replace(/^[\s,]+/, '');
  const subject = who ? undefined : 'The patient';
  const deny = (what: string) => (subject ? `${subject} denies ${what}.` : `No ${what} per ${who}.`);
  const report = (what: string) => (subject ? `${subject} reports ${what}.` : `${what.charAt(0).toUpperCase()}${what.slice(1)} per ${who}.`);
  // "Do you smoke?" — "I did, I stopped two years ago.": a yes about the past answers a question about now with a no.
  if (POSITIVE.test(first) && PAST_ONLY.test(first) && PRESENT_Q.test(pair.q.text)) return [];
  if (NEGATIVE.test(first)) {
    // "No, not since last month", "No, not for a few weeks", "No, not anymore": none now, but some before — the time stays.
    const lapsed = LAPSED.exec(rest);
    if (lapsed && words(first) <= 10) {
      const text = lapsed[1] ? deny(`${third} ${lapsed[1].toLowerCase()} ${lapsed[2]!.replace(/\s+now$/i, '')}`)
        : lapsed[3] ? deny(`${third} ${lapsed[3].toLowerCase()}`)
          : subject ? `${subject} no longer has ${third}.` : `No ${third} any more per ${who}.`;
      return [statement(block, text, pair, [pair.answers[0]!])];
    }
    // "No, just my elbows": not a denial of the whole question; quoted with what was asked.
    // The no denies what was asked; what follows names the exception, in the patient's words moved to third person.
    if (/^(?:just|only|but|except|apart from|other than|mostly|mainly)\b/i.test(rest)) {
      // "No, but I haven't really got a cough or anything": an exception that is itself a denial adds nothing.
      if (/^but\b/i.test(rest) && /\b(?:not|no|never|haven't|hasn't|don't|doesn't|didn't|isn't|wasn't|nothing)\b|n't\b/i.test(rest)) return [statement(block, deny(third), pair, pair.answers.slice(0, qualifier ? 2 : 1))];
      const exception = /\b(?:i|my|me|i'm|i've)\b/i.test(rest) ? (who ? undefined : rewritePatientSpeech(rest, gender)) : rest;
      const text = exception && !/^the patient\b/i.test(exception) ? `${deny(third).replace(/\.$/, '')}; ${lowerFirst(exception)}.` : `Asked about ${third}: "${cleanAnswer(pair.answers[0]!)}."`;
      return [statement(block, text, pair, pair.answers.slice(0, qualifier ? 2 : 1))];
    }
    // "Not really. Yeah. Maybe a bit of nausea.": the same turn takes the no back, so it denies nothing.
    const sameTurn = pair.answers.slice(qualifier ? 2 : 1).join(' ');
    if (words(first) > (qualifier ? 16 : 10) || mentionsAgain(items(topic), pair.after) || mentionsAgain(items(topic), sameTurn)) return [];
    // "No, it's hard to focus though": a bare no, then a clause of its own with a new subject, answers the question;
    // the clause is another matter, read in its own words elsewhere (so this answer covers none of it).
    if (!qualifier && /^no\s*,/i.test(first) && !mentionsAgain(items(topic), rest) && NEW_CLAUSE.test(rest) && /\b(?:but|although|though)\b/i.test(rest)) return [statement(block, deny(third), pair, [])];
    // "No fever, just a dry cough": a qualified answer denies only what follows its "no".
    if (/\b(?:but|just|only|except|some|a little|although|though|mostly)\b/i.test(rest)) {
      const denied = items(topic).filter((it) => first.split(/,\s*|\s+but\s+|\s+just\s+/i)
        .some((piece) => /^(?:no|not|never|without)\b/i.test(piece.trim()) && piece.toLowerCase().includes(it.split(/\s+/)[0]!.toLowerCase())));
      return denied.map((it) => statement(block, deny(rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, []));
    }
    // "Any vomiting or diarrhea?" — "No vomiting.": only what the answer names is denied.
    const listed = items(topic);
    // (named as denied: "No cough, she had a fever of 38" names the fever but does not deny it)
    const named = deniedByName(listed, first).filter((it) => rest !== '' && new RegExp(`\\b(?:${headWord(it)})\\b`, 'i').test(rest) || new RegExp(`^no\\s+(?:${headWord(it)})\\b`, 'i').test(first))
      // "No calf pain" names the calf but denies only the pain: an item is named by its own head, not its site.
      .filter((it) => new RegExp(`\\b${mainWord(it)}`, 'i').test(first));
    if (listed.length > 1 && named.length > 0 && named.length < listed.length) {
      const denied = named.map((it) => statement(block, deny(ownDenial(it, first) ?? rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, [pair.answers[0]!]));
      // "Any rash or vomiting?" — "No rash, he vomited once yesterday.": what the rest of the answer tells is kept too.
      const told = first.split(/,\s*|;\s*/).slice(1).map((p) => p.trim().replace(/[.!]+$/, '')).filter((p) => p !== '' && words(p) >= 3 && /^(?:but |and )?(?:i|he|she|they|we)\b/i.test(p) && countMatches(p, CLINICAL_TERMS) > 0);
      const kept = told.map((p) => (who ? `${p.charAt(0).toUpperCase()}${p.slice(1)} per ${who}.` : `${rewritePatientSpeech(p, gender) ?? p}.`).replace(/\.\.$/, '.'));
      return [...denied, ...kept.map((text) => statement(block, `${text.charAt(0).toUpperCase()}${text.slice(1)}`, pair, []))];
    }
    // "Any hypos? Any times you felt shaky?" — "No hypos.": the answer names what it denies, and none of the last
    // question's words; what it names is denied, and the question's one item as well ("No chest pain." to "Any shortness
    // of breath, or coughing up blood?" denies the chest pain only: a list it did not name is not denied).
    const own = OWN_DENIAL.exec(first.replace(/[.!]+$/, ''))?.[1];
    const ownDenied = own && !GENERIC_DENIAL.test(own) && !sharesWord(own, topic) ? [statement(block, deny(own.toLowerCase()), pair, [pair.answers[0]!])] : [];
    if (ownDenied.length > 0 && listed.length > 1) return ownDenied;
    return [...ownDenied, statement(block, deny(third), pair, [pair.answers[0]!])];
  }
  const listed0 = splitTopicItems(topic);
  // "How about blood in stools?" — "Yes, I am passing everything well. No blood in stools.": the yes was to something
  // else; when the answer denies by name all that was asked, it is denied, and nothing is reported.
  const denied = deniedByName(listed0, [first, ...pair.answers.slice(1)].join(' '));
  if (POSITIVE.test(first) && denied.length === listed0.length) return denied.map((it) => statement(block, deny(rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, []));
  // "Any nausea or vomiting?" — "Yes, I've been throwing up.": a yes with detail confirms what the detail says, not the list.
  if (POSITIVE.test(first) && listed0.length > 1 && words(first) > 2) {
    const detail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '');
    // "A little cough, no shortness of breath": each piece reports or denies the item it names.
    const read: AnswerLine[] = [];
    for (const piece of first.split(/,\s*|\s+but\s+|\s+and\s+/i)) {
      const item = listed0.find((it) => new RegExp(`\\b(?:${headWord(it)})`, 'i').test(piece));
      if (!item) continue;
      const itemThird = rewriteClinicianSpeech(item, gender, addressee) ?? item;
      read.push(statement(block, /^(?:no|not|never|without)\b/i.test(piece.trim()) ? deny(itemThird) : report(itemThird), pair, []));
    }
    if (read.length > 0) return read;
    const own = /\b(?:i|my|me|i'm|i've)\b/i.test(detail) && !who ? rewritePatientSpeech(detail, gender) : undefined;
    return own && !UNGRAMMATICAL_REWRITE.test(own) ? [statement('history', `${own.charAt(0).toUpperCase()}${own.slice(1)}.`, pair, [pair.answers[0]!])] : [];
  }
  // "Did you have any heart issues in the past?" — "Yes, I had a heart attack.": the answer's own statement is the news.
  const ownDetail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '');
  if (POSITIVE.test(first) && words(first) <= 16 && !who && /^(?:i|i've|i'm)\b/i.test(ownDetail) && words(ownDetail) >= 3) {
    const said = rewritePatientSpeech(ownDetail, gender);
    if (said && !UNGRAMMATICAL_REWRITE.test(said) && !/\b(?:i|my|me|you)\b/i.test(said)) {
      return [statement(block, `${report(third).replace(/\.$/, '')}; ${lowerFirst(said)}.`, pair, [pair.answers[0]!])];
    }
  }
  if (POSITIVE.test(first) && words(first) <= 6) {
    // "Any pain when you pee?" — "Yeah, it stings. Burning.": the yes, with what the answer adds in its own words.
    const detail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '');
    const more = cleanAnswer(pair.answers[1] ?? '');
    const extra = more !== '' && words(more) <= 2 && !/\b(?:i|my|me|you|yes|no|okay|thanks)\b/i.test(more) ? more.toLowerCase() : '';
    const added = [detail, extra].filter((d) => d !== '' && !/\b(?:i|my|me|i'm|i've)\b/i.test(d)).join(', ');
    if (added !== '' && !who) return [statement(block, `${report(third).replace(/\.$/, '')}: ${lowerFirst(added)}.`, pair, extra ? [pair.answers[0]!, pair.answers[1]!] : [pair.answers[0]!])];
    return [statement(block, report(third), pair, [pair.answers[0]!])];
  }
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
  // "Any headaches this fortnight?" — "Just one, on Tuesday.": how many, under the topic's name.
  // "Any ear infections?" — "Loads as a baby, none this year.": likewise.
  // "Any weight gain?" — "Maybe half a stone since Christmas.": how much, likewise.
  if (/^(?:(?:just|only|maybe|about|probably|around|roughly|nearly|almost|perhaps|at least|over)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|a half|a stone|a kilo|a pound|a couple|a few|several|loads|lots|plenty|a lot|\d+)\b/i.test(first) && words(first) <= 10 && !/\b(?:i|my|me|you)\b/i.test(first)) {
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
