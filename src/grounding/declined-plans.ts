/**
 * A plan the conversation decided against: "EGD scheduled" where the clinician said "we can forgo the upper
 * endoscopy for now". A test, scan, procedure or referral the plan has done (ordered, scheduled, arranged) is
 * reported when every turn that speaks of it puts it off; a plan held to a condition ("MRI if no better") is not
 * judged, and a test the conversation never names is left to the other checks.
 */
import { findMedications } from './medication-check.js';
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
  ['x-?ray', 'xray', 'xr', 'radiograph', 'films?'],
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

/** A line naming a modality, whose "scan" is that modality's. */
const SCANNED_RE = /\b(?:mri|ct|cat|ultrasound|sonogram|x-?ray|xray|dexa|pet)\b/i;

function isBareScanPutOff(said: string): boolean {
  const text = said.replace(/ n't\b/g, "n't");
  const at = [...text.matchAll(/\bscans?\b/gi)];
  return at.length > 0 && at.every((m) => PUT_OFF_RE.test(text.slice(Math.max(0, (m.index ?? 0) - BEFORE), (m.index ?? 0) + m[0].length + AFTER)));
}

/** The note has it done: ordered, scheduled, arranged, booked, referred, obtained. */
const DONE_RE = /\b(?:schedul\w*|order\w*|arrang\w*|book\w*|refer\w*|obtain\w*|request\w*|will (?:get|do|perform|send|have)|plan(?:ned)? (?:for|to)|to be done|set up)\b/i;
/** A plan held to a condition or still open, or one the note itself puts off. */
const OPEN_RE = /\b(?:if|unless|should|consider\w*|may|might|possibl\w*|potential\w*|discuss\w*|option\w*|no|not|defer\w*|fore?go\w*|hold\w* off|declin\w*|without|later|future)\b/i;
/** A turn that puts it off: "we can forgo the endoscopy", "no need for an x-ray", "let's hold off on the MRI". */
const PUT_OFF_RE = /\b(?:fore?go\w*|hold(?:ing)? off|no need|(?:do|does|did)(?:n't| not) (?:really )?need|won't need|not (?:going to|gonna|gon na) (?:need|do|order|get)|not necessary|unnecessary|(?:don't|do not|won't|will not) (?:do|order|get|send)|skip|put (?:it )?off|defer\w*|rather not|can wait|not needed|(?:is|are)(?:n't| not) (?:needed|necessary|required)|no [\w-]+ (?:is|was) (?:needed|necessary|required))\b/i;

/** Imaging rows, which a conversation may speak of as a bare "scan" ("scans aren't needed for this"). */
const IMAGING_ROWS = new Set([2, 3, 4, 5]);
const BARE_SCAN_RE = /\bscans?\b/i;

export function checkDeclinedPlans(statement: string, section: string, model: TranscriptModel): DeclinedPlanProblem[] {
  // An assessment may have a test done too: "Ottawa rules negative - XR ordered".
  if ((section !== 'plan' && section !== 'assessment') || !DONE_RE.test(statement) || OPEN_RE.test(statement)) return [];
  const problems: DeclinedPlanProblem[] = [];
  PROCEDURES.forEach((names, row) => {
    const re = ROW_RES[row] as RegExp;
    const named = re.exec(statement);
    if (!named) return;
    const bare = (l: { text: string }) => IMAGING_ROWS.has(row) && BARE_SCAN_RE.test(l.text) && !SCANNED_RE.test(l.text);
    // A question ("do I need an x-ray?") decides nothing; the answer to it does.
    const spoken = model.lines.filter((l) => l.line > 0 && (re.test(l.text) || bare(l)) && !/\?\s*$/.test(l.text));
    if (spoken.length === 0 || !spoken.every((l) => (re.test(l.text) ? isPutOff(l.text, row) : isBareScanPutOff(l.text)))) return;
    const said = spoken[0]?.text.trim().slice(0, 90) ?? '';
    problems.push({ phrase: named[0], reason: `the plan has "${named[0]}" done, but the conversation put it off ("${said}")`, lines: spoken.map((l) => l.line) });
  });
  return problems;
}

/** Treatments a plan may withhold ("no Abx for now"), each with the ways a conversation says it. */
const WITHHELD_ROWS: readonly { name: string; written: RegExp; said: RegExp }[] = [
  {
    name: 'antibiotics',
    written: /\b(?:antibiotics?|abx)\b/i,
    said: /\b(?:antibiotics?|abx|amoxi\w*|augmentin|co-?amoxiclav|penicillin|flucloxacillin|doxycycline|nitrofurantoin|macrobid|trimethoprim|cefalexin|cephalexin|keflex|azithromycin|clarithromycin|erythromycin|ciprofloxacin|cipro|metronidazole|clindamycin|bactrim)\b/i,
  },
  ...PROCEDURES.map((names, row) => ({ name: names[0] as string, written: ROW_RES[row] as RegExp, said: ROW_RES[row] as RegExp })),
];
/** The note holds the item back: "no Abx for now", "antibiotics not indicated", "without imaging". */
const WITHHOLD_BEFORE_RE = /\b(?:no|not|without|hold(?:ing)? off(?: on)?|avoid|defer(?:red|ring)?|declined?)\s+(?:\w+\s+){0,2}$/i;
const WITHHOLD_AFTER_RE = /^\s*(?:\w+\s+){0,1}(?:not (?:indicated|needed|required|necessary|warranted)|unnecessary|deferred|withheld|held)\b/i;
/** The clinician puts it in place: "a three day course of antibiotics", "I'll send it to the pharmacy", "let's get an x-ray". */
const GIVEN_RE = /\b(?:course of|prescri\w*|start(?:ing)? (?:you on|on|a)|put you on|give you|taking|take (?:a|the|some)|send (?:it|that|them|a prescription)|(?:i'll|i will|we'll|we will|let's|going to|gonna|gon na) (?:get|order|arrange|book|do|send|start)|order(?:ing)?|arrang\w*|book(?:ing)?)\b/i;
/** Talk that holds it back or leaves it open: a no, a wait, a condition. */
const HELD_RE = /\b(?:no|not|don't|dont|won't|wouldn't|shouldn't|never|without|wait|hold|later|avoid|instead|rather)\b|n't\b/i;
/** A turn that gives it only on a condition ("if it gets worse") does not put it in place. */
const CONDITION_RE = /\b(?:if (?:it|you|things|the|your|that|symptoms|there)|unless|in case)\b/i;

/**
 * A treatment or test the plan withholds that the conversation put in place: "no Abx for now" where the clinician said
 * "it might be worth taking a three day course of antibiotics … are you happy to take a course if I send it through
 * to the pharmacy?". Reported when a clinician's turn gives the item without any word that holds it back, and no turn
 * that speaks of it holds it back.
 */
export function checkWithheldPlans(statement: string, section: string, model: TranscriptModel): DeclinedPlanProblem[] {
  if (section !== 'plan' || /\b(?:if|unless|should|consider\w*)\b/i.test(statement)) return [];
  const problems: DeclinedPlanProblem[] = [];
  for (const row of WITHHELD_ROWS) {
    const named = new RegExp(row.written.source, 'gi');
    const withheld = [...statement.matchAll(named)].find((m) => WITHHOLD_BEFORE_RE.test(statement.slice(0, m.index)) || WITHHOLD_AFTER_RE.test(statement.slice((m.index ?? 0) + m[0].length)));
    if (!withheld) continue;
    const spoken = model.lines.filter((l) => l.line > 0 && row.said.test(l.text));
    if (spoken.length === 0) continue;
    const clauseOf = (text: string) => text.split(/[.;?!]|,\s*(?:but|and|so)\b/).filter((c) => row.said.test(c));
    const held = spoken.some((l) => clauseOf(l.text).some((c) => HELD_RE.test(c)));
    const given = spoken.filter((l) => l.role === 'clinician' && clauseOf(l.text).some((c) => GIVEN_RE.test(c) && !HELD_RE.test(c) && !CONDITION_RE.test(c)));
    if (held || given.length === 0) continue;
    problems.push({ phrase: withheld[0], reason: `the plan withholds "${withheld[0]}", but the conversation put it in place ("${given[0]?.text.trim().slice(0, 90)}")`, lines: given.map((l) => l.line) });
  }
  return problems;
}

/** The note stops or forbids the drug: "stop lemsips", "not to take alongside paracetamol", "avoid ibuprofen". */
const FORBID_BEFORE_RE = /\b(?:stop(?:ping)?|discontinu\w*|cease|avoid|withh\w*|not (?:to )?(?:take|use|continue)|(?:do not|don't) (?:take|use)|no)\s+(?:\w+\s+){0,2}$/i;
const FORBID_AFTER_RE = /^\s*(?:\w+\s+){0,1}(?:stopped|discontinued|withheld|to be stopped|should be stopped|not to be taken)\b/i;
/** The clinician lets it go on: "it's fine to carry on … with the lemsip", "you can take paracetamol along with that". */
const PERMIT_RE = /\b(?:carry on|continu\w*|keep (?:on )?(?:taking|using)|fine to|okay to|ok to|safe to|can (?:still )?(?:take|use|have)|along with|alongside)\b/i;
const STOP_SAID_RE = /\b(?:stop\w*|no|not|don't|dont|won't|avoid|instead|rather|hold|shouldn't|wouldn't)\b|n't\b/i;

/**
 * A drug the plan stops or forbids that the clinician let go on: "Advised to stop lemsips" where the clinician said
 * "it's fine to carry on what you're doing at the moment, with the lemsip"; "Not to take alongside paracetamol" where
 * it was "you can take paracetamol along with that". Reported when a clinician's clause naming the drug lets it go on
 * with no word that stops it, and no clause naming it stops it.
 */
export function checkStoppedMedications(statement: string, section: string, model: TranscriptModel): DeclinedPlanProblem[] {
  if (section !== 'plan' || /\b(?:if|unless|should|consider\w*)\b/i.test(statement)) return [];
  const problems: DeclinedPlanProblem[] = [];
  for (const mention of findMedications(statement)) {
    const at = statement.toLowerCase().indexOf(mention.name.split(' ')[0] as string);
    const written = statement.slice(at).split(/[\s,.;]/)[0] ?? mention.name;
    if (at < 0 || !(FORBID_BEFORE_RE.test(statement.slice(0, at)) || FORBID_AFTER_RE.test(statement.slice(at + written.length)))) continue;
    const names = mention.aliases.map((a) => a.toLowerCase());
    const namesDrug = (clause: string) => findMedications(clause).some((m) => m.aliases.some((a) => names.includes(a.toLowerCase())));
    const clauses = model.lines.filter((l) => l.line > 0).flatMap((l) => l.text.split(/[.;?!]/).filter(namesDrug).map((text) => ({ line: l, text })));
    if (clauses.length === 0 || clauses.some((c) => STOP_SAID_RE.test(c.text) && c.line.role === 'clinician')) continue;
    const permitted = clauses.filter((c) => c.line.role === 'clinician' && PERMIT_RE.test(c.text));
    if (permitted.length === 0) continue;
    problems.push({ phrase: written, reason: `the plan stops "${written}", but the clinician let it go on ("${permitted[0]?.text.trim().slice(0, 90)}")`, lines: permitted.map((c) => c.line.line) });
  }
  return problems;
}
