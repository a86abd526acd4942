/**
 * Family history: the relatives and the conditions a family-history statement gives must be ones the conversation
 * names ("FH: mother - breast cancer" where the patient said her sister had it, or a brother's stroke nobody spoke
 * of). The relative may be said in any everyday word ("my mum", "grandad"); the condition is looked up as the
 * diagnosis check does, and counts when said of anyone, since the conversation tells it of a relative.
 */
import { readAnswer } from './answer-reading.js';
import { findUnsaidCancerSites } from './cancer-sites.js';
import type { TranscriptModel } from './transcript-model.js';
import { findConditions, isConditionSupported } from './diagnosis-check.js';
import { isDeniedBefore, saysAnyForm, type NamedTerm } from './named-terms.js';
import { saysWordsTogether, stemPhrase, stemToken, type WordIndex } from './word-index.js';

export const RELATIVES: readonly NamedTerm[] = [
  { name: 'grandmother', written: /\b(?:grandmother|grandma|granny|nan|nana)\b/gi, said: ['grandmother', 'grandma', 'granny', 'gran', 'nan', 'nana', 'nanna', 'grandparent*'] },
  { name: 'grandfather', written: /\b(?:grandfather|grandpa|granddad|grandad)\b/gi, said: ['grandfather', 'grandpa', 'granddad', 'grandad', 'gramp*', 'grandparent*'] },
  { name: 'mother', written: /\b(?:mother|mum|mom|mam)\b/gi, said: ['mother', 'mum', 'mom', 'mam', 'mommy', 'mummy', 'mama', 'mamma', 'parent*', 'mother-in-law'] },
  { name: 'father', written: /\b(?:father|dad)\b/gi, said: ['father', 'dad', 'daddy', 'papa', 'pop', 'parent*'] },
  { name: 'sister', written: /\bsisters?\b/gi, said: ['sister*', 'sis', 'sibling*', 'twin'] },
  { name: 'brother', written: /\bbrothers?\b/gi, said: ['brother*', 'bro', 'sibling*', 'twin'] },
  { name: 'aunt', written: /\b(?:aunts?|auntie)\b/gi, said: ['aunt*'] },
  { name: 'uncle', written: /\buncles?\b/gi, said: ['uncle*'] },
  { name: 'cousin', written: /\bcousins?\b/gi, said: ['cousin*'] },
  { name: 'son', written: /\bsons?\b/gi, said: ['son', 'sons', 'boy', 'boys', 'kid*', 'child*'] },
  { name: 'daughter', written: /\bdaughters?\b/gi, said: ['daughter*', 'girl', 'girls', 'kid*', 'child*'] },
];

/** A relative told as a parent's: "my mom's sister", "my mom and her sister" (an aunt), "my dad's father". */
const TOLD_VIA_PARENT: Readonly<Record<string, string>> = { aunt: 'sister', uncle: 'brother', grandmother: 'mother', grandfather: 'father' };
const PARENT = '(?:mom|mum|mother|dad|father)';

function isToldViaParent(index: WordIndex, name: string): boolean {
  const kin = TOLD_VIA_PARENT[name];
  return kin !== undefined && new RegExp(` ${PARENT} (?:${kin}|(?:\\S+ ){0,2}(?:her|his) ${kin}) `).test(index.joined);
}

const SAID_BY_PARENT: ReadonlyMap<string, readonly string[]> = new Map([
  ['brother', ['son', 'boy']], ['sister', ['daughter', 'girl']], ['mother', ['i', 'me']], ['father', ['husband', 'partner']],
  ['grandmother', ['my mom', 'my mum', 'my mother', 'his mom', 'her mom']], ['grandfather', ['my dad', 'my father']],
]);

const RELATIVE_WORD = '(?:mother|father|mum|mom|dad|sisters?|brothers?|grandmother|grandfather|grandma|grandpa|aunts?|uncles?|cousins?|sons?|daughters?|siblings?|parents?)';
/** A family-history statement: headed as one, or a relative's illness told ("Mother: melanoma", "father died of MI"). */
const FAMILY_RE = new RegExp(`^\\W*(?:fh|fhx|fmh)\\b|\\bfamily (?:history|hx)\\b|\\bfh(?:x)?\\s*(?:[:\\-–]|of)|^\\W*(?:maternal |paternal )?${RELATIVE_WORD}\\s*[:\\-–(]|\\b(?:maternal |paternal )?${RELATIVE_WORD}\\b[^.;]{0,30}\\b(?:died|passed away|was diagnosed|history of|hx of|suffer\\w*)\\b`, 'i');
/** "her father has IBS" tells a relative's illness only when nobody is reporting or giving anything in it. */
const RELATIVE_HAS_RE = new RegExp(`\\b${RELATIVE_WORD}\\b[^.;]{0,30}\\b(?:has|had|have|with)\\b`, 'i');
const INFORMANT_RE = /\b(?:per|according to|report\w*|states?|stated|says|said|describe[sd]?|notes?|noted|notic\w*|brought|brings|gave|gives|given|giving|taken|taking|concerned|worried|thinks?|feels?|believes?|tells?|told)\b/i;
/** A relative who speaks, brings or notices, rather than one whose illness is told. */
const PRESENT_RELATIVE_RE = /^\s*(?:'s)?\s*(?:reports?|says|said|states?|stated|provided|brought|noticed|notes?|accompan\w*|present|is here|was here|here|who is|is with|called|calls|answer\w*|gives?|gave|is concerned|concerned|worried|helps?|drove|asked)\b/i;
/** "Per dad, …", "according to her mother": the relative tells, and is not told of. */
const TOLD_BY_RE = /\b(?:per|according to|as told by|reported by|via)\s+(?:the |her |his |their |patient's |the patient's )?$/i;
/** Marks of a family history, taken out so the condition reader sees the relatives' conditions themselves. */
const FAMILY_MARKS_RE = /\b(?:family (?:history|hx)|fhx?|fmh)\b\s*(?:of|:|-)?/gi;

export interface FamilyProblem {
  phrase: string;
  reason: string;
}

export function isFamilyStatement(statement: string): boolean {
  if (FAMILY_RE.test(statement)) return true;
  return RELATIVE_HAS_RE.test(statement) && !INFORMANT_RE.test(statement) && findConditions(statement, false).length > 0;
}

/**
 * Whether someone besides the patient and clinician says the word: a parent speaking for a child calls the child's
 * father "my husband", while an adult patient introducing "my partner" says nothing of a father.
 */
function isSaidByOther(words: readonly string[], model: TranscriptModel | undefined): boolean {
  if (!model) return true;
  return model.lines.some((l) => l.role === 'other' && ` ${l.tokens.join(' ')} `.match(new RegExp(` (?:${words.join('|')}) `)) !== null);
}

/** The relatives a family-history statement names whom the conversation never mentions. */
function checkRelatives(statement: string, index: WordIndex, parentSpeaks: boolean, model?: TranscriptModel): FamilyProblem[] {
  const problems: FamilyProblem[] = [];
  const taken = new Set<number>();
  for (const term of RELATIVES) {
    for (const m of statement.matchAll(term.written)) {
      // "maternal grandmother" is read once, as the grandmother; "grandmother" is not also a "mother".
      if (taken.has(m.index) || PRESENT_RELATIVE_RE.test(statement.slice(m.index + m[0].length)) || TOLD_BY_RE.test(statement.slice(0, m.index))) continue;
      for (let k = m.index; k < m.index + m[0].length; k += 1) taken.add(k);
      if (isDeniedBefore(statement, m.index) || saysAnyForm(index, term.said) || isToldViaParent(index, term.name)) continue;
      // A parent who speaks for a child calls the child's brother "my son".
      const parentsWord = parentSpeaks ? SAID_BY_PARENT.get(term.name) : undefined;
      if (parentsWord && saysAnyForm(index, parentsWord) && isSaidByOther(parentsWord, model)) continue;
      problems.push({ phrase: m[0], reason: `the family history names the patient's ${term.name} ("${m[0]}"), whom the transcript never mentions` });
      break;
    }
  }
  return problems;
}

const FAMILY_WORDS = new Set(['family', 'famili', 'relative', 'blood', ...RELATIVES.flatMap((r) => r.said.map((w) => w.replace(/\*$/, '')))].map(stemToken));
const NOTE_DENIAL_RE = /\b(?:no|not|non|none|denie[sd]|deny|negative|without|nil|never|unremarkable|noncontributory)\b|n't\b/i;
const DENIALS = new Set(['no', 'not', 'none', 'never', 'nobody', 'without', 'deny', 'denies']);

/**
 * A condition the conversation denies in the family: a line that speaks of the family and the condition together,
 * with a "no" before the condition in it or asked and answered "no" ("no depression or anything like that running in
 * your family ? — nothing of that sort"), and no line that tells it of a relative without a denial. The condition
 * said of the patient elsewhere does not support it in the family then.
 */
function isDeniedInFamily(phrase: string, index: WordIndex, model: TranscriptModel | undefined): boolean {
  const stems = stemPhrase(phrase);
  if (stems.length === 0 || !model) return false;
  let denied = false;
  for (const [ordinal, line] of model.lines.entries()) {
    const tokens = line.tokens.filter((t) => /[a-z0-9?]/.test(t));
    const words = tokens.map(stemToken);
    const ats = words.flatMap((_, k) => (stems.every((s, j) => words[k + j] === s) ? [k] : []));
    if (ats.length === 0 || !words.some((w) => FAMILY_WORDS.has(w))) continue;
    // Asked at the end of a longer turn ("you mentioned your father … any depression in the family ?"), answered "no".
    const reply = model.lines.slice(ordinal + 1).find((l) => l.role !== line.role);
    const answer = reply !== undefined && reply.turn === line.turn + 1 ? reply.tokens : [];
    // "no , but my mom has it": a no that goes on to a relative tells the family's illness after all.
    if (answer.some((t) => t === 'but' || FAMILY_WORDS.has(stemToken(t)))) return false;
    const answeredNo = line.role === 'clinician' && readAnswer(answer) === 'no';
    for (const at of ats) {
      const before = words.slice(Math.max(0, at - 4), at);
      if (index.deniedLines.has(ordinal) || (answeredNo && tokens.slice(at).includes('?')) || before.some((w) => DENIALS.has(w) || w.endsWith("n't"))) denied = true;
      else return false;
    }
  }
  return denied;
}

/** `parentSpeaks`: someone other than the patient talks (a parent for a child), so relatives are told from there. */
export function checkFamilyHistory(statement: string, index: WordIndex, parentSpeaks = false, model?: TranscriptModel): FamilyProblem[] {
  if (!isFamilyStatement(statement)) return [];
  const problems = checkRelatives(statement, index, parentSpeaks, model);
  // The patient's own history before the family's ("He denies kidney stones, but his father has had them") is not read.
  const from = statement.search(new RegExp(`\\b(?:family (?:history|hx)|fhx?|fmh|${RELATIVE_WORD})\\b`, 'i'));
  const unmarked = statement.replace(FAMILY_MARKS_RE, (mark) => ' '.repeat(mark.length));
  for (const mention of findConditions(unmarked, false)) {
    const at = unmarked.toLowerCase().indexOf(mention.phrase, Math.max(0, from));
    if (at < 0 || mention.queried || isDeniedBefore(unmarked, at)) continue;
    // Only where the statement denies nothing itself: a note's own denial list may reach further than is read here.
    if (!NOTE_DENIAL_RE.test(unmarked) && isDeniedInFamily(mention.phrase, index, model)) {
      problems.push({ phrase: mention.phrase, reason: `the family history names "${mention.phrase}", which the conversation denies in the family` });
      continue;
    }
    if (isConditionSupported(mention, index, true)) continue;
    // "any history of colon cancer ? — i do not , but i think my mother did": asked of the patient, told of a relative.
    if (saysWordsTogether(index, stemPhrase(mention.phrase))) continue;
    problems.push({ phrase: mention.phrase, reason: `the family history names "${mention.phrase}", which the transcript never mentions` });
  }
  for (const phrase of findUnsaidCancerSites(unmarked.slice(Math.max(0, from)), index)) {
    if (!isDeniedBefore(unmarked, unmarked.indexOf(phrase, Math.max(0, from)))) problems.push({ phrase, reason: `the family history names "${phrase}", a cancer of a site the transcript never mentions` });
  }
  return problems;
}
