/**
 * A visit pasted as prose with no speaker labels: "How has your breathing been? Not too bad, but I've been using the
 * blue inhaler most days. Are you waking at night? Two or three nights a week." Read as dictation, its questions became
 * statements and its answers the clinician's words. When the text asks the listener several questions and answers
 * them in the first person, it is cut into turns: a question ends the clinician's turn, and the sentences after it
 * are the patient's answer until one speaks to the listener again.
 */
import type { Turn } from './types.js';
import { splitSentences } from './split-sentences.js';
import { isUptalk } from './extract-utterances.js';
import { caseless } from '../text/caseless-pattern.js';
import { readAlternatingLines } from './alternating-lines.js';
import { readsOutVital } from './read-out-vitals.js';

const ASKS_LISTENER = caseless(/\b(?:you|your|you're|you've)\b/);
const FIRST_PERSON = caseless(/\b(?:i|my|me|i'm|i've|i'd)\b/);
const THIRD_PERSON = caseless(/\b(?:he|she|he's|she's|his|her)\b/);
/** How the clinician takes the floor back after an answer. */
const CLINICIAN_OPENING = caseless(/^(?:(?:okay|ok|right|alright|all right|good|great|so|now|well),?\s+)*(?:let me|let's|i'd like|i would like|i'll|i will|i'm going to|i've (?:written|sent|booked|asked|printed|given)|we'll|we will|please|come back|if you|your|you're|you are|you've|you have|that's (?:it|good|great|fine)|this is|it's (?:your|time))\b/);
const MIN_QUESTIONS = 3;
const WH_QUESTION = caseless(/^(?:(?:and|so|okay|ok|right|now),?\s+)?(?:what|when|where|how|why|which|who)\b/);

/**
 * "Is he eating and drinking?", "Has she had ear infections before?": a question about the child or the one cared for,
 * put to the parent or owner (a patient's own questions are about "it" or "I").
 */
const ASKS_ABOUT_CHILD = caseless(/^(?:(?:and|so|okay|ok|right|now),?\s+)?(?:is|has|does|did|was|are|have|can|could|will|would) (?:he|she|they|that|the baby|baby|your (?:son|daughter|child|baby|dog|cat))\b/);

/**
 * "Is it set off by anything?", "Does it come and go?", "Anything else we should know about?": a closed question about
 * the complaint or the history, naming no "you". Said on a line that is all the clinician's, it is put to the patient.
 */
const ASKS_CLOSED = caseless(/^(?:(?:and|so|okay|ok|right|now|but),?\s+)?(?:(?:is|has|does|did|was|can|could|will|would) (?:it|there|that|this|the pain|anything|anyone)\b|(?:anything|anyone|anybody) (?:else|we|i|at all)\b)/);

/** "Are you waking at night?", "Any courses of steroids in the last year?": a question put to the listener. */
function asksListener(s: string): boolean {
  return ASKS_LISTENER.test(s) || /^(?:(?:and|so|okay),?\s+)?any\b/i.test(s);
}

/** "No C-spine tenderness.", "No guarding or rigidity": a negative finding in the exam's own words, after no question. */
const EXAM_NEGATIVE = /^no\b[^.?!]{0,40}\b(?:tenderness|bruising|deformity|crepitus|guarding|rigidity|erythema|o?edema|effusion|lymphadenopathy|murmurs?|crackles|wheezes?|step|nystagmus|clonus)\b/i;
const OPENS_ON_ANSWER = /^(?:yeah|yes|yep|yup|no(?! (?:problem|worries|judg(?:e)?ment|rush|need|pressure)\b)|nope|nah)\b[,.!]?\s+(?=\S)/i;

const ACKNOWLEDGEMENT = /^(?:(?:yes|yeah|yep|no|okay|ok|right|alright|all right|sure|fine|thanks|thank you|i see|great|mm+|uh-huh)\b[\s,.!]*){1,3}(?:maybe|please|doctor)?[.!]?$/i;

/** "Right.", "Okay, thank you.", "Yes, maybe.": a reply that only takes in what was said. */
function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGEMENT.test(text.trim());
}

function isQuestionSentence(s: string): boolean {
  return /\?\s*["')]?$/.test(s.trim());
}

/** True when unlabelled text is a dialogue: several questions to "you", each answered in the first person. */
export function isUnlabelledDialogue(turns: Turn[]): boolean {
  if (turns.some((t) => t.label !== undefined)) return false;
  // Each sentence, and whether it ends a line of text pasted a turn a line.
  const read = turns.flatMap((t) => splitSentences(t.text).map((s, k, all) => ({ s, endsLine: turns.length > 1 && k === all.length - 1 })));
  const sentences = read.map((r) => r.s);
  let asked = 0;
  let answered = 0;
  sentences.forEach((s, k) => {
    const aboutChild = read[k]!.endsLine && (WH_QUESTION.test(s) || ASKS_ABOUT_CHILD.test(s));
    if (!isQuestionSentence(s) || !(asksListener(s) || aboutChild)) return;
    asked += 1;
    const next = sentences[k + 1];
    // A parent answers of the child: "He's had a temperature since Tuesday".
    const speaksOf = FIRST_PERSON.test(next ?? '') || (aboutChild && THIRD_PERSON.test(next ?? ''));
    // In a visit pasted a turn a line (subtitle cues, segments), the line after a line that ends on a question answers it.
    const nextLine = read[k]!.endsLine && read[k + 1] !== undefined;
    if (next !== undefined && !isQuestionSentence(next) && (speaksOf || nextLine || next.split(/\s+/).length <= 6) && !CLINICIAN_OPENING.test(next)) answered += 1;
  });
  return (asked >= MIN_QUESTIONS && answered >= MIN_QUESTIONS - 1) || (asked >= 2 && answered >= 2 && turns.length > 1);
}

/** How a full question opens: an auxiliary, a wh-word or a subject ("Is it…", "What…", "It's not…?"). */
const FULL_QUESTION = caseless(/^(?:(?:and|so|okay|ok|right|now|but|well|oh),?\s+)*(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must|what|what's|when|where|how|why|which|who|whose|i|it|it's|that|that's|this|there|they|he|she|we|you)\b/);

/**
 * "Stairs?", "Taking anything for the pain?", "Pain at night?": a clipped question, with no verb or subject to open it,
 * is the clinician going down their list, and the next line answers it. A patient's own questions are whole ("Is it
 * serious?"), and when clipped they echo what was just said ("Twice a day?" after "twice a day"), so an echo is not one.
 */
function isClippedQuestion(s: string, before: string): boolean {
  // ("Does it hurt? The root canal?": a question made clear by the thing it means, said by whoever asked it.)
  if (!isQuestionSentence(s) || isQuestionSentence(before) || FULL_QUESTION.test(s) || /^(?:the|those|these)\b/i.test(s) || FIRST_PERSON.test(s) || s.split(/\s+/).length > 8) return false;
  const said = before.toLowerCase();
  return !(s.toLowerCase().match(/[a-z']{4,}/g) ?? []).some((w) => said.includes(w));
}

/**
 * "So what is it?", "Right. Is it serious?" on a line of its own after the clinician's: in a visit pasted a turn a line,
 * a line that only asks, and asks nothing of "you", is the patient's question, and the next line the clinician's answer.
 */
function isPatientsOwnQuestion(sentences: string[], last: Turn | undefined, line: number, lines: number): boolean {
  if (lines <= 1 || last?.role !== 'clinician' || last.line === line) return false;
  const asked = sentences.filter((s) => !isAcknowledgement(s));
  return asked.length > 0 && asked.length <= 2 && asked.every((s, k) => isQuestionSentence(s) && !asksListener(s) && !PROBES_SITE.test(s) && s.split(/\s+/).length <= 10 && !isClippedQuestion(s, k > 0 ? asked[k - 1]! : last.text));
}

/**
 * "Tender over the left hip, here?", "Sore just there?", "Does this hurt when I press?": the examiner's question while
 * pressing on a place, never the patient's own (whose "Does it hurt?" names no place pressed).
 */
const PROBES_SITE = caseless(/^(?:(?:and|so|okay|ok|now|what about),?\s+)*(?:(?:is it |is that |is this |any )?(?:tender|sore|painful|tenderness|pain|hurting|numb|tingly)\b[^?]{0,40}\b(?:here|there|over|when i (?:press|push|touch))\b|(?:does|do) (?:this|that|it) (?:hurt|feel (?:sore|tender|numb|different)) (?:here|there|when i (?:press|push|touch))\b)/);

/** The text cut into clinician and patient turns, each on the line it came from. */
export function unfoldUnlabelledDialogue(turns: Turn[]): Turn[] {
  // Pasted a turn a line, and the lines that show their speaker take turns: the speakers alternate line by line.
  const alternating = readAlternatingLines(turns);
  if (alternating) return alternating;
  const out: Turn[] = [];
  const push = (role: Turn['role'], text: string, line: number) => {
    const last = out.at(-1);
    if (last && last.role === role && last.line === line) last.text = `${last.text} ${text}`;
    else out.push({ role, text, line });
  };
  // A question at the end of one line is answered on the next: text pasted a turn a line keeps who is answering.
  let answering = false;
  // The line the answer is on: in a visit pasted a turn a line, the next line is the clinician's again.
  let answerLine: number | undefined;
  for (const [t, turn] of turns.entries()) {
    const before = turns[t - 1]?.text ?? '';
    if (answering && answerLine !== undefined && turn.line !== answerLine) answering = false;
    answerLine = undefined;
    // On its own line after the clinician's, "Right." or "Okay, thanks." is the patient taking it in.
    if (!answering && out.at(-1)?.role === 'clinician' && out.at(-1)?.line !== turn.line && isAcknowledgement(turn.text)) {
      push('patient', turn.text, turn.line);
      continue;
    }
    const sentences = splitSentences(turn.text);
    // "Yeah, it's like a seal. It started last night.", "Yeah, wet nappies, changed one just before we came.": on a line
    // of its own after the clinician's, a line that opens on yes or no answers what was just said or asked.
    if (!answering && turns.length > 1 && out.at(-1)?.role === 'clinician' && out.at(-1)?.line !== turn.line && OPENS_ON_ANSWER.test(turn.text)
      && !CLINICIAN_OPENING.test(turn.text.replace(OPENS_ON_ANSWER, '')) && !readsOutVital(turn.text) && !sentences.some(isQuestionSentence)
      && !(EXAM_NEGATIVE.test(turn.text) && !isQuestionSentence(out.at(-1)!.text))) answering = true;
    if (isPatientsOwnQuestion(sentences, out.at(-1), turn.line, turns.length)) {
      for (const s of sentences) push('patient', s, turn.line);
      answering = false;
      continue;
    }
    // Whether every sentence of this line so far is the clinician's: only then is its closed question put to the patient.
    let allClinician = !answering;
    sentences.forEach((s, k) => {
      // "Since I was fifteen. So, what... thirty years?": a guessed amount said with a rising tone goes on answering.
      if (answering && ((isQuestionSentence(s) && !isUptalk(s)) || CLINICIAN_OPENING.test(s) || readsOutVital(s) || (ASKS_LISTENER.test(s) && !FIRST_PERSON.test(s)))) answering = false;
      push(answering ? 'patient' : 'clinician', s, turn.line);
      if (answering) allClinician = false;
      if (answering) answerLine = turn.line;
      // "What happened?", "When did it happen?" ending a line of a visit pasted a turn a line: the next line answers it,
      // though it names no "you" (a patient's own questions, "Is it deep?", "Will it hurt?", are seldom wh-questions).
      // "What colour is the phlegm? Green, or clear?": options offered after the question are still the question.
      const offers = / or [^?]*\?\s*$/i.test(s) && sentences.slice(0, k).some((x) => isQuestionSentence(x) && (WH_QUESTION.test(x) || asksListener(x)));
      // "Is it set off by anything? Hot, cold, biting?": the options after a closed question are still that question.
      const closed = allClinician && (ASKS_CLOSED.test(s) || (k > 0 && ASKS_CLOSED.test(sentences[k - 1]!) && isQuestionSentence(sentences[k - 1]!)));
      const clipped = allClinician && isClippedQuestion(s, k > 0 ? sentences[k - 1]! : before);
      const endsLine = k === sentences.length - 1 && turns.length > 1 && (WH_QUESTION.test(s) || offers || ASKS_ABOUT_CHILD.test(s) || closed || clipped);
      if (!answering && isQuestionSentence(s) && (asksListener(s) || endsLine)) answering = true;
    });
  }
  return out;
}
