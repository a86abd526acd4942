/**
 * A plan the conversation decided against: "EGD scheduled" where the clinician said "we can forgo the upper
 * endoscopy for now". A test, scan, procedure or referral the plan has done (ordered, scheduled, arranged) is
 * reported when every turn that speaks of it puts it off; a plan held to a condition ("MRI if no better") is not
 * judged, and a test the conversation never names is left to the other checks.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface DeclinedPlanProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** Each row: the ways one test or procedure is said (regular-expression parts, lower case). */
const PROCEDURES: readonly (readonly string[])[] = [
  ['egd', 'upper endoscopy', 'upper gi endoscopy', 'endoscopy', 'gastroscopy', 'upper scope', 'scope'],
  ['colonoscopy', 'sigmoidoscopy', 'lower scope'],
  ['mri', 'mri scan', 'magnetic resonance'],
  ['ct', 'cat scan', 'ct scan'],
  ['x-?ray', 'xray', 'radiograph', 'films?'],
  ['ultrasound', 'sonogram'],
  ['echo', 'echocardiogram'],
  ['biopsy'],
  ['physical therapy', 'physiotherapy', 'physio'],
  ['surgery', 'operation', 'surgical'],
  ['cortisone injection', 'steroid injection', 'cortisone shot', 'steroid shot'],
  ['stress test', 'treadmill test'],
  ['holter', 'heart monitor', 'cardiac monitor'],
];

const ROW_RES: readonly RegExp[] = PROCEDURES.map((names) => new RegExp(`\\b(?:${names.join('|')})\\b`, 'i'));
const ROW_GLOBAL_RES: readonly RegExp[] = PROCEDURES.map((names) => new RegExp(`\\b(?:${names.join('|')})\\b`, 'gi'));
/** How far from the test's name a turn's putting-off words may stand (characters): one clause. */
const BEFORE = 70;
const AFTER = 40;

/** Every mention of the test in the turn is put off in its own clause. */
function isPutOff(said: string, row: number): boolean {
  // "do n't", "wo n't": a transcriber's split contraction.
  const text = said.replace(/ n't\b/g, "n't");
  const at = [...text.matchAll(ROW_GLOBAL_RES[row] as RegExp)];
  return at.length > 0 && at.every((m) => PUT_OFF_RE.test(text.slice(Math.max(0, (m.index ?? 0) - BEFORE), (m.index ?? 0) + m[0].length + AFTER)));
}

/** The note has it done: ordered, scheduled, arranged, booked, referred, obtained. */
const DONE_RE = /\b(?:schedul\w*|order\w*|arrang\w*|book\w*|refer\w*|obtain\w*|request\w*|will (?:get|do|perform|send|have)|plan(?:ned)? (?:for|to)|to be done|set up)\b/i;
/** A plan held to a condition or still open, or one the note itself puts off. */
const OPEN_RE = /\b(?:if|unless|should|consider\w*|may|might|possibl\w*|potential\w*|discuss\w*|option\w*|no|not|defer\w*|fore?go\w*|hold\w* off|declin\w*|without|later|future)\b/i;
/** A turn that puts it off: "we can forgo the endoscopy", "no need for an x-ray", "let's hold off on the MRI". */
const PUT_OFF_RE = /\b(?:fore?go\w*|hold(?:ing)? off|no need|(?:do|does|did)(?:n't| not) (?:really )?need|won't need|not (?:going to|gonna|gon na) (?:need|do|order|get)|not necessary|unnecessary|(?:don't|do not|won't|will not) (?:do|order|get|send)|skip|put (?:it )?off|defer\w*|rather not|can wait|not needed)\b/i;

export function checkDeclinedPlans(statement: string, section: string, model: TranscriptModel): DeclinedPlanProblem[] {
  if (section !== 'plan' || !DONE_RE.test(statement) || OPEN_RE.test(statement)) return [];
  const problems: DeclinedPlanProblem[] = [];
  PROCEDURES.forEach((names, row) => {
    const re = ROW_RES[row] as RegExp;
    const named = re.exec(statement);
    if (!named) return;
    const spoken = model.lines.filter((l) => l.line > 0 && re.test(l.text));
    if (spoken.length === 0 || !spoken.every((l) => isPutOff(l.text, row))) return;
    const said = spoken[0]?.text.trim().slice(0, 90) ?? '';
    problems.push({ phrase: named[0], reason: `the plan has "${named[0]}" done, but the conversation put it off ("${said}")`, lines: spoken.map((l) => l.line) });
  });
  return problems;
}
