/**
 * An action the plan allows that the clinician forbade: "may cut his nails at home" where the clinician said "please
 * don't cut his nails at home", "the children can be tested now" where it was "we don't test children". The action's
 * words are all in the transcript, so nothing is "never mentioned"; what the conversation did with them is turned
 * round. A drug kept away is forbidden-drug-check.ts's; this reads any other action by its verb.
 */
import { stemToken } from './word-index.js';
import type { TranscriptModel } from './transcript-model.js';

export interface PermittedActionProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** A permission and the verb it allows: "may cut", "can be tested", "okay to shower", "allowed to drive". */
const PERMIT_RE = /\b(?:may|can|could|allowed to|ok(?:ay)? to|fine to|free to|safe to|permitted to)\s+(?:now\s+|also\s+|still\s+)?(?:be\s+)?([a-z]{3,})\b/gi;
/** Verbs too general to tie a permission to one prohibition ("may take", "can use", "could have"). */
const LIGHT_VERBS = new Set(['take', 'use', 'have', 'get', 'do', 'go', 'make', 'see', 'come', 'call', 'keep', 'let', 'try', 'not', 'also', 'still', 'continu', 'return', 'resum', 'start', 'stop', 'need', 'want', 'help', 'feel', 'expect']);
/** A permission held to a time or a condition the clinician may have set ("may shower after 48 hours", "once healed"). */
const CONDITIONED_RE = /\b(?:after|once|until|from|when|unless|provided)\b/i;
const STOP_WORDS = new Set(['the', 'and', 'his', 'her', 'their', 'your', 'with', 'for', 'that', 'this', 'they', 'them', 'now', 'also', 'still', 'may', 'can', 'could', 'wishes', 'wish', 'family', 'patient', 'if', 'be']);

interface Permission { verb: string; phrase: string; words: string[] }

/** The permissions of a plan statement, each with the content words of its clause (the verb's object and subject). */
function findPermissions(statement: string): Permission[] {
  const out: Permission[] = [];
  for (const clause of statement.split(/[.;]/)) {
    if (CONDITIONED_RE.test(clause)) continue;
    for (const m of clause.matchAll(PERMIT_RE)) {
      const verb = stemToken((m[1] ?? '').toLowerCase());
      if (verb.length < 3 || LIGHT_VERBS.has(verb)) continue;
      const words = clause.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)).map(stemToken).filter((w) => w !== verb);
      out.push({ verb, phrase: m[0], words });
    }
  }
  return out;
}

const sharesWord = (line: string, words: readonly string[]) => line.split(/[^a-z]+/).some((w) => w.length >= 4 && words.some((s) => stemToken(w).slice(0, 5) === s.slice(0, 5)));

/** Whether the transcript lets the verb anywhere ("you can cut them once…", "it's fine to shower"). */
function isLetAnywhere(model: TranscriptModel, verb: string): boolean {
  const re = new RegExp(`\\b(?:can|may|could|fine to|ok(?:ay)? to|allowed to|free to)\\s+(?:\\w+\\s+)?${verb}\\w{0,3}\\b`, 'i');
  return model.lines.some((l) => re.test(l.text.toLowerCase()));
}

/** The plan's permissions a clinician's line forbids, in the verb's own words and about the same things. */
export function checkPermittedActions(statement: string, section: string, model: TranscriptModel): PermittedActionProblem[] {
  if (section !== 'plan') return [];
  const problems: PermittedActionProblem[] = [];
  for (const permission of findPermissions(statement)) {
    if (permission.words.length === 0 || isLetAnywhere(model, permission.verb)) continue;
    const forbid = new RegExp(`\\b(?:don't|dont|do not|shouldn't|should not|mustn't|must not|not to|never|no)\\s+(?:[a-z']+\\s+){0,2}?${permission.verb}\\w{0,3}\\b`, 'i');
    const lines = model.lines.filter((l) => l.role === 'clinician' && forbid.test(l.text.toLowerCase()) && sharesWord(l.text.toLowerCase(), permission.words));
    if (lines.length === 0) continue;
    problems.push({
      phrase: permission.phrase,
      reason: `the plan allows "${permission.phrase}", which the clinician said not to do ("${lines[0]!.text.trim().slice(0, 120)}")`,
      lines: lines.map((l) => l.line),
    });
  }
  return problems;
}
