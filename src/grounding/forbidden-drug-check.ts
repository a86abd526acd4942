/**
 * A drug the plan gives that the clinician said to keep away from: "ibuprofen PRN is OK" where the clinician said
 * "keep avoiding aspirin and ibuprofen", "then ibuprofen 600 mg" where it was "don't take ibuprofen". The drug's name
 * is in the transcript, so the medication check is satisfied; what the conversation did with it is turned round.
 * (The other way round, a plan that stops a drug the clinician let go on, is declined-plans.ts's.)
 */
import { findMedications } from './medication-check.js';
import type { TranscriptModel } from './transcript-model.js';

export interface ForbiddenDrugProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/**
 * Words before a drug's name that keep it away: "avoid", "don't take", "stay away from", "no more" — a few words
 * before it at most ("keep avoiding aspirin and ibuprofen"), so "avoid chewing on that side" keeps no drug away.
 */
const AVOID_BEFORE_RE = /\b(?:avoid\w*|stay away from|steer clear of|(?:don't|dont|do not|shouldn't|should not|mustn't|must not|can't|cannot|never) (?:take|use|have|give)|no more|stop(?:ping)? (?:taking|using))\s+(?:[\w'-]+,?\s+){0,4}$/i;
/** Limits on how it is taken, which keep the drug: "don't take ibuprofen on an empty stomach", "no more than 4 a day". */
const LIMIT_RE = /\b(?:empty stomach|more than|too (?:much|many|often)|exceed\w*|without food|at the same time as)\b/i;
/** The note keeps it away too: "avoid NSAIDs such as ibuprofen", "no ibuprofen", "stop naproxen". */
const NOTE_AVOID_RE = /\b(?:avoid\w*|no|not|don't|do not|stop\w*|discontinu\w*|hold\w*|withh\w*|instead of|rather than|contraindicated|cease\w*)\b/i;

/** The clauses of a line: at sentence ends, semicolons and dashes ("paracetamol is right — keep avoiding ibuprofen"). */
function splitClauses(text: string): { text: string; question: boolean }[] {
  return [...text.matchAll(/[^.;?!—–]+(?:[.;?!—–]|$)/g)].map((m) => ({ text: m[0], question: m[0].trim().endsWith('?') }));
}

function isKeptAway(clause: string, names: readonly string[]): boolean {
  const lower = clause.toLowerCase();
  return names.some((n) => {
    const at = lower.search(new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    return at >= 0 && AVOID_BEFORE_RE.test(lower.slice(0, at));
  });
}

export function checkForbiddenDrugs(statement: string, section: string, model: TranscriptModel): ForbiddenDrugProblem[] {
  if (section !== 'plan') return [];
  const problems: ForbiddenDrugProblem[] = [];
  for (const clause of statement.split(/[;.](?:\s|$)/)) {
    if (NOTE_AVOID_RE.test(clause) || /\b(?:if|unless|consider\w*)\b/i.test(clause)) continue;
    for (const mention of findMedications(clause)) {
      const names = mention.aliases.map((a) => a.toLowerCase());
      const namesDrug = (text: string) => findMedications(text).some((m) => m.aliases.some((a) => names.includes(a.toLowerCase())));
      const said = model.lines.filter((l) => l.line > 0 && l.role === 'clinician')
        .flatMap((l) => splitClauses(l.text).filter((c) => !c.question && namesDrug(c.text)).map((c) => ({ line: l.line, text: c.text })));
      const avoided = said.filter((c) => isKeptAway(c.text, names) && !LIMIT_RE.test(c.text));
      // Every statement of the drug keeps it away: one that gives it ("use ibuprofen after that") clears it.
      if (avoided.length === 0 || avoided.length < said.length) continue;
      problems.push({ phrase: mention.name, reason: `the plan gives ${mention.name}, but the clinician said to keep away from it ("${avoided[0]?.text.trim().slice(0, 90)}")`, lines: avoided.map((c) => c.line) });
    }
  }
  return problems;
}
