/**
 * Inside the note: a symptom the history affirms and the review of systems denies (or the reverse) is a
 * contradiction, whatever the transcript says. Statements with a time course ("vomited at first, none since") or a
 * hedge are not claims, and a term the polarity check already reported is not reported twice.
 */
import { findTermClaims, type TermClaim } from './negation-check.js';
import { COVERED_BY } from './covered-terms.js';
import { findAllergyClaims } from './allergy-check.js';
import { stemWord } from './tokenize.js';
import type { Mention } from './polarity-reading.js';
import { isSameSite } from './sites.js';

export interface NoteStatement {
  section: string;
  text: string;
}

export interface Contradiction {
  statement: NoteStatement;
  phrase: string;
  reason: string;
  lines: number[];
}

const readWords = (phrase: string) => phrase.toLowerCase().split(/[^a-z]+/).filter(Boolean).map(stemWord);

/**
 * Two words of one broad concept may be two complaints: "blurred vision" affirmed and "diplopia" denied are both
 * "vision changes" and do not contradict. The same words, or one of them naming the concept itself ("blood in his
 * stool" against "melena"), do.
 */
function isSameComplaint(a: TermClaim, b: TermClaim): boolean {
  const term = readWords(a.term);
  const names = (phrase: string) => term.every((w) => readWords(phrase).includes(w));
  return readWords(a.phrase).join(' ') === readWords(b.phrase).join(' ') || names(a.phrase) || names(b.phrase);
}

export function findContradictions(statements: readonly NoteStatement[], mentions: ReadonlyMap<string, Mention[]>, reported: ReadonlySet<string>): Contradiction[] {
  const claims = statements
    // "Allergy: codeine (vomiting)" tells what codeine does, not a symptom of the visit to set against "no vomiting".
    .filter((s) => s.section === 'subjective' && findAllergyClaims(s.text).claims.length === 0)
    .flatMap((statement) => findTermClaims(statement.text).filter((c) => c.kind === 'symptom' && !c.words).map((claim) => ({ statement, claim })));
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (const denial of claims.filter((c) => c.claim.polarity === 'absent')) {
    const affirmed = claims.find((c) => c.claim.term === denial.claim.term && c.claim.polarity === 'present' && c.statement !== denial.statement && isSameSite(c.claim.sites, denial.claim.sites) && isSameComplaint(c.claim, denial.claim));
    if (!affirmed || seen.has(denial.claim.term) || reported.has(denial.claim.term)) continue;
    // When the conversation itself goes both ways, the note may be following a time course.
    const heard = (mentions.get(denial.claim.term) ?? []).filter((m) => m.polarity !== 'unknown');
    if (heard.some((m) => m.polarity === 'present') && heard.some((m) => m.polarity === 'absent')) continue;
    // A narrower complaint the conversation affirms may be what the note affirms ("between the bleeds" of nosebleeds)
    // while the denial is of another kind ("does not bleed from the gums").
    const narrower = (COVERED_BY[denial.claim.term] ?? []).flatMap((t) => mentions.get(t) ?? []);
    if (narrower.some((m) => m.polarity === 'present')) continue;
    seen.add(denial.claim.term);
    out.push({
      statement: denial.statement,
      phrase: denial.claim.phrase,
      reason: `the note denies "${denial.claim.phrase}" here but affirms it elsewhere ("${affirmed.statement.text.slice(0, 80)}")`,
      lines: heard.flatMap((m) => m.lines),
    });
  }
  return out;
}
