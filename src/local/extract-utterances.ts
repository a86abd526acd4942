/**
 * Turns speaker turns into cleaned sentences: ASR tokenisation undone, fillers and stutters gone, voice-assistant
 * prompts ("hey dragon, show me the x-ray", "tell dax about you") removed, questions marked.
 */
import { splitCheckedFindings } from './checked-findings.js';
import type { Turn, Utterance } from './types.js';
import { normalizeAsrText, trimDiscourseMarkers } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { caseless } from '../text/caseless-pattern.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { findDrugs } from './clinical-vocabulary.js';
import { breakAtPauses } from './narrated-pauses.js';
import { dropConsentTag } from './consent-tags.js';
import { dropFindingTag } from './finding-tags.js';
import { splitReadingAndImpression } from './reading-and-impression.js';
import { splitFindingAndAction } from './finding-and-action.js';
import { splitJudgementAndDecision } from './clinical-judgements.js';
import { splitRuledOutAndFindings } from './appraisal-shapes.js';

const ASSISTANT_PREFIX = caseless(/^(?:hey,?\s+)?(?:dragon|dax)\b[,.]?\s*/);
const ASSISTANT_COMMAND = caseless(/^(show me|order|finalize|please|pull up|open|go to|add|insert|end of (the )?recording|use my|let's (use|finalize)|start|stop|new)\b/);
const MENTIONS_ASSISTANT = caseless(/\b(dax|dragon)\b/);
const QUESTION_OPENER = caseless(/^((?:do|did|does)(?! (?:this|that|these|those|it|the|them|your|his|her|some|a|an)\b)|have|has|are|is|was|were|can|could|would|will|how|what|when|where|which|why|who|any|anything|any other)\b/);

/** True for wording that only steers the recording assistant and carries no clinical content. */
export function isAssistantPrompt(sentence: string): boolean {
  if (/\bend of (the )?recording\b/i.test(sentence)) return true;
  if (!MENTIONS_ASSISTANT.test(sentence)) return false;
  const rest = sentence.replace(ASSISTANT_PREFIX, '');
  return rest === sentence || ASSISTANT_COMMAND.test(rest) || rest.split(/\s+/).length < 3;
}

/** Punctuation decides when present; unpunctuated ASR text falls back to the opening words. */
export function isQuestion(sentence: string): boolean {
  if (/\?\s*$/.test(sentence)) return true;
  // "With your shoulder have you experienced any numbness in your arm.": ASR often ends a question with a full stop.
  if (/^(?:[\w',]+\s+){0,4}(?:have|do|did|are|were|can|could) you (?:ever |also |still )?(?:experienced|had|have|noticed|been having|felt|got|gotten|seen|taken|tried)\b/i.test(sentence)
    && !/\b(?:if|when|whether|that|what|because)\s+(?:[\w',]+\s+){0,2}(?:have|do|did|are|were|can|could) you\b/i.test(sentence)) return true;
  // "okay and out of ten how bad is it": lower-case ASR asks for a score without a question mark.
  if (/^(?:(?:okay|ok|so|and|right|now),?\s+)*(?:out of (?:ten|10)|on a scale of (?:one|1|zero|0) to (?:ten|10)),?\s+(?:how (?:bad|much|severe|strong|painful)|what (?:would|number|score))\b/i.test(sentence)) return true;
  // "does the ibuprofen help with that pain": asking whether a treatment works.
  if (/^(?:does|do|did) (?:the|your|this|that|these|those) (?:[a-z'-]+ ){1,3}(?:help|work|hurt|bother|make|keep|seem|cause|stop|ease|relieve)\b/i.test(sentence)) return true;
  // "if I bend the knee back does that hurt": the examiner asking about their own manoeuvre.
  if (/^(?:if (?:i|we) [a-z' ]{1,40}?\s)?(?:does|do|did) (?:it|that|this) (?:hurt|feel|bother)\b/i.test(sentence)) return true;
  if (/[.!]\s*$/.test(sentence)) return false;
  if (/\b(symptoms|problems|issues) any\b/i.test(sentence)) return true;
  // "pain today out of ten": a scale named without a verb asks for a number.
  if (/^(?:(?:and|so|okay)\s+)?(?:(?:your|the|that) )?(?:\w+ )?pain(?: (?:today|now|right now|at worst|at its worst))? (?:out of (?:ten|10)|on a scale of|from (?:zero|0|one|1) to (?:ten|10))/i.test(sentence)) return true;
  // "that's good any side effects from the higher dose": ASR runs the question on after a comment.
  if (/^(?:that's |that is )?(?:good|great|okay|ok|alright|all right|perfect|fine)\s+any\b/i.test(sentence)) return true;
  // "when you talk i can see the muscles in your neck standing out": a when-clause before what the clinician sees.
  if (/^(?:when|while|as) [^?]{1,40}\bi (?:can )?(?:see|feel|hear|notice)\b/i.test(sentence)) return false;
  // ("…telling me is you're having…": "is you're" is no inverted question.)
  if (/\b(have|do|did|are|were|does|is) you\b(?!')/i.test(sentence) && !/\b(if|when|whether|what|that) (you|do|did|have)\b/i.test(sentence)) return true;
  // "What helps is a single dose of a steroid": a what-clause that is itself the subject of "is" states, not asks.
  if (/^what (?:\w+ ){1,3}(?:is|are) (?:a|an|the|some|to|that|usually|just|really)\b/i.test(sentence) && !/^what (?:is|are|was|were|do|does|did|can|could|would|will|time|kind|sort|type|day|dose)\b/i.test(sentence)) return false;
  // "what you have is called irreversible pulpitis…": subject before verb, then "is", states what it is (a question
  // puts the verb first: "what do you have").
  if (/^what (?:you|he|she|they|it|this|that)(?:'ve| have| has|'s got|'ve got| got| need| feel| felt| see| saw| describe| described| told me about)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|sounds)\b/i.test(sentence)) return false;
  return QUESTION_OPENER.test(sentence) && !/^what (?:i|we)(?:'d| would| want| need| recommend| think| plan|'m going| am going|'re going| are going| will|'ll)\b/i.test(sentence);
}

/** A patient's own question, even when ASR ended it with a full stop ("So, do I have to call after…."). */
const ASKS = caseless(/^(?:so,? |and,? |but,? )?(?:do|does|did|can|could|should|will|would|is|are|am|shall) (?:i|it|this|that|we|my|he|she)\b/);

/**
 * "I thought that's why I was tired, but it's been, I don't know, two months now?": a long statement said with a rising
 * tone is still a statement; a patient's real question opens with a question word or an auxiliary. A short one is a
 * statement too when it is a guessed amount: "So, what... thirty years?", "Maybe, what, a hundred yards on the flat?"
 * (the "what" of reckoning is no question word).
 */
export function isUptalk(sentence: string): boolean {
  const said = sentence.replace(RECKONING_WHAT, ' ').trim();
  const words = said.split(/\s+/).length;
  // "I noticed it, what, two weeks ago?": an amount reckoned aloud in a statement of one's own.
  const reckoned = said !== sentence.trim() && /^(?:(?:so|and|well|um|uh|oh),?\s+)*(?:i|we|it|he|she|they|my|this|that)\b/i.test(said);
  // "It's, um, Ramipril?": a medicine named with a rising tone, unsure of the name, is the patient's answer.
  const namedDrug = words <= 7 && findDrugs(said).length > 0 && !/\b(?:or|you mean|not|instead)\b/i.test(said);
  return /\?\s*$/.test(said) && (words >= 8 || reckoned || namedDrug || (words >= 2 && GUESSED_AMOUNT.test(said) && !/\b(?:or|you mean)\b/i.test(said))) && !QUESTION_OPENER.test(said)
    && !/\b(?:have|do|did|are|were|can|could) you\b/i.test(said) && !ASKS.test(said)
    && !/\b(?:should i|can i|do i|is it|is that|will it|what|why|how|when)\b/i.test(said);
}
const RECKONING_WHAT = /(?:^|,|\s)\s*what\s*(?:,|\.{2,}|…)/gi;
const GUESSED_AMOUNT = /^(?:(?:so|maybe|about|around|probably|roughly|like|um|uh|oh|er|i think|i'd say),?\s+)*(?:about |around |like |maybe |nearly |almost |over |under |a |an )*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a couple|a few|half)\b/i;

/**
 * "She's here for left leg pain. Right leg pain, right leg pain?": a side said again at once with the other side is a
 * correction; the first sentence takes the corrected side and the repetition goes.
 */
function applySideCorrections(sentences: string[]): string[] {
  const out = [...sentences];
  for (let k = 0; k + 1 < out.length; k++) {
    const next = out[k + 1]!;
    const fix = /^(?:(?:no|sorry|i mean|oh),?\s+)*(left|right)\s+(\w+)/i.exec(next);
    if (!fix || next.split(/\s+/).length > 8) continue;
    const other = fix[1]!.toLowerCase() === 'left' ? 'right' : 'left';
    const wrong = caseless(`\\b${other}\\s+${fix[2]!.toLowerCase()}\\b`); // the word is the transcript's ("ABPI"): a caseless pattern is lower case
    if (!wrong.test(out[k]!) || new RegExp(`\\b${fix[1]}\\s+${fix[2]}\\b`, 'i').test(out[k]!)) continue;
    out[k] = out[k]!.replace(wrong, (m) => `${/^[A-Z]/.test(m) ? fix[1]!.charAt(0).toUpperCase() + fix[1]!.slice(1).toLowerCase() : fix[1]!.toLowerCase()} ${fix[2]}`);
    out.splice(k + 1, 1);
  }
  return out;
}

/**
 * "Turn your head to the right for me, you're only getting about halfway": a request and what it shows, said in one
 * breath, are two sentences with two purposes.
 */
function splitAfterRequest(sentence: string): string[] {
  const m = /^((?:(?:okay|now|so|and|then|first),?\s+)*(?:turn|lift|raise|lower|bend|push|pull|squeeze|look|follow|walk|stand|sit|lie|lay|take|breathe|cough|open|close|stick|touch|point|hold|show|make|reach|squat|step|hop|roll|relax|kick|press|move|try|put|cross|straighten|tilt|shrug|bring|spread|grip|flex|extend)\b[^,.?!]{0,60}?\bfor me),\s+(?=\S+(?:\s+\S+){3})/i.exec(sentence);
  if (m) return [m[1]!, sentence.slice(m[0].length)];
  // "Let me measure your bump, the fundal height is 29 centimetres", "let me look at your legs — no swelling in the
  // ankles": what the clinician does, then what it shows.
  const done = /^((?:(?:okay|now|so|and|then|first),?\s+)*(?:let me|i'm going to|i'll|i will) (?:just )?(?:look|check|measure|listen|feel|examine|press|test|time|take|have a look)\b[^,.?!—–]{0,60}?)(?:,|\s+[—–-])\s+(?=(?:the|your|there's|there is|it's|it is|i can|that's|no)\b\S*(?:\s+\S+){2})/i.exec(sentence);
  if (done) return [`${done[1]!}.`, sentence.slice(done[0].length)];
  return splitCheckedFindings(sentence);
}

/** Where an unpunctuated exam run turns to its next step or finding: "…listen to | your heart sounds normal". */
const EXAM_RUN_BOUNDARIES: RegExp[] = [
  /^(?:listen to|let me (?:listen|look|feel|check)|let's (?:listen|look|take a look|check)|i'm (?:just )?going to (?:listen|look|feel|push|press|check)|if you can take a deep breath|take a deep breath)\b/i,
  /^(?:(?:your|the|his|her) )?(?:heart|heart sounds|lungs?|abdomen|belly|throat|ears?|eyes?|skin|chest|(?:left|right) [a-z]+) (?:sounds?|looks?|is|are|feels?) (?!like (?:you|we|i)\b)/i,
  /^looks like (?:your|the|it|there)\b/i,
  // "…take some deep breaths for me | there's some wheeze on both sides | no crackles | your oxygen is ninety six percent"
  /^(?:take (?:some|a few) (?:deep|big) breaths|big breaths)\b/i,
  /^(?:oxygen|sats|temperature|temp) (?:is|are|was)\b/i,
  /^(?:if (?:i|we) [a-z' ]{1,40}?\s(?:does|do|did) (?:it|that|this) (?:hurt|feel)\b|(?:does|do|did) (?:it|that|this) (?:hurt|feel \w+) (?:when|if) (?:i|we) (?:push|press|touch|move|bend|squeeze|pull|twist|tap)\b)/i,
];
const NO_EXAM_CUT_AFTER = /^(?:if|that|when|as|and|or|the|a|an|to|of|which|because|your|my|his|her|this|i|we|you|it|let|let's|going|just|can|does|do|did|is|are|not|no|oxygen|fetal|blood|heart|core|skin|body|with)$/i;

/**
 * "let's take a look at that knee right knee looks like it has some swelling", "…the outside of the knee if i bend the
 * knee back does that hurt": ASR runs an exam's requests, findings and questions into one sentence; each is cut apart
 * so the finding is kept and the request or question is not written as one.
 */
function splitExamRun(sentence: string): string[] {
  if (/[,.;?!]\s/.test(sentence.replace(/[.?!]+$/, ''))) return [sentence];
  const words = sentence.split(/\s+/);
  if (words.length < 10) return [sentence];
  const pieces: string[] = [];
  let start = 0;
  for (let i = 3; i < words.length - 2; i++) {
    if (i - start < 3) continue;
    const prev = words[i - 1]!;
    const tail = words.slice(i, i + 12).join(' ');
    // "…take some deep breaths for me | there's some wheeze": a finding after the request it answers.
    const afterRequest = /^me$/i.test(prev) && /^for$/i.test(words[i - 2] ?? '') && /^there(?:'s| is| are)\b/i.test(tail);
    if (!afterRequest && !EXAM_RUN_BOUNDARIES.some((re) => re.test(tail))) continue;
    // "listen to | your heart sounds normal": the organ listened to is the finding's subject.
    const listenedTo = /^to$/i.test(prev) && /^listen$/i.test(words[i - 2] ?? '') && EXAM_RUN_BOUNDARIES[1]!.test(tail);
    if (NO_EXAM_CUT_AFTER.test(prev) && !listenedTo) continue;
    pieces.push(words.slice(start, i).join(' '));
    start = i;
  }
  pieces.push(words.slice(start).join(' '));
  return pieces;
}

/** Greeting words after which a name stands: "good morning carolyn", "thanks for coming in, Leanne". */
const GREETING_NAME = /^(?:(?:so|okay|well)[,\s]+)?(?:good (?:morning|afternoon|evening)|hi|hello|hey|morning|afternoon|welcome back|welcome|thanks for coming in|thank you for coming in|nice to (?:see|meet) you|good to see you)[,\s]+(?!(?:how|there|everyone|everybody|again|back|in|today|doctor|dr|sir|ma'am|madam|to|and|so|it's|i'm|i|my|we|you|your|the|this|come|please|nice|good|great|all|folks|guys|mr|mrs|ms|miss|is|it|that|what|can|let's|just|okay|ok|yes|yeah|sorry|thanks|thank|love|dear|again|team|pain|there's|here|now|then)\b)([A-Za-z][a-z'-]{2,})(?=\s*[,.!?]|\s*$|\s+(?:how|it's|nice|good|come|thanks|thank|i'm|welcome|have|take|what|so|and|please|lovely|great|is|are|can|could|do|did|i|we|you)\b)/i;

/** The first names the clinician greets the patient by, so a trailing or leading vocative can be left out. */
function findGreetedNames(turns: Turn[]): string[] {
  const names = new Set<string>();
  for (const t of turns.slice(0, 6)) {
    if (t.role !== 'clinician') continue;
    const m = GREETING_NAME.exec(normalizeAsrText(t.text));
    if (m && countMatches(m[1]!, CLINICAL_TERMS) === 0) names.add(m[1]!.toLowerCase());
  }
  return [...names];
}

function dropVocatives(text: string, names: string[]): string {
  let out = text;
  for (const name of names) {
    out = out.replace(new RegExp(`(?:,\\s*|\\s+)${name}\\s*([.?!]*)$`, 'i'), '$1').replace(new RegExp(`^${name},?\\s+(?=\\S)`, 'i'), '');
  }
  return out;
}

/**
 * "Mum, this is bronchiolitis", "Dad, his chest is clear": a companion addressed by role before a statement — the note
 * keeps the statement (an instruction to them, "Dad, keep the cast dry", keeps the address: it says who is to do it).
 */
const COMPANION_ADDRESS = /^((?:(?:so|okay|now|right),?\s+)?)(?:mum|mom|mummy|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa),\s+(?=(?:this|that|it|it's|that's|he|she|he's|she's|his|her|there|there's|the)\b)/i;

/**
 * "Please tell him: his blood pressure is not controlled", "can you explain to her that the scan was normal": what the
 * clinician hands to an interpreter or a relative to pass on is the clinician's own statement; the relay is left out.
 */
const RELAY = /^(?:(?:and|so|okay|now),?\s+)?(?:[a-z]+,\s+)?(?:please |can you |could you )?(?:tell|explain to|let) (?:him|her|them|mum|mom|dad|the patient|the family)(?: know)?(?:\s*:\s*|,\s+|\s+that\s+)(?=\S+(?:\s+\S+){3})/i;

/** "Watch this, he's picking up the raisin…": a call to look at what the examiner is about to describe. */
const LOOK_CALL = /^(?:(?:oh|and|now|ooh),?\s+)?(?:watch this|look at this|look at that|see this|see that|look)[,!.]?\s+(?=(?:he's|she's|he is|she is|they're|there's|it's|you can see)\b)/i;

function dropLookCall(text: string): string {
  const m = LOOK_CALL.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function dropRelay(text: string): string {
  const m = RELAY.exec(text);
  if (!m || /\?\s*$/.test(text)) return text;
  const rest = text.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function dropCompanionAddress(text: string): string {
  const m = COMPANION_ADDRESS.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return m[1] ? `${m[1]}${rest}` : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * "Nurse, can you note, tooth 36 has a crack line", "for the notes, the scar is well healed", "can you chart that the
 * pulses are present", "just for my note, you look well": the clinician dictating a finding to an assistant or the
 * record; what is noted is the sentence.
 */
const NOTE_ASIDE = /^(?:(?:okay|so|and|right),?\s+)?(?:(?:nurse|sister|[A-Z][a-z]+),\s+)?(?:(?:can|could|would) you (?:please )?|please )?(?:note|chart|record|write down|put down|document|mark(?: down)?)(?: (?:down|that|for me|in the (?:notes|chart|record)|on the chart))*[,:]\s+|^(?:(?:okay|so|and|good|right),?\s+)*(?:just |and )?for (?:the|my|our|your) (?:notes?|records?|chart|documentation)[,:]\s+/i;

function dropNoteAside(text: string): string {
  const m = NOTE_ASIDE.exec(text);
  return m && text.length - m[0].length >= 20 ? text.slice(m[0].length) : text;
}

export function extractUtterances(turns: Turn[]): Utterance[] {
  const out: Utterance[] = [];
  const greeted = findGreetedNames(turns);
  turns.forEach((turn, index) => {
    for (const raw of applySideCorrections(splitSentences(normalizeAsrText(turn.role === 'clinician' ? breakAtPauses(turn.text) : turn.text)).flatMap(splitAfterRequest).flatMap((t) => (turn.role === 'clinician' ? splitExamRun(t).flatMap(splitReadingAndImpression).flatMap(splitFindingAndAction).flatMap(splitJudgementAndDecision).flatMap(splitRuledOutAndFindings) : [t])))) {
      if (isAssistantPrompt(raw)) continue;
      // The finding's tag goes before the discourse trim, which would take a bare ", yeah" and leave its question mark.
      const unprompted = turn.role === 'clinician' ? dropFindingTag(raw.replace(ASSISTANT_PREFIX, '')) : raw.replace(ASSISTANT_PREFIX, '');
      const said = turn.role === 'clinician' && greeted.length > 0 ? trimDiscourseMarkers(dropVocatives(trimDiscourseMarkers(unprompted), greeted)) : trimDiscourseMarkers(unprompted);
      const text = turn.role === 'clinician' ? dropConsentTag(dropLookCall(dropRelay(dropCompanionAddress(dropNoteAside(said))))) : said;
      if (!/[a-z0-9]/i.test(text)) continue;
      const question = (isQuestion(text) && !(turn.role !== 'clinician' && isUptalk(text))) || (turn.role !== 'clinician' && ASKS.test(text));
      out.push({ role: turn.role, line: turn.line, turn: index, text, raw, question, ...(turn.label ? { label: turn.label } : {}) });
    }
  });
  return out;
}
