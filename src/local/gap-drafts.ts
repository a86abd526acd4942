/**
 * What no reader placed. Measured on the opened rounds, almost every key fact a note lacks was never drafted at all
 * (the budgets cut next to none): "Sensation intact.", "Squeeze test negative, so I'm not worried about the high
 * ankle ligaments.", "she can go back to preschool once she's been fever free for 24 hours", a carer's "he got into
 * the bin in the kitchen". Each reader knows one way of saying a thing; a visit outside medicine says most things in
 * ways none of them knows. So a statement left over that carries a clinical word is kept, in the third person, where
 * its speaker and the visit's phase put it, and ranked after every sentence a reader placed (select-within-budget.ts),
 * so it fills only what the budget has left.
 */
import type { Gender } from './rewrite-person.js';
import type { Utterance } from './types.js';
import type { DraftSentence } from './draft-sentence.js';
import type { Phase } from './track-phases.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs, isDiagnosisStatement, isExamFinding, isPlanStatement } from './clinical-vocabulary.js';
import { polishSentence } from './polish-sentence.js';
import { isExamRequest } from './exam-requests.js';
import { findAskedQuestion, isContentAnswer, quoteAnswer } from './quoted-answers.js';
import { caseless } from '../text/caseless-pattern.js';

const MIN_WORDS = 2;
/** Below this many words a statement is kept only if it names a finding, a condition or a drug ("Sensation intact."). */
const FRAGMENT_WORDS = 4;
/** A first or second person left after the rewrite: the sentence cannot be put in the third person grammatically. */
const PERSON_LEFT = caseless(/\b(?:you|your|yours|yourself|i|i'm|i've|i'll|i'd|me|my|mine|we|we're|we'll|us|our)\b/);
/** Words of a finding said while examining ("Sensation intact.", "Talar tilt negative."). */
const FINDING_WORDS = caseless(/\b(?:intact|negative|positive|normal|abnormal|tender\w*|swollen|swelling|reduced|limited|full range|symmetric\w*|equal|clear|red|inflamed|bruis\w*|effusion|laxity|stable|unstable|reflex\w*|strength|sensation|pulses?)\b/);

/** "Lean back.", "Bend your wrist up.", "Deep breath in": a step of the exam the patient is asked to do at the couch. */
const BODY_STEP = caseless(/^(?:(?:okay|ok|now|and|so|right|then|just|good),?\s+)*(?:lean|lie|sit|stand|bend|turn|pull|push|squeeze|look|follow|open|close|breathe|deep breath|point|relax|hold|lift|raise|lower|reach|touch|walk|step|squat|hop|straighten|rest|curl|spread|grip|wiggle|stick|cough)\b/);
/** Said how often or for how long: a step so said is a home program, not a step of the exam ("…four times a day"). */
const PRESCRIBED = caseless(/\b(?:times? a (?:day|week)|reps?|repetitions|sets?|each (?:day|morning|evening)|daily|every (?:day|morning|evening|night)|at home|twice|per day|when (?:he|she|they|you)(?:'re| is| are) (?:on|in|at))\b/);
/** Advice said as a command ("Swap the juice for water.", "Check the labels."): what the patient is to do. */
const ADVICE = caseless(/^(?:(?:okay|ok|now|and|so|then|also|first|second|third|next|finally),?\s+)*(?:try|use|check|take|keep|avoid|buy|switch|swap|replace|cut|eat|drink|add|read|get|give|bring|wear|stop|start|limit|aim|make sure|don't|do not|no more|call|ring)\b/);
/** What is to come: "that tooth will need a crown", "she can go back to preschool once…", "these are her exercises". */
const TO_COME = caseless(/\b(?:will need|would need|needs? to|should|going to need|can go back|go back to|come back|home exercises?|exercises?)\b/);
/** How the patient presents, said to a colleague or an interpreter: "he's been calm and cooperative, a little tearful". */
const PRESENTATION = caseless(/\b(?:calm|cooperative|co-operative|alert|oriented|orientated|tearful|teary|agitated|withdrawn|well groomed|eye contact|affect|guarded|restless|ideation|psychotic|insight|judge?ment|thought process)\b/);
/** A greeting, thanks or introduction: "Thank you for coming back", "it's Aisha from the therapy team". */
const COURTESY = caseless(/^(?:(?:hi|hello|hey|okay|ok|well|so)\b(?:\s+\w+)?,?\s*)*(?:thank|thanks|nice to|good (?:morning|afternoon|evening)|welcome|take care|come in|(?:take|have) a seat)|\bit's \w+ from\b/);
/** Radio traffic and the visit's own agenda: "Go ahead, Unit 7.", "Let's start with the calves.", "Let me get the numbers." */
const TRAFFIC = caseless(/\bunit \d+\b|\bgo ahead\b|\bmed(?:ical)? channel\b|^copy\b|^(?:(?:okay|ok|so|right|now|first|and),?\s+)*let(?:'s| us| me)\b/);
/** What is usually so, not what is so of this patient: "Usually with a fracture they won't put weight on it." */
const GENERAL_TRUTH = caseless(/^(?:(?:and|but|so),?\s+)*(?:usually|normally|generally|typically|most people|a lot of people|lots of people)\b/);
/** A question written without its mark, as speech-to-text writes it: "ma'am does the pain go anywhere else". */
const UNMARKED_QUESTION = caseless(/^(?:(?:ma'am|sir|okay|ok|and|so|now|right)\b,?\s*)*(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|how's|what|what's|(?:how|when|where|why) (?:do|does|did|is|are|was|were|has|have|can|will|would|long|much|many|often|bad))\b/);
/** "That's normal.", "It's fine.": a short sentence whose subject is only a pointer to something said before. */
const POINTER_ONLY = caseless(/^(?:that|this|it|these|those)(?:'s| is| was| are| were)\b/);
const POINTER_WORDS = 5;

/** Words of medicines the clinical lexicon leaves out, as people ask about them ("anything from the chemist?"). */
const MEDICINE_WORDS = caseless(/\b(?:tablets?|capsules?|painkillers?|chemist|pharmacy|drops|cream|ointment|spray|prescription)\b/);

/**
 * "With the mirror he can do it", "it's mixed, about half", "his attention was good today, he attended well": how the
 * client performed in the session, said by the therapist while it goes on. Nothing in it is a clinical word, yet it is
 * the session's finding.
 */
const PERFORMANCE = caseless(/\b(?:he|she|they|he's|she's|they're)\b[^.?!]{0,24}?\b(?:can|could|can't|couldn't|managed|manages|attended|attends|coped|copes|tolerated|engaged|participated|completed|corrected|produced|produces|gets|'s got|has got|got)\b|\b(?:is|was|'s|are|were) (?:still |now |mostly |all |really |very |quite )?(?:emerging|mixed|inconsistent|consistent|correct|accurate|stimulable|good|fair|poor|independent|reliable)\b/);

function carriesClinicalWord(text: string): boolean {
  return countMatches(text, CLINICAL_TERMS) > 0 || MEDICINE_WORDS.test(text) || namesSomething(text);
}

function namesSomething(text: string): boolean {
  return DIAGNOSIS_TERM.test(text) || findDrugs(text).length > 0 || FINDING_WORDS.test(text);
}

/**
 * "…so it can raise her INR quite quickly, and that means a higher bleeding risk": what a combination or a finding
 * can do to the patient, in the clinician's words, is the judgement, not the history.
 */
const RISK_EXPLAINED = caseless(/\b(?:can|could|may|might|will|would) (?:raise|increase|lower|reduce|push up|bring down|cause|lead to|trigger|worsen)\b|\b(?:higher|lower|increased|raised|reduced|greater) (?:[a-z-]+ )?risk\b|\b(?:risk|chance) of (?:a |an )?[a-z-]+/);

/** Where a left-over statement goes, or nothing for a step of the exam. */
function placeLeftOver(u: Utterance, phase: Phase | undefined): DraftSentence['block'] | undefined {
  if (u.role !== 'clinician') return 'history';
  if (BODY_STEP.test(u.text)) return PRESCRIBED.test(u.text) ? 'plan' : undefined;
  if (phase !== 'history' && PRESCRIBED.test(u.text) && !isExamFinding(u.text)) return 'plan';
  if (isPlanStatement(u.text) || TO_COME.test(u.text) || ADVICE.test(u.text)) return 'plan';
  if (isDiagnosisStatement(u.text) || RISK_EXPLAINED.test(u.text)) return 'assessment';
  if (PRESENTATION.test(u.text) || (phase !== 'history' && (isExamFinding(u.text) || FINDING_WORDS.test(u.text)))) return 'exam';
  return phase ?? 'history';
}

/** Drafts, ranked after all others, for the statements with a clinical word that no reader drafted a sentence from. */
export function draftLeftOvers(utterances: readonly Utterance[], phases: readonly Phase[], drafts: readonly DraftSentence[], gender: Gender, addressee?: string, skipTurns: ReadonlySet<number> = new Set()): DraftSentence[] {
  const drafted = new Set(drafts.map((d) => Math.floor(d.order)));
  // A reader that read a whole turn (an answer with its question) cites its lines, not each sentence's order.
  const perLine = new Map<number, number>();
  for (const u of utterances) perLine.set(u.line, (perLine.get(u.line) ?? 0) + 1);
  const cited = new Set(drafts.flatMap((d) => d.lines).filter((line) => perLine.get(line) === 1));
  const left: DraftSentence[] = [];
  utterances.forEach((u, i) => {
    const words = u.text.split(/\s+/).length;
    // (A colleague's read-back of a task asked of them, draft-dialogue.ts, is left out on purpose.)
    if (drafted.has(i) || cited.has(u.line) || skipTurns.has(u.turn) || u.question || UNMARKED_QUESTION.test(u.text)) return;
    // An answer to a clinical question is clinical whatever its words ("It kept me up at night."); a short one is
    // kept with its question, quoted (quoted-answers.ts).
    const asked = findAskedQuestion(utterances, i);
    // A reader that took the pair cites both lines, though another sentence shares the answer's line.
    const pairRead = asked !== undefined && drafts.some((d) => d.lines.includes(asked.line) && d.lines.includes(u.line));
    if (pairRead) return;
    const inContext = asked !== undefined && carriesClinicalWord(asked.text) && isContentAnswer(u.text);
    if (inContext && words < FRAGMENT_WORDS) {
      left.push({ block: 'history', text: quoteAnswer(asked, u), lines: [asked.line, u.line], spoken: u.text, order: i, leftOver: true });
      return;
    }
    const performed = u.role === 'clinician' && phases[i] === 'exam' && PERFORMANCE.test(u.text);
    if (words < MIN_WORDS || !(inContext || performed || carriesClinicalWord(u.text))) return;
    // "Two years.", "Her knee.": an answer cut from its question says nothing alone.
    if ((words < FRAGMENT_WORDS && !namesSomething(u.text)) || COURTESY.test(u.text) || TRAFFIC.test(u.text) || GENERAL_TRUTH.test(u.text) || (u.role === 'clinician' && isExamRequest(u.text)) || (words <= POINTER_WORDS && POINTER_ONLY.test(u.text))) return;
    const block = placeLeftOver(u, phases[i]);
    if (!block) return;
    // A parent's or carer's "I" is not the patient's: only their third-person account is kept, as said.
    const third = u.role === 'clinician' ? rewriteClinicianSpeech(u.text, gender, addressee) : u.role === 'patient' ? rewritePatientSpeech(u.text, gender) : u.text;
    if (!third || PERSON_LEFT.test(third)) return;
    left.push({ block, text: polishSentence(third), lines: [u.line], spoken: u.text, order: i, clinician: u.role === 'clinician', leftOver: true });
  });
  return left;
}
